"""Kill saves with SIGKILL, many times, and check the project file after every kill.

Usage: python benchmarks/bench_kill_save.py [--kills N] [--parties N] [--flows N] [--documents N] [--seed N]

First one save is killed just before each of its file-system steps (fsync, link, replace, ...), then
saves are killed at random moments until N of them were interrupted mid-save. After each kill the
file must open and hold exactly the old or the new project, and its backup must open too. Prints
the number of kill points survived, where they landed (old or new project kept), and the median
save duration. The test suite runs the same loop with 50 kills on a smaller project
(tests/test_store_kill.py); ``pytest -m long`` runs 1,000.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.kill_harness import run_kill_trials  # noqa: E402


def main() -> int:
    """Run the kill loop and print its figures; exit 1 if any kill left an unreadable or mixed file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--parties", type=int, default=2000)
    parser.add_argument("--flows", type=int, default=4000)
    parser.add_argument("--documents", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    size = (args.parties, args.flows, args.documents)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        report = run_kill_trials(Path(folder), kills=args.kills, seed=args.seed, size=size)
        megabytes = (Path(folder) / "project.atlas").stat().st_size / (1 << 20)
    elapsed = time.perf_counter() - started
    print(
        f"project: {args.parties} parties, {args.flows} flows, {args.documents} notices ({megabytes:.1f} MB)"
    )
    print(f"median save: {report.save_seconds * 1000:.0f} ms")
    print(f"saves started: {report.trials}; killed mid-save: {report.interrupted}")
    print(
        f"after a kill the file held the old project {report.outcomes['old']} times, "
        f"the new one {report.outcomes['new']} times, a mix or nothing {len(report.failures)} times"
    )
    print(f"kills that left a temporary file (removed by the next save): {report.temp_left}")
    print(f"elapsed: {elapsed:.1f} s")
    for failure in report.failures[:10]:
        print("FAILED:", failure)
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
