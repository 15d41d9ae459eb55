"""SIGKILL during a save, at every file-system step and at random moments: the old or the new
project always opens, never a mix (the long version: ``pytest -m long``, or the benchmark)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

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
    assert sorted(p.name for p in report_folder.iterdir()) == ["project.atlas", "project.atlas.bak"]


def test_sigkill_at_every_step_and_fifty_random_moments(tmp_path: Path) -> None:
    check(tmp_path, kills=50)


@pytest.mark.long
def test_sigkill_a_thousand_times(tmp_path: Path) -> None:
    check(tmp_path, kills=1000, seed=11)
