"""Killing a save with SIGKILL, many times, and checking the project file after each kill.

A fresh worker process (no threads, no Qt) builds two large projects A and B once, then for each
trial forks a child that saves A or B over the file and is killed with SIGKILL: at a random moment
(``timed`` trials) or just before its k-th file-system step (``stepped`` trials: ``os.fsync``,
``os.link``, ``os.replace``, ``os.unlink``...). After every kill the parent opens the file and
checks it is exactly the old or the new project, and that the backup opens too.

Run as a script, this module is the worker; ``run_kill_trials`` is the parent side.
"""

from __future__ import annotations

import os
import random
import signal
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEPS = ("fsync", "link", "replace", "unlink", "rename", "open")


@dataclass
class KillReport:
    """What the trials did and what the file held after each."""

    trials: int = 0
    interrupted: int = 0  # the child died from the SIGKILL (rather than finishing first)
    outcomes: Counter[str] = field(default_factory=Counter)  # "old" / "new" after an interrupted save
    temp_left: int = 0  # interrupted saves that left a temporary file (removed by the next save)
    save_seconds: float = 0.0  # median duration of one save in the worker
    failures: list[str] = field(default_factory=list)


def _project(which: str, size: tuple[int, int, int]) -> object:
    sys.path.insert(0, str(HERE))
    from big_projects import large_project

    return large_project(*size, seed=1 if which == "A" else 2, name=f"Project {which}")


# -- worker -------------------------------------------------------------------------------------


def worker(path: str, size: tuple[int, int, int]) -> None:
    """Serve commands on stdin: ``time``, ``save A|B <delay>``, ``step A|B <k>``; answer ``status``.

    The worker kills its own child before reaping it, so the pid cannot belong to anyone else.
    """
    from model.store import save_project

    projects = {w: _project(w, size) for w in "AB"}
    for line in sys.stdin:
        words = line.split()
        if words[0] == "time":
            durations = []
            for which in "ABAB":
                started = time.perf_counter()
                save_project(projects[which], path)  # type: ignore[arg-type]
                durations.append(time.perf_counter() - started)
            _say(f"time {statistics.median(durations)}")
            continue
        _say(f"status {_fork_save(projects[words[1]], path, words[0], words[2])}")


def _fork_save(project: object, path: str, kind: str, argument: str) -> int:
    ready_read, ready_write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(ready_read)
        _child(project, path, int(argument) if kind == "step" else -1, ready_write)
    os.close(ready_write)
    os.read(ready_read, 1)  # the child is about to call save_project
    os.close(ready_read)
    if kind == "save":
        time.sleep(float(argument))
        os.kill(pid, signal.SIGKILL)  # still our unreaped child: running, or a zombie
    return os.waitpid(pid, 0)[1]


def _child(project: object, path: str, step: int, ready: int) -> None:
    from model.store import save_project

    try:
        if step >= 0:
            _die_at_step(step)
        os.write(ready, b"g")
        save_project(project, path)  # type: ignore[arg-type]
    except BaseException as err:  # never fall back into the worker's loop
        sys.stderr.write(f"save failed: {err}\n")
        os._exit(3)
    os._exit(0)


def _die_at_step(step: int) -> None:
    """Make the ``step``-th file-system call (counting from 0) kill the process instead."""
    calls = [0]
    for name in STEPS:
        original = getattr(os, name)

        def wrapper(*args: object, _original: object = original, **kwargs: object) -> object:
            if calls[0] == step:
                os.kill(os.getpid(), signal.SIGKILL)
            calls[0] += 1
            return _original(*args, **kwargs)  # type: ignore[operator]

        setattr(os, name, wrapper)


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


# -- parent -------------------------------------------------------------------------------------


class _Worker:
    def __init__(self, path: Path, size: tuple[int, int, int]) -> None:
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(HERE.parent), os.environ.get("PYTHONPATH", "")]),
        }
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__)), str(path), *map(str, size)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=HERE.parent,
        )

    def ask(self, command: str) -> None:
        assert self.process.stdin
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def read(self) -> list[str]:
        assert self.process.stdout
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the kill worker died")
        return line.split()

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(timeout=30)


def run_kill_trials(
    folder: Path,
    *,
    kills: int,
    stepped: bool = True,
    seed: int = 7,
    size: tuple[int, int, int] = (400, 800, 20),
) -> KillReport:
    """Kill saves at random moments until ``kills`` were interrupted mid-save (at most 3 x ``kills``
    tries), after killing one at every file-system step when ``stepped``."""
    from model.store import load_project

    path = folder / "project.atlas"
    projects = {w: _project(w, size) for w in "AB"}
    report, rng = KillReport(), random.Random(seed)
    worker_ = _Worker(path, size)
    try:
        worker_.ask("time")
        report.save_seconds = float(worker_.read()[1])
        current = "B"  # the calibration ended with a save of B
        for step in range(64) if stepped else ():
            current, finished = _trial(worker_, report, path, projects, current, f"step {{}} {step}")
            if finished:
                break
        first = report.interrupted
        for _ in range(3 * kills):
            if report.interrupted - first >= kills:
                break
            delay = rng.uniform(0, 1.2 * report.save_seconds)
            current, _ = _trial(worker_, report, path, projects, current, f"save {{}} {delay:.6f}")
    finally:
        worker_.close()
    load_project(path)
    return report


def _trial(
    worker_: _Worker, report: KillReport, path: Path, projects: dict[str, object], current: str, command: str
) -> tuple[str, bool]:
    """One killed save; returns what the file now holds and whether the save finished unkilled."""
    from model.store import backup_path, load_project

    new = "A" if current == "B" else "B"
    worker_.ask(command.format(new))
    words = worker_.read()
    status = int(words[1])
    report.trials += 1
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    report.interrupted += killed
    report.temp_left += killed and any(p.name.endswith(".tmp") for p in path.parent.iterdir())
    try:
        loaded = load_project(path)
        backup = load_project(backup_path(path))
    except Exception as err:  # the point of the test: record, do not stop
        report.failures.append(f"trial {report.trials}: {err}")
        return current, not killed
    held = "new" if loaded == projects[new] else "old" if loaded == projects[current] else "mix"
    if held == "mix" or backup not in projects.values():
        report.failures.append(f"trial {report.trials}: the file holds neither the old nor the new project")
    if killed:
        report.outcomes[held] += 1
    return (new if held == "new" else current), not killed


if __name__ == "__main__":
    worker(sys.argv[1], (int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))
