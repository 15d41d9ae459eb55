"""Desktop habits: undo from any field, a note after exports, samples that are not unsaved work,
dates typed freely, the guide, project files among imports, and a window that fits its screen."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from desktop_helpers import NOTICE, desktop_settings, sample_project
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

from desktop.dates import OptionalDateEdit, parse_date
from desktop.guide import guide_html
from desktop.i18n import label
from desktop.window import MainWindow
from model.findings import RULES
from model.project import with_party
from model.store import save_project

pytestmark = pytest.mark.gui


@pytest.fixture
def store(tmp_path: Path) -> QSettings:
    return desktop_settings(tmp_path)


@pytest.fixture
def window(qtbot, store: QSettings):
    win = MainWindow(store)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.session.undo_stack.setClean()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=30000)
    win.close()
    win.deleteLater()


def test_ctrl_z_in_an_inspector_field_undoes_the_last_edit(window: MainWindow, qtbot) -> None:
    window.session.reset(sample_project())
    window.session.select(parties=("crm",))
    name = window.inspector.party_editor.name
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    name.selectAll()
    qtbot.keyClicks(name, "Pipeline CRM")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert window.session.project.party("crm").name == "Pipeline CRM"
    assert window.session.undo_stack.count() == 1 and name.hasFocus()
    name.setText(name.text())  # what showing the party again does: nothing left to undo in the field
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.project.party("crm").name == "Pipeline CRM Inc."
    qtbot.keyClick(
        name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.session.project.party("crm").name == "Pipeline CRM"


def test_the_toolbar_keeps_its_undo_label(window: MainWindow) -> None:
    undo, redo = window.undo_actions
    window.session.reset(sample_project())
    renamed = replace(window.session.project.party("crm"), name="Pipeline")
    window.session.apply(with_party(window.session.project, renamed), "Rename Pipeline CRM Inc. to Pipeline")
    assert undo.iconText() == "Undo" and redo.iconText() == "Redo"
    assert "Rename Pipeline" in undo.toolTip() and "Rename Pipeline" in undo.text()


def test_an_export_leaves_a_note_with_open_folder(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "map.png"
    window.io.export_finished.emit(str(target))
    note = window.export_note
    assert note.isVisible() and "map.png" in note.text.text()
    assert note.open_folder.text() == "Open folder" and note.folder == tmp_path


def test_opening_files_at_start_is_not_unsaved_work(window: MainWindow, qtbot, tmp_path: Path) -> None:
    notice = tmp_path / "privacyverklaring.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    with qtbot.waitSignal(window.io.import_finished, timeout=30000):
        window.open_inputs([str(notice)])
    assert window.session.project.parties and not window.session.modified
    other = tmp_path / "privacyverklaring-2025.txt"
    other.write_text(NOTICE.replace("Groningen", "Assen"), encoding="utf-8")
    with qtbot.waitSignal(window.io.import_finished, timeout=30000):
        window.io.start_import([str(other)])  # a later import is work to save
    assert window.session.modified


def test_a_project_file_among_imports_is_opened(window: MainWindow, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "noord.atlas"
    save_project(sample_project(), path)
    window.io.start_import([str(path)])
    qtbot.waitUntil(lambda: window.session.path is not None)
    assert Path(window.session.path) == path and len(window.session.project.parties) == 6


@pytest.mark.parametrize(
    "text",
    [
        "2026-03-01",
        "1-3-2026",
        "01.03.2026",
        "1/3/26",
        "20260301",
        "1 March 2026",
        "1 maart 2026",
        "1. März 2026",
    ],
)
def test_dates_are_read_as_people_type_them(text: str) -> None:
    assert parse_date(text) == dt.date(2026, 3, 1)


def test_a_typed_date_is_applied_and_a_wrong_one_is_shown(qtbot) -> None:
    edit = OptionalDateEdit("review")
    qtbot.addWidget(edit)
    assert parse_date("  ") is None and edit.date() is None
    with qtbot.waitSignal(edit.changed):
        edit.edit.setText("15-6-2027")
        edit.edit.editingFinished.emit()
    assert edit.date() == dt.date(2027, 6, 15) and edit.edit.text() == "2027-06-15"
    edit.edit.setText("31-2-2027")
    edit.edit.editingFinished.emit()
    assert edit.date() == dt.date(2027, 6, 15) and "b71c1c" in edit.edit.styleSheet()
    with pytest.raises(ValueError):
        parse_date("next tuesday")


def test_the_guide_opens_in_the_app_and_lists_every_rule(window: MainWindow, qtbot) -> None:
    action = next(
        a for a in window.findChildren(type(window.undo_actions[0])) if a.objectName() == "help_guide"
    )
    action.trigger()
    qtbot.waitUntil(lambda: window.guide is not None and window.guide.isVisible())
    html = guide_html()
    for rule in RULES:
        assert label(rule) in html and rule.value in html
    assert "jurisdiction bands" in window.guide.browser.toPlainText()


def test_the_window_fits_the_screen_and_the_inspector_is_never_cut(window: MainWindow, qtbot) -> None:
    window.session.reset(sample_project())
    window.session.select(parties=("crm",))
    qtbot.wait(50)
    area = QGuiApplication.primaryScreen().availableGeometry()
    least = window.minimumSizeHint()
    assert least.width() <= 1280 and least.height() <= 700  # usable on a 1366x768 laptop
    assert window.width() <= max(area.width(), least.width())  # the first size comes from the screen
    assert window.height() <= max(area.height(), least.height())
    # (benchmarks/screenshots.py checks the real window, docks and status bar on 1366x768 and 1920x1080)
    body = window.inspector.body
    assert body.width() >= body.minimumSizeHint().width()
    assert window.inspector_dock.width() >= window.inspector.minimumSizeHint().width() - 2
