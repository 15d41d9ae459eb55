"""The desktop app driven through its real widgets on the offscreen platform."""

from __future__ import annotations

from pathlib import Path

import pytest
from desktop_helpers import NOTICE, desktop_settings, sample_project
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop.rows import ADDED, RESOLVED
from desktop.settings import AppSettings
from desktop.window import MainWindow
from model.findings import RuleId
from model.parties import ScopeAttribute, Tristate
from model.store import load_project, save_project

pytestmark = pytest.mark.gui

REGISTER = """Vendor,Role,Country,Transfer mechanism,Data categories
Cloudhuis B.V.,Hosting,Netherlands,,contact details
Pipeline CRM Inc.,Processor,United States,SCCs,contact details
Offshore Support Pvt Ltd,Processor,India,,contact details; claims
Claims Handling Ltd,Processor,United Kingdom,,claims
"""


@pytest.fixture
def store(tmp_path: Path) -> QSettings:
    return desktop_settings(tmp_path)


@pytest.fixture
def window(qtbot, store: QSettings):
    win = MainWindow(store)
    win.show()
    yield win
    win.session.undo_stack.setClean()  # no unsaved-changes prompt at teardown
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=30000)
    win.close()
    win.deleteLater()


def load(window: MainWindow, qtbot) -> None:
    window.session.reset(sample_project())
    qtbot.wait(10)


def import_and_wait(window: MainWindow, qtbot, paths: list[str]):
    with qtbot.waitSignal(window.io.import_finished, timeout=20000) as blocker:
        window.io.start_import(paths)
    return blocker.args[0]


def click_row(qtbot, panel, wanted) -> None:
    """Click the first row of a table panel whose row object matches ``wanted``."""
    for row in range(panel.proxy.rowCount()):
        index = panel.proxy.index(row, 0)
        if wanted(panel.visible_rows()[row]):
            panel.view.scrollTo(index)
            qtbot.mouseClick(
                panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center()
            )
            return
    raise AssertionError("no such row")


def answer_modal(qtbot, act) -> None:
    """Run ``act(dialog)`` on the next modal dialog, once it is shown."""

    def attempt() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, attempt)
        else:
            act(modal)

    QTimer.singleShot(20, attempt)


def rules(window: MainWindow, party_id: str) -> set[RuleId]:
    return {f.rule for f in window.session.findings if f.importer == party_id}


def test_import_register_through_the_menu_path(window: MainWindow, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "vendors.csv").write_text(REGISTER, encoding="utf-8")
    result = import_and_wait(window, qtbot, [str(folder)])
    assert result.failures == ()
    names = {row.party.name for row in window.tables.parties.visible_rows()}
    assert {"Cloudhuis B.V.", "Pipeline CRM Inc.", "Offshore Support Pvt Ltd", "Claims Handling Ltd"} <= names
    qtbot.waitUntil(lambda: window.map.drawing is not None and len(window.map.drawing.parties) == 5)
    drawn = {window.session.graph.nodes[p]["party"].name for p in window.map.drawing.parties}
    assert "Offshore Support Pvt Ltd" in drawn
    assert [r.document.path for r in window.sources.table.visible_rows()] == [str(folder / "vendors.csv")]
    assert window.session.modified and window.session.undo_stack.undoText().startswith("Import 1 file")
    assert "5 parties" in window.status.text()


def test_bad_files_are_listed_in_one_panel(window: MainWindow, qtbot, tmp_path: Path, monkeypatch) -> None:
    boxes: list[str] = []
    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(
            QMessageBox, name, lambda *a, **k: boxes.append(str(a)) or QMessageBox.StandardButton.Ok
        )
    (tmp_path / "vendors.csv").write_text(REGISTER, encoding="utf-8")
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "junk.xlsx").write_bytes(b"\x00\x01 not a workbook")
    result = import_and_wait(
        window, qtbot, [str(tmp_path / n) for n in ("empty.csv", "vendors.csv", "junk.xlsx")]
    )
    assert len(result.failures) == 2 and len(result.read) == 1
    assert window.io.failures.isVisible() and window.io.failures.model.rowCount() == 2
    shown = {window.io.failures.model.index(r, 0).data() for r in range(2)}
    assert shown == {str(tmp_path / "empty.csv"), str(tmp_path / "junk.xlsx")}
    assert boxes == []  # no cascade of message boxes
    assert len(window.session.project.parties) == 5  # the good file was imported


