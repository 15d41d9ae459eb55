"""The quick start: the bundled sample notices imported through the menu's code path, end to end."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings

from desktop.window import MainWindow
from importers.registry import supported_extensions
from model.findings import RuleId
from model.parties import ScopeAttribute, Tristate

pytestmark = pytest.mark.gui
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "notices"


@pytest.fixture
def window(qtbot, tmp_path: Path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("recovery_dir", str(tmp_path / "recovery"))
    win = MainWindow(store)
    win.show()
    with qtbot.waitSignal(win.io.import_finished, timeout=60000) as blocker:
        win.open_inputs([str(SAMPLES)])  # what `transfer-atlas gui samples/notices` does
    win.import_result = blocker.args[0]
    yield win
    win.session.undo_stack.setClean()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=30000)
    win.close()
    win.deleteLater()


def party_named(window: MainWindow, prefix: str):
    return next(p for p in window.session.project.parties if p.name.startswith(prefix))


def test_every_sample_notice_is_read(window: MainWindow) -> None:
    samples = sorted(p for p in SAMPLES.iterdir() if p.suffix.lower() in supported_extensions())
    assert len(samples) >= 4
    assert window.import_result.failures == ()
    sources = window.sources.table.visible_rows()
    assert len(sources) == len(samples)
    assert {r.document.language for r in sources} >= {"en", "nl", "de", "fr"}
    assert all(r.parties > 0 for r in sources)


def test_sample_parties_appear_in_the_table_and_on_the_map(window: MainWindow, qtbot) -> None:
    skyline = party_named(window, "Skyline Support")
    rows = {r.party.id: r for r in window.tables.parties.visible_rows()}
    assert skyline.id in rows and rows[skyline.id].findings > 0
    qtbot.waitUntil(lambda: window.map.drawing is not None and skyline.id in window.map.drawing.parties)
    assert window.map.drawing.bands[skyline.id].name == "THIRD"
    controllers = {p.id for p in window.session.project.parties if p.role.value == "controller"}
    assert len(controllers) == 4 and controllers <= set(window.map.drawing.parties)


def test_a_sample_party_moved_to_the_us_gets_no_safeguard_until_undone(window: MainWindow) -> None:
    schufa = party_named(window, "SCHUFA")
    window.session.select(parties=(schufa.id,))
    editor = window.inspector.party_editor
    editor.country.set_code("US")
    editor.country.activated.emit(editor.country.currentIndex())
    dpf = editor.scope[ScopeAttribute.DPF_CERTIFIED]
    dpf.set_value(Tristate.NO)
    dpf.activated.emit(dpf.currentIndex())
    flagged = {f.rule for f in window.session.findings if f.importer == schufa.id}
    assert RuleId.NO_SAFEGUARD in flagged
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert RuleId.NO_SAFEGUARD not in {f.rule for f in window.session.findings if f.importer == schufa.id}
    assert window.session.project.party(schufa.id).country == schufa.country


def test_the_dpf_scenario_is_compared_with_today(window: MainWindow) -> None:
    window.scenario_bar.choose_preset("dpf-invalidated")
    comparison = window.session.comparison
    text = window.tables.findings.summary.text()
    assert (
        f"adds <b>{len(comparison.added)}</b>" in text
        and f"resolves <b>{len(comparison.resolved)}</b>" in text
    )
    northgate = party_named(window, "Northgate")
    assert window.map.drawing is not None
    assert (
        window.session.reference.destination(
            "US", window.session.as_of, window.session.scenario.withdrawn
        ).status.value
        == "third_country"
    )
    assert any(f.importer == northgate.id for f in window.session.findings)


def test_samples_save_reopen_and_export(window: MainWindow, qtbot, tmp_path: Path) -> None:
    target = tmp_path / "samples.atlas"
    assert window.files._write(target)
    project = window.session.project
    window.files.locks.release()
    other = MainWindow(QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat))
    assert other.files.open_path(target)
    assert other.session.project == project
    assert len(other.session.findings) == len(window.session.findings)
    book_path = tmp_path / "samples TIA.xlsx"
    with qtbot.waitSignal(other.io.export_finished, timeout=60000):
        other.io.write_workbook(book_path)
    book = load_workbook(book_path, read_only=True)
    rows = list(book["Findings"].iter_rows(values_only=True))
    header = rows[0]
    rule, importer = header.index("Rule code"), header.index("Importer")  # "Rule" shows its words
    in_book = sorted((r[rule], r[importer] or "") for r in rows[1:] if r[rule])
    shown = sorted((f.rule.value, f.importer_name) for f in other.session.findings)
    assert in_book == shown and any(name.startswith("Skyline Support") for _, name in in_book)
    other.close()


def test_the_main_window_with_the_samples_renders(window: MainWindow, qtbot, tmp_path: Path) -> None:
    window.resize(1400, 860)
    qtbot.waitUntil(lambda: window.map.drawing is not None)
    window.map.canvas.draw()
    image = window.grab().toImage()
    assert image.save(str(tmp_path / "samples.png"))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}
    assert len(colours) > 60
