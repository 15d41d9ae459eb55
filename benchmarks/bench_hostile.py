"""Run every hostile input of the test catalogue, each in a fresh process, and print the worst time
and peak memory it took. Bound: no input under 10 MB may take more than 30 s or 1 GB.

Usage: python benchmarks/bench_hostile.py [--runs N] [--only TEXT] [--readme]

The cases are the test suite's own (``tests/test_hostile_inputs.py``: ``CATALOGUE``, files dropped
into a batch import, and ``PROJECT_JSON``, project documents read by ``import``/``check``), so the
benchmark and the tests cannot drift apart. Each run makes the file in a temporary folder and
reads it in a child process (a batch import with a good notice beside it, or the project reader);
the time is wall time, the memory the child's peak resident size (Python itself is about 60 MB).
``--readme`` rewrites the README's reliability table, between its markers, from the results.
Exits 1 when an input under 10 MB broke the bound.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_hostile_inputs import CATALOGUE, GOOD_NOTICE, PROJECT_JSON  # noqa: E402

SMALL = 10 << 20
MAX_SECONDS, MAX_MB = 30.0, 1024
BEGIN, END = "<!-- hostile-inputs:begin -->", "<!-- hostile-inputs:end -->"

PEAK = """
def peak_mb():
    try:
        with open("/proc/self/status") as status:  # VmHWM: this process's own peak, after exec
            return next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""
BATCH = PEAK + """
import json, sys, time
from importers.batch import import_paths
bad, good = sys.argv[1], sys.argv[2]
started = time.perf_counter()
result = import_paths([good, bad])
mine = [f for f in result.failures if f.path == bad]
whole = [f.reason for f in mine if f.row is None]
print(json.dumps({"refused": whole[0] if whole else None, "rows": len(mine) - len(whole),
                  "good": good in result.read, "seconds": time.perf_counter() - started, "mb": peak_mb()}))
"""
PROJECT = PEAK + """
import json, sys, time
from pathlib import Path
from model.interchange import InterchangeError, read_project_json
started = time.perf_counter()
try:
    read_project_json(Path(sys.argv[1]))
    refused = None
except InterchangeError as err:
    refused = str(err).split(": ", 1)[1]
print(json.dumps({"refused": refused, "rows": 0, "good": True, "seconds": time.perf_counter() - started,
                  "mb": peak_mb()}))
"""


@dataclass
class Measure:
    """The worst of the runs of one case."""

    case: str
    size: int
    outcome: str
    seconds: float
    megabytes: float

    @property
    def within(self) -> bool:
        """Whether the case keeps the bound (inputs of 10 MB and more are not bound)."""
        return self.size >= SMALL or (self.seconds <= MAX_SECONDS and self.megabytes <= MAX_MB)


def run_child(script: str, *args: str) -> tuple[dict[str, object], float, float]:
    """Run ``script`` in a fresh interpreter; its JSON answer, the seconds the work took (without
    starting Python and importing the packages) and the process's peak MB (its own VmHWM: the
    rusage of a child also counts the memory of the parent it was forked from)."""
    started = time.monotonic()
    child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, cwd=ROOT)
    assert child.stdout is not None
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code:
        failed = {"refused": f"the process failed (exit {code})", "rows": 0, "good": False}
        return failed, time.monotonic() - started, usage.ru_maxrss / 1024
    answer = json.loads(out)
    return answer, float(answer["seconds"]), float(answer["mb"])


def describe(answer: dict[str, object]) -> str:
    """The outcome in a few words: the reason the file was refused, or that it was read."""
    if not answer["good"]:
        return "THE GOOD FILE BESIDE IT WAS NOT READ"
    if answer["refused"]:
        reason = str(answer["refused"])
        return reason if reason.startswith("refused") else f"refused: {reason}"
    rows = int(answer["rows"])  # type: ignore[call-overload]
    return f"read; {rows} row(s) flagged" if rows else "read"


