"""SIGKILL during a save, at every file-system step and at random moments: the old or the new
project always opens, never a mix (the long version: ``pytest -m long``, or the benchmark)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from model.lock import pid_alive
from model.store import load_project, save_project
from tests.kill_harness import run_kill_trials

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")


def check(report_folder: Path, kills: int, **options: object) -> None:
    report = run_kill_trials(report_folder, kills=kills, **options)  # type: ignore[arg-type]
    assert report.failures == []
    assert report.interrupted >= kills
    assert set(report.outcomes) <= {"old", "new"}
    assert sum(report.outcomes.values()) == report.interrupted
    # The next ordinary save removes what the killed saves left behind.
    path = report_folder / "project.atlas"
    save_project(load_project(path), path)
    left = sorted(p.name for p in report_folder.iterdir())
    # A killed save's pid may already belong to a new process: its file waits for a later save.
    assert [
        n for n in left if not n.endswith(".tmp") or not pid_alive(int(n.split(".")[-2].split("@")[0]))
    ] == [
        "project.atlas",
        "project.atlas.bak",
    ]


def test_sigkill_at_every_step_and_fifty_random_moments(tmp_path: Path) -> None:
    check(tmp_path, kills=50)


@pytest.mark.long
def test_sigkill_a_thousand_times(tmp_path: Path) -> None:
    check(tmp_path, kills=1000, seed=11)