def test_changing_a_country_to_us_raises_no_safeguard_and_undo_removes_it(window: MainWindow, qtbot) -> None:
    load(window, qtbot)
    window.tabs.setCurrentWidget(window.tables.parties)
    click_row(qtbot, window.tables.parties, lambda r: r.party.id == "hosting")
    assert window.session.selected_parties == ("hosting",)
    editor = window.inspector.party_editor
    assert editor.isVisible() and editor.name.text() == "Cloudhuis B.V."
    assert rules(window, "hosting") == set()
    editor.country.setFocus()
    editor.country.lineEdit().selectAll()
    qtbot.keyClicks(editor.country.lineEdit(), "United States (US)")
    qtbot.keyClick(editor.country.lineEdit(), Qt.Key.Key_Return)
    assert window.session.project.party("hosting").country == "US"
    assert rules(window, "hosting") == {RuleId.PARTIAL_ADEQUACY_UNVERIFIED}  # DPF certification unknown
    dpf = editor.scope[ScopeAttribute.DPF_CERTIFIED]
    dpf.setCurrentIndex(dpf.findData(Tristate.NO))
    dpf.activated.emit(dpf.currentIndex())
    assert RuleId.NO_SAFEGUARD in rules(window, "hosting")
    findings_table = {(r.finding.rule, r.finding.importer) for r in window.tables.findings.visible_rows()}
    assert (RuleId.NO_SAFEGUARD, "hosting") in findings_table
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert RuleId.NO_SAFEGUARD not in rules(window, "hosting")
    window.undo_actions[0].trigger()
    assert window.session.project.party("hosting").country == "NL" and rules(window, "hosting") == set()
    assert editor.country.code() == "NL"  # the inspector follows undo
    window.undo_actions[1].trigger()
    assert window.session.project.party("hosting").country == "US"


def test_a_scenario_shows_what_it_adds_and_resolves(window: MainWindow, qtbot) -> None:
    load(window, qtbot)
    assert window.tables.findings.summary.isHidden()
    before = len(window.session.findings)
    window.scenario_bar.choose_preset("dpf-invalidated")
    comparison = window.session.comparison
    assert comparison.added and {f.importer for f in comparison.added} == {"crm"}
    rows = window.tables.findings.model.rows
    assert {r.finding.importer for r in rows if r.change == ADDED} == {"crm"}
    summary = window.tables.findings.summary
    assert not summary.isHidden() and f"adds <b>{len(comparison.added)}</b>" in summary.text()
    window.tables.scenario_filter.setCurrentIndex(1)  # only what the scenario adds
    assert {r.change for r in window.tables.findings.visible_rows()} == {ADDED}
    assert "scenario: EU-US Data Privacy Framework invalidated" in window.status.text()
    assert window.map.drawing is not None
    qtbot.waitUntil(lambda: window.map.drawing.bands["crm"].name == "THIRD")
    window.scenario_bar.choose_preset(None)
    assert len(window.session.findings) == before and window.tables.findings.summary.isHidden()


def test_withdrawing_an_adequacy_decision_resolves_nothing_and_adds_for_the_uk(
    window: MainWindow, qtbot
) -> None:
    load(window, qtbot)
    uk = next(a for a in window.scenario_bar.withdraw.menu().actions() if a.data() == "GB")
    uk.setChecked(True)
    assert {f.importer for f in window.session.comparison.added} == {"uk"}
    assert all(r.change != RESOLVED for r in window.tables.findings.model.rows)


def test_save_and_reopen_keeps_everything(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch, store
) -> None:
    load(window, qtbot)
    window.session.select(parties=("uk",))
    window.inspector.party_editor.aliases.setText("CHL; Claims Handling UK")
    window.inspector.party_editor.aliases.editingFinished.emit()
    target = tmp_path / "noord.atlas"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.windowTitle().startswith("Zorgverzekeraar Noord[*]") and window.isWindowModified()
    window.files.save_as.trigger()
    assert target.exists() and not window.session.modified and not window.isWindowModified()
    saved = window.session.project
    window.files.locks.release()
    other = MainWindow(store)
    qtbot.addWidget(other)
    assert other.files.open_path(target)
    assert other.session.project == saved
    assert other.session.project.party("uk").aliases == ("CHL", "Claims Handling UK")
    assert [r.document.id for r in other.sources.table.visible_rows()] == ["doc-noord"]
    assert window.settings.recent_files[0] == str(target.resolve())
    other.close()


