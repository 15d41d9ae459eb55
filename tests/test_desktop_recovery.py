"""Crash recovery: the app is killed mid-edit, and the next start offers the autosaved work back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from desktop_helpers import sample_project
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop.recovery import pending_recoveries
from desktop.window import MainWindow
from model.store import save_project

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[1]

# The child is the real app (same window, same autosave); the edit is scripted through the inspector.
CHILD = textwrap.dedent("""
    import sys
    from desktop.app import application, create_window
    app = application()
    window = create_window([sys.argv[1]], offer_recovery=False)
    window.autosaver.autosaved.connect(lambda path: print("AUTOSAVED", path, flush=True))
    window.session.select(parties=("uk",))
    editor = window.inspector.party_editor
    editor.name.setText("Claims Handling Ltd (renamed before the crash)")
    editor.name.editingFinished.emit()
    print("EDITED", window.session.modified, flush=True)
    app.exec()
""")


def settings_file(tmp_path: Path, autosave: float) -> Path:
    ini = tmp_path / "settings.ini"
    store = QSettings(str(ini), QSettings.Format.IniFormat)
    store.setValue("recovery_dir", str(tmp_path / "recovery"))
    store.setValue("autosave_seconds", autosave)
    store.sync()
    return ini


def crash_mid_edit(tmp_path: Path, project: Path, ini: Path) -> None:
    """Start the app on ``project``, edit, wait for the autosave, then SIGKILL it."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TRANSFER_ATLAS_SETTINGS": str(ini),
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")]),
    }
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(project)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            lines.append(line)
            if line.startswith("AUTOSAVED"):
                break
        assert any(x.startswith("EDITED True") for x in lines), lines
        assert any(x.startswith("AUTOSAVED") for x in lines), lines
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
    assert child.returncode == -signal.SIGKILL


def click_on_modal(button_text: str) -> None:
    def attempt() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, attempt)
            return
        next(b for b in modal.findChildren(type(modal.restore_button)) if button_text in b.text()).click()

    QTimer.singleShot(20, attempt)


def test_work_killed_mid_edit_is_offered_and_restored(qtbot, tmp_path: Path) -> None:
    project = tmp_path / "noord.atlas"
    save_project(sample_project(), project)
    ini = settings_file(tmp_path, autosave=0.2)
    crash_mid_edit(tmp_path, project, ini)
    assert sample_project().party("uk").name == "Claims Handling Ltd"  # the file itself was never saved
    assert len(pending_recoveries(tmp_path / "recovery")) == 1
    window = MainWindow(QSettings(str(ini), QSettings.Format.IniFormat))
    window.show()
    click_on_modal("Restore")
    assert window.offer_recovery()
    try:
        assert window.session.project.party("uk").name == "Claims Handling Ltd (renamed before the crash)"
        assert window.session.modified and window.session.path == project
        assert window.files.locks.held is not None  # the crashed app's lock was stale and taken over
        assert pending_recoveries(tmp_path / "recovery") == []  # now this app's own, live recovery
    finally:
        window.session.undo_stack.setClean()
        window.close()


def test_discarded_recovery_is_gone_for_good(qtbot, tmp_path: Path) -> None:
    project = tmp_path / "noord.atlas"
    save_project(sample_project(), project)
    ini = settings_file(tmp_path, autosave=0.2)
    crash_mid_edit(tmp_path, project, ini)
    window = MainWindow(QSettings(str(ini), QSettings.Format.IniFormat))
    click_on_modal("Discard")
    assert not window.offer_recovery()
    assert list((tmp_path / "recovery").iterdir()) == []
    assert window.session.project.parties == ()
    window.close()


def test_a_clean_close_leaves_nothing_to_recover(qtbot, tmp_path: Path) -> None:
    ini = settings_file(tmp_path, autosave=3600)
    window = MainWindow(QSettings(str(ini), QSettings.Format.IniFormat))
    window.session.reset(sample_project())
    window.session.select(parties=("uk",))
    window.edits.reject.trigger()
    window.autosaver.autosave()
    assert window.autosaver.data.exists()
    assert pending_recoveries(tmp_path / "recovery") == []  # this process is alive: not offered
    window.session.undo_stack.setClean()
    window.close()
    assert not window.autosaver.data.exists() and not window.autosaver.meta.exists()
