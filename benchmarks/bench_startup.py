"""How long the desktop app takes to start with an empty project (median of several runs).

Each run is a fresh Python process on the offscreen platform: from launching the interpreter to the
main window shown and the event loop idle (imports, QApplication, window, first map drawn).
Run: ``.venv/bin/python benchmarks/bench_startup.py``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7
CHILD = """
from PySide6.QtCore import QTimer
from desktop.app import application, create_window
app = application()
window = create_window(offer_recovery=False)
def ready():
    print("READY", flush=True)
    window.close()
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def one_run(settings: Path) -> float:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TRANSFER_ATLAS_SETTINGS": str(settings),
        "PYTHONPATH": str(ROOT),
    }
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(60)
    if not line.startswith("READY"):
        raise SystemExit(f"the app did not start (exit status {child.returncode})")
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = Path(folder) / "settings.ini"
        one_run(settings)  # warm the file cache, as a second start on a desktop would be
        times = [one_run(settings) for _ in range(RUNS)]
    print(
        f"startup with an empty project: median {statistics.median(times):.2f} s, "
        f"min {min(times):.2f} s, max {max(times):.2f} s over {RUNS} runs (floor: 2 s)"
    )


if __name__ == "__main__":
    main()