def test_export_workbook_is_read_back(window: MainWindow, qtbot, tmp_path: Path) -> None:
    load(window, qtbot)
    target = tmp_path / "noord TIA.xlsx"
    with qtbot.waitSignal(window.io.export_finished, timeout=30000):
        window.io.write_workbook(target)
    book = load_workbook(target, read_only=True)
    assert {"Summary", "Transfers", "Findings", "Parties"} <= set(book.sheetnames)
    cells = {str(c) for row in book["Parties"].iter_rows(values_only=True) for c in row if c}
    assert {"Offshore Support Pvt Ltd", "Pipeline CRM Inc."} <= cells


def test_export_map_as_png_and_svg(window: MainWindow, qtbot, tmp_path: Path) -> None:
    load(window, qtbot)
    for name in ("map.png", "map.svg"):
        with qtbot.waitSignal(window.io.export_finished, timeout=30000):
            window.io.write_map(tmp_path / name)
    assert (tmp_path / "map.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Offshore Support" in (tmp_path / "map.svg").read_text(encoding="utf-8")


def test_every_table_model_passes_the_model_tester(
    window: MainWindow, qtbot, qtmodeltester, tmp_path
) -> None:
    load(window, qtbot)
    window.scenario_bar.choose_preset("dpf-invalidated")
    for _, _, panel in window.tables.panels():
        assert panel.model.rowCount() > 0
        qtmodeltester.check(panel.model)
        qtmodeltester.check(panel.proxy)
    qtmodeltester.check(window.sources.table.model)
    (tmp_path / "empty.csv").write_bytes(b"")
    import_and_wait(window, qtbot, [str(tmp_path / "empty.csv")])
    qtmodeltester.check(window.io.failures.model)


def test_clicking_a_party_on_the_map_selects_it_everywhere(window: MainWindow, qtbot) -> None:
    load(window, qtbot)
    window.tabs.setCurrentWidget(window.map)
    qtbot.waitUntil(lambda: window.map.drawing is not None and "india" in window.map.drawing.parties)
    window.map.canvas.draw()
    drawing = window.map.drawing
    x, y = drawing.ax.transData.transform(drawing.position("india"))
    ratio = window.map.canvas.device_pixel_ratio
    point = QPoint(round(x / ratio), round(window.map.canvas.height() - y / ratio))
    qtbot.mouseClick(window.map.canvas, Qt.MouseButton.LeftButton, pos=point)
    assert window.session.selected_parties == ("india",)
    assert [r.party.id for r in window.tables.parties.selected_rows()] == ["india"]
    assert window.inspector.party_editor.name.text() == "Offshore Support Pvt Ltd"
    assert "Offshore Support Pvt Ltd" in window.map._describe(x, y)
    assert len(drawing.selection_artists) == 1


def test_map_filters_narrow_what_is_drawn(window: MainWindow, qtbot) -> None:
    load(window, qtbot)
    window.map.only_flagged.setChecked(True)
    qtbot.waitUntil(lambda: set(window.map.drawing.parties) == {"ctrl", "india"})
    window.map.only_flagged.setChecked(False)
    window.map.country_filter.setCurrentIndex(window.map.country_filter.findData("GB"))
    qtbot.waitUntil(lambda: set(window.map.drawing.parties) == {"ctrl", "uk"})
    assert window.io.map_filter.countries == frozenset({"GB"})  # Export map writes what is shown


def test_evidence_jumps_to_the_quoted_sentence(window: MainWindow, qtbot) -> None:
    load(window, qtbot)
    window.session.select(flows=("f-india",))
    item = window.inspector.evidence.item(0)
    window.inspector.evidence.itemActivated.emit(item)
    quote = "Our customer service desk is run by Offshore Support Pvt Ltd in India."
    assert window.sources.selected_text() == quote
    assert window.sources.document is not None and window.sources.document.text == NOTICE
    assert window.sources.legend.text().endswith("11 facts highlighted")


def test_merging_two_parties_is_undoable(window: MainWindow, qtbot) -> None:
    load(window, qtbot)
    window.session.select(parties=("crm", "india"))
    assert window.edits.merge.isEnabled()
    window.edits.merge.trigger()
    ids = {p.id for p in window.session.project.parties}
    assert "india" not in ids and "Offshore Support Pvt Ltd" in window.session.project.party("crm").aliases
    window.session.undo_stack.undo()
    assert "india" in {p.id for p in window.session.project.parties}


def test_adding_a_sub_processor_by_hand(window: MainWindow, qtbot) -> None:
    load(window, qtbot)
    window.session.select(parties=("hosting",))  # the hosting vendor in the Netherlands

    def fill(dialog: QDialog) -> None:
        dialog.name.setText("Mailroom Analytics LLC")
        dialog.country.set_code("US")
        dialog.accept()

    answer_modal(qtbot, fill)
    window.edits.add_subprocessor.trigger()
    new = next(p for p in window.session.project.parties if p.name == "Mailroom Analytics LLC")
    assert new.role.value == "sub_processor" and new.country == "US"
    assert any(f.exporter == "hosting" and f.importer == new.id for f in window.session.project.flows)
    assert window.session.selected_parties == (new.id,)
    # Its DPF certification is not known yet, so the transfer from the Netherlands is flagged.
    assert rules(window, new.id) == {RuleId.PARTIAL_ADEQUACY_UNVERIFIED}


def test_confirm_and_reject_are_recorded(window: MainWindow, qtbot) -> None:
    load(window, qtbot)
    window.session.select(parties=("debt",))
    window.edits.reject.trigger()
    assert window.session.project.party("debt").review.value == "rejected"
    assert "debt" not in window.session.graph
    window.session.select(flows=("f-india",))
    window.edits.confirm.trigger()
    assert next(f for f in window.session.project.flows if f.id == "f-india").review.value == "confirmed"


def test_unsaved_changes_prompt_can_cancel_closing(window: MainWindow, qtbot, monkeypatch) -> None:
    load(window, qtbot)
    window.session.select(parties=("uk",))
    window.edits.reject.trigger()
    asked: list[str] = []

    def cancel(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", cancel)
    assert not window.close()
    assert window.isVisible() and asked and "not saved" in asked[0]


def test_a_project_in_use_elsewhere_opens_read_only(window: MainWindow, qtbot, tmp_path: Path) -> None:
    from model.lock import acquire_lock

    path = tmp_path / "shared.atlas"
    save_project(sample_project(), path)
    other = acquire_lock(path)  # another instance holds it
    try:
        answer_modal(qtbot, lambda box: next(b for b in box.buttons() if "read-only" in b.text()).click())
        assert window.files.open_path(path)
        assert window.session.read_only and "(read-only)" in window.windowTitle()
        assert not window.edits.add_party.isEnabled()
        assert not window.inspector.party_editor.isEnabled() or window.session.selected_parties == ()
    finally:
        other.release()
    assert load_project(path) == sample_project()


def test_main_window_renders_a_sample_project(window: MainWindow, qtbot, tmp_path: Path) -> None:
    load(window, qtbot)
    window.resize(1400, 860)
    window.session.select(parties=("india",))
    qtbot.waitUntil(lambda: window.map.drawing is not None)
    window.map.canvas.draw()
    image = window.grab().toImage()
    assert image.save(str(tmp_path / "window.png"))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert image.width() >= 1000 and len(colours) > 40  # a drawn window, not a blank one


def test_every_action_has_a_tooltip(window: MainWindow) -> None:
    from PySide6.QtGui import QAction

    actions = [a for a in window.findChildren(QAction) if a.text() and not a.isSeparator()]
    menu_actions = {a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions() if a.text()}
    missing = [a.text() for a in menu_actions if not a.toolTip() or a.toolTip() == a.text().replace("&", "")]
    assert len(actions) > 20 and missing == []


def test_settings_round_trip(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings = AppSettings.load(store)
    assert settings.recent_files == [] and settings.autosave_seconds == 60
    for name in ("a.atlas", "b.atlas", "a.atlas"):
        settings.remember_file(tmp_path / name)
    settings.last_import_dir = str(tmp_path)
    settings.save(store)
    again = AppSettings.load(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again.recent_files == [str(tmp_path / "a.atlas"), str(tmp_path / "b.atlas")]
    assert again.last_import_dir == str(tmp_path)


def test_window_geometry_and_docks_are_remembered(qtbot, store: QSettings) -> None:
    first = MainWindow(store)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.width(), 520)  # the offscreen screen is small: vary the height
    first.sources_dock.hide()
    size = first.size()
    first.close()
    second = MainWindow(store)
    qtbot.addWidget(second)
    second.show()
    assert second.height() == size.height() == 520 and not second.sources_dock.isVisible()
    second.close()


def test_dropping_files_imports_them(window: MainWindow, qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    (tmp_path / "vendors.csv").write_text(REGISTER, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "vendors.csv"))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.io.import_finished, timeout=20000):
        window.dropEvent(event)
    assert len(window.session.project.parties) == 5


def test_keyboard_alone_reaches_the_tables(window: MainWindow, qtbot) -> None:
    load(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.tables.transfers
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.tables.transfers.search or not window.isActiveWindow()
    window.tables.transfers.search.setText("Offshore")
    assert [r.flow.id for r in window.tables.transfers.visible_rows()] == ["f-india"]


def _unused(widget: QWidget) -> None:  # keeps imports honest for type checkers
    del widget


ODD_REGISTER = (
    "Supplier ref,Place,Stuff\nCloudhuis B.V.,Netherlands,hosting\nPipeline CRM Inc.,United States,crm\n"
)


def test_an_unrecognised_register_is_mapped_from_the_failures_panel(
    window: MainWindow, qtbot, tmp_path
) -> None:
    from importers.registers import Field

    path = tmp_path / "odd.csv"
    path.write_text(ODD_REGISTER, encoding="utf-8")
    result = import_and_wait(window, qtbot, [str(path)])
    assert len(result.failures) == 1 and window.io.failures.map_button.isEnabled()

    def map_columns(dialog) -> None:
        dialog.set_field(0, Field.NAME)
        dialog.set_field(1, Field.COUNTRY)
        dialog.accept()

    answer_modal(qtbot, map_columns)
    with qtbot.waitSignal(window.io.import_finished, timeout=20000) as blocker:
        window.io.failures.map_button.click()
    assert blocker.args[0].failures == ()
    countries = {p.name: p.country for p in window.session.project.parties}
    assert countries["Cloudhuis B.V."] == "NL" and countries["Pipeline CRM Inc."] == "US"


NOTICE_V1 = (
    "Privacy notice of Zorgverzekeraar Noord N.V.\n\n"
    "We are Zorgverzekeraar Noord N.V., Groningen, the Netherlands.\n\nRecipients\n\n"
    "Customer contacts are kept by Pipeline CRM Inc. in the United States "
    "under standard contractual clauses.\n"
)
NOTICE_V2 = NOTICE_V1 + "Our customer service desk is run by Offshore Support Pvt Ltd in India.\n"


def test_two_versions_of_a_notice_are_compared(window: MainWindow, qtbot, tmp_path) -> None:
    old, new = tmp_path / "notice-2024.txt", tmp_path / "notice-2025.txt"
    old.write_text(NOTICE_V1, encoding="utf-8")
    new.write_text(NOTICE_V2, encoding="utf-8")
    window.compare.choose([str(old), str(new)])
    qtbot.waitUntil(window.compare.dialog.isVisible, timeout=20000)
    view = window.compare.dialog.view
    subjects = {view.model.index(r, 3).data() for r in range(view.model.rowCount())}
    assert any("Offshore Support" in s for s in subjects)
    assert view.model.index(0, 0).data() == "redo TIA"


def test_long_work_shows_a_cancellable_progress_dialog(window: MainWindow, qtbot) -> None:
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    gate = threading.Event()

    def work(progress) -> str:
        for i in range(2000):
            progress(i, 2000)
            gate.wait(0.005)
        return "finished"

    results: list[str] = []
    worker = window.runner.start("Testing…", work, results.append)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)), timeout=5000)
    dialog = next(d for d in window.findChildren(QProgressDialog) if d.isVisible())
    assert dialog.maximum() == 2000 and 0 < dialog.value() < 2000
    with qtbot.waitSignal(worker.signals.cancelled, timeout=5000):
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel").click()
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert results == []


