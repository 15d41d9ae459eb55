"""Fifty imports into one project at once, from 45 command-line processes and a running app: every
import's data ends up in the project, or its command says clearly that nothing was imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_helpers import desktop_settings

from desktop.window import MainWindow
from model.project import Project
from model.store import load_project, save_project

ROOT = Path(__file__).resolve().parent.parent
CLI_IMPORTS, APP_IMPORTS = 45, 5


def register(folder: Path, number: int) -> Path:
    path = folder / f"vendors-{number:02}.csv"
    path.write_text(f"Vendor,Country\nConcurrent Vendor {number} B.V.,NL\n", encoding="utf-8")
    return path


def test_fifty_concurrent_imports_lose_nothing(qtbot, tmp_path: Path) -> None:
    target = tmp_path / "shared.atlas"
    save_project(Project(name="Shared"), target)
    settings = desktop_settings(tmp_path)
    window = MainWindow(settings)
    window.show()
    assert window.files.open_path(target)  # the running app holds the project
    importers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "desktop.cli",
                "import",
                str(register(tmp_path, n)),
                "--into",
                str(target),
                "--wait",
                "900",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for n in range(CLI_IMPORTS)
    ]
    try:
        for n in range(CLI_IMPORTS, CLI_IMPORTS + APP_IMPORTS):  # the app imports while they wait
            with qtbot.waitSignal(window.io.import_finished, timeout=60000):
                window.io.start_import([str(register(tmp_path, n))])
        assert window.files.save_project()
        window.files.new_project()  # closing the project gives up its lock: the imports go on
        results = [(p.returncode, *p.communicate(timeout=1200)) for p in importers]
    finally:
        for process in importers:
            if process.poll() is None:
                process.kill()
        # an app import still running (a wait above timed out on a busy machine) would make the
        # window ask the user to wait, which blocks a test for ever: let it end, or fail here
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=600000)
        window.session.undo_stack.setClean()
        window.close()
    results = [(p.returncode, out, err) for p, (_, out, err) in zip(importers, results, strict=True)]
    names = {party.name for party in load_project(target).parties}
    for number, (code, out, err) in enumerate(results):
        if code == 0:
            assert f"Concurrent Vendor {number} B.V." in names, (number, out, err)
        else:  # a refusal must say so, and name who held the project
            assert code == 2 and "is in use by" in err and "nothing was" in err, (number, code, err)
    assert [n for n, (code, _, _) in enumerate(results) if code == 0] == list(range(CLI_IMPORTS))
    assert any("waiting up to 900 s" in err for _, _, err in results)  # they did meet the app's lock
    assert {f"Concurrent Vendor {n} B.V." for n in range(CLI_IMPORTS + APP_IMPORTS)} <= names
    assert len(load_project(target).documents) == CLI_IMPORTS + APP_IMPORTS
