"""One screenshot of the app on the current X display (run by ``benchmarks/screenshots.py``).

Usage: ``python benchmarks/screenshot_window.py TARGET.png INPUT...``. Opens the app on the inputs
as a user would, waits for the import and the map, selects a party so the Inspector shows its
form, saves the whole screen to TARGET (and, with the Findings tab open, to TARGET-findings) and
prints the checks as one JSON line (exit 1 on failure).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.app import application, create_window  # noqa: E402
from desktop.window import MainWindow  # noqa: E402
from exports.flowmap_nodes import party_text  # noqa: E402
from model.parties import PartyKind, Role  # noqa: E402


def _wait(app: QApplication, ready: object, seconds: float = 300.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if ready():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def _global(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _map_names(window: MainWindow) -> tuple[int, list[str]]:
    """How many names the map wrote, and those that are not whole party names or group labels."""
    drawing = window.map.drawing
    if drawing is None:
        return 0, ["no map drawn"]
    graph = window.session.graph
    written = [" ".join(t.get_text().split("\n")) for t in drawing.label_artists if t.get_gid() == "name"]
    expected = set()
    for node in drawing.nodes:
        parties = [graph.nodes[p]["party"] for p in node.members]
        expected.add(party_text(parties[0]) if not node.grouped else node.text)
        if node.grouped == "category":
            assert all(p.kind is PartyKind.DESCRIBED and p.role is node.role for p in parties)
    return len(written), [w for w in written if w not in expected]


def main(argv: list[str]) -> int:
    """Open, wait, select, shoot, check."""
    target, inputs = Path(argv[0]), argv[1:]
    app = application()
    started = time.monotonic()
    window = create_window(inputs, offer_recovery=False)
    loaded = _wait(
        app, lambda: not window.runner.busy and window.session.project.parties and window.map.drawing
    )
    chosen = next(
        (
            p
            for p in window.session.project.parties
            if p.role is not Role.CONTROLLER and p.country in ("US", "IN")
        ),
        None,
    )
    if chosen is not None:
        window.session.select(parties=(chosen.id,))
    _wait(app, lambda: False, 1.5)  # let the window settle and paint
    screen = window.screen()
    screen.grabWindow(0).save(str(target))
    window.tabs.setCurrentWidget(window.tables.findings)  # the findings, in the window's language
    _wait(app, lambda: False, 0.5)
    findings_shot = target.with_name(f"{target.stem}-findings{target.suffix}")
    screen.grabWindow(0).save(str(findings_shot))
    window.tabs.setCurrentIndex(0)
    area = screen.availableGeometry()
    docks = {d.windowTitle(): d for d in (window.sources_dock, window.inspector_dock)}
    off_screen = [name for name, d in docks.items() if not d.isVisible() or not area.contains(_global(d))]
    if not area.contains(window.frameGeometry()):
        off_screen.append("window")
    if not area.contains(_global(window.statusBar())):
        off_screen.append("status bar")
    body = window.inspector.body
    cut = body.width() < body.minimumSizeHint().width()
    names, bad_names = _map_names(window)
    report = {
        "ok": bool(loaded and not off_screen and not cut and names and not bad_names),
        "screenshot": str(target),
        "findings_screenshot": str(findings_shot),
        "seconds": round(time.monotonic() - started, 1),
        "parties": len(window.session.project.parties),
        "window": [window.width(), window.height()],
        "off_screen": off_screen,
        "inspector_cut": cut,
        "map_names_written": names,
        "map_names_not_whole": bad_names[:5],
        "map_nodes": len(window.map.drawing.nodes) if window.map.drawing else 0,
    }
    print(json.dumps(report, ensure_ascii=False))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