class SlowNoticeImporter:
    """Reads the test notice slowly, so the user can edit the project meanwhile."""

    name = "slow test notices"
    extensions = (".slow",)

    def can_read(self, path: Path) -> bool:
        return path.suffix == ".slow"

    def read(self, path: Path, progress=None):
        import time

        from model.merge import Contribution

        time.sleep(0.5)
        project = sample_project()
        return Contribution(project.documents, project.parties, project.flows)


def test_edits_made_while_importing_are_kept(window: MainWindow, qtbot, tmp_path: Path) -> None:
    from model.parties import Party, Role
    from model.project import with_party

    (tmp_path / "noord.slow").write_text("x", encoding="utf-8")
    with qtbot.waitSignal(window.io.import_finished, timeout=20000):
        window.io.start_import([str(tmp_path / "noord.slow")], [SlowNoticeImporter()])
        mine = Party(id="mine", name="Added during the import", role=Role.PROCESSOR, country="FR")
        window.session.apply(with_party(window.session.project, mine), "Add a party")
    names = {p.name for p in window.session.project.parties}
    assert "Added during the import" in names and "Offshore Support Pvt Ltd" in names
    window.session.undo_stack.undo()  # the import is one step of its own
    assert {p.name for p in window.session.project.parties} == {"Added during the import"}