def measure_file(kind: object, runs: int) -> Measure:
    """One catalogue kind, dropped into a batch beside a good notice."""
    worst: Measure | None = None
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            drop = Path(folder) / "drop"
            drop.mkdir()
            good = Path(folder) / "good.txt"
            good.write_text(GOOD_NOTICE, encoding="utf-8")
            bad = kind.make(drop)  # type: ignore[attr-defined]
            if kind.vanish:  # type: ignore[attr-defined]
                bad.unlink()  # the test deletes it mid-batch; here it is gone when the batch starts
            size = os.stat(bad).st_size if os.path.isfile(bad) else 0
            answer, seconds, megabytes = run_child(BATCH, str(bad), str(good))
        measure = Measure(kind.name, size, describe(answer), seconds, megabytes)  # type: ignore[attr-defined]
        worst = _worse(worst, measure)
    assert worst is not None
    return worst


def measure_project(name: str, data: bytes, runs: int) -> Measure:
    """One hostile project document, read as ``import``/``check`` read it."""
    worst: Measure | None = None
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "project.json"
            path.write_bytes(data)
            answer, seconds, megabytes = run_child(PROJECT, str(path))
        measure = Measure(f"project JSON: {name}", len(data), describe(answer), seconds, megabytes)
        worst = _worse(worst, measure)
    assert worst is not None
    return worst


def _worse(a: Measure | None, b: Measure) -> Measure:
    if a is None:
        return b
    return Measure(b.case, b.size, b.outcome, max(a.seconds, b.seconds), max(a.megabytes, b.megabytes))


def _size(size: int) -> str:
    return f"{size / (1 << 20):,.1f} MB" if size >= 1 << 20 else f"{size / 1024:,.1f} KB"


def table(measures: list[Measure], runs: int) -> str:
    """The README's table of the cases."""
    cell = lambda text: text.replace("|", "\\|").replace("\n", "\\n")  # noqa: E731
    lines = [
        f"Generated by `python benchmarks/bench_hostile.py --runs {runs} --readme` on "
        f"{dt.date.today().isoformat()}: the worst of {runs} run(s), each in a fresh process; the time is "
        "the import's own (starting Python and loading the packages adds 1-2 s), the memory the "
        f"process's peak (Python and the packages take about 60-90 MB). Bound for inputs under 10 MB: "
        f"{MAX_SECONDS:g} s and {MAX_MB:,} MB.",
        "",
        "| input | size | outcome | time | peak memory |",
        "| --- | --- | --- | --- | --- |",
    ]
    for m in measures:
        outcome = m.outcome if len(m.outcome) <= 150 else m.outcome[:149] + "…"
        figures = f"{m.seconds:.1f} s | {m.megabytes:,.0f} MB"
        lines.append(f"| {cell(m.case)} | {_size(m.size)} | {cell(outcome)} | {figures} |")
    return "\n".join(lines)


def write_readme(text: str) -> None:
    """Put ``text`` between the README's markers."""
    readme = ROOT / "README.md"
    content = readme.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.S)
    if not pattern.search(content):
        raise SystemExit(f"README.md has no {BEGIN} ... {END} markers")
    readme.write_text(pattern.sub(lambda _: f"{BEGIN}\n{text}\n{END}", content), encoding="utf-8")


def _progress(m: Measure) -> None:
    print(f"{m.seconds:6.1f} s {m.megabytes:7.0f} MB  {m.case!r}: {m.outcome[:90]}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="runs per case; the worst is kept (default 1)")
    parser.add_argument("--only", default="", help="only the cases whose name contains this text")
    parser.add_argument("--readme", action="store_true", help="rewrite the README's reliability table")
    args = parser.parse_args()
    measures = []
    for kind in CATALOGUE:
        if args.only.lower() in kind.name.lower():
            measures.append(measure_file(kind, args.runs))
            _progress(measures[-1])
    for name, data, _reason in PROJECT_JSON:
        if args.only.lower() in f"project JSON: {name}".lower():
            measures.append(measure_project(name, data, args.runs))
            _progress(measures[-1])
    small = [m for m in measures if m.size < SMALL] or measures
    slowest, largest = max(small, key=lambda m: m.seconds), max(small, key=lambda m: m.megabytes)
    print(f"\n{len(measures)} cases; under 10 MB the slowest took {slowest.seconds:.1f} s "
          f"({slowest.case!r}), the largest {largest.megabytes:,.0f} MB ({largest.case!r})")
    over = [m for m in measures if not m.within]
    for m in over:
        print(f"OVER THE BOUND: {m.case!r}: {m.seconds:.1f} s, {m.megabytes:,.0f} MB")
    if args.readme:
        write_readme(table(measures, args.runs))
        print("README.md updated")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