def test_flow_tools_and_tia_are_edited_in_the_inspector(window: MainWindow, qtbot) -> None:
    from model.flows import TiaStatus, ToolKind

    load(window, qtbot)
    window.session.select(flows=("f-india",))
    editor = window.inspector.flow_editor
    assert editor.isVisible() and editor.tools.list.count() == 1
    assert RuleId.TIA_MISSING in rules(window, "india")

    def add_reference(dialog) -> None:
        line = next(
            w for w in dialog.findChildren(type(editor.notes)) if w.toolTip().startswith("The contract")
        )
        line.setText("DPA 2024-17, Annex III")
        dialog.accept()

    editor.tools.list.setCurrentRow(0)
    answer_modal(qtbot, add_reference)
    editor.tools._change()
    flow = next(f for f in window.session.project.flows if f.id == "f-india")
    assert flow.tools[0].kind is ToolKind.SCC_MODULE_2 and flow.tools[0].reference == "DPA 2024-17, Annex III"
    editor.tia.set_value(TiaStatus.COMPLETED)
    editor.tia.activated.emit(editor.tia.currentIndex())
    assert RuleId.TIA_MISSING not in rules(window, "india")
    assert window.session.undo_stack.count() == 2


def test_open_recent_lists_and_opens_projects(window: MainWindow, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "recent.atlas"
    save_project(sample_project(), path)
    window.settings.remember_file(path)
    window.files.recent_menu.aboutToShow.emit()
    actions = window.files.recent_menu.actions()
    assert actions[0].toolTip() == str(path.resolve()) and actions[0].text().endswith("recent.atlas")
    actions[0].trigger()
    assert window.session.path == path.resolve() and window.session.project == sample_project()


def test_the_import_dialog_filter_comes_from_the_importer_registry() -> None:
    from desktop.import_export import import_filter
    from importers.registry import IMPORTERS, supported_extensions

    text = import_filter()
    assert all(f"*{ext}" in text.split(";;")[0] for ext in supported_extensions())
    assert all(imp.name in text for imp in IMPORTERS) and text.endswith("All files (*)")


def test_the_as_of_date_changes_the_findings(window: MainWindow, qtbot) -> None:
    from PySide6.QtCore import QDate

    load(window, qtbot)
    assert rules(window, "uk") == set()
    window.scenario_bar.as_of.setDate(QDate(2020, 1, 1))  # before the UK adequacy decision (2021)
    assert RuleId.NO_SAFEGUARD in rules(window, "uk")
    assert "as of 2020-01-01" in window.status.text()
