"""Many clients editing one team register at once: edit latency, and proof that no edit was lost.

Usage: python benchmarks/bench_team_register.py [--clients 50] [--parties 10000] [--flows 2000]
       [--seconds 60] [--think 0.0] [--seed 1] [--url postgresql://USER@HOST:PORT/DATABASE]

Without --url it starts a throw-away local PostgreSQL server (tests/pg_server.py) and a new
database; with --url it uses that (empty) database. A register project of --parties parties is
filled, then --clients processes (like people at their own computers), each with its own
connection and its own copy of the project, edit a random party's notes and save (the app's save:
diff, one transaction, version check), pausing a random 0..2x--think seconds between edits, for
--seconds. A save refused as a conflict refreshes the client's copy and goes on. Prints the save
latency (median and 99th percentile), throughput and conflicts, then verifies that the audit
trail holds exactly the accepted edits and that every party holds the last accepted edit (by
version). Exits 1 if an edit was lost.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import time
from dataclasses import dataclass, field, replace
from multiprocessing.queues import Queue
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from model.ids import PartyId  # noqa: E402
from model.project import Project  # noqa: E402
from model.team_admin import init_register  # noqa: E402
from model.team_audit import EditConflict  # noqa: E402
from model.team_register import TeamRegister  # noqa: E402
from tests.big_projects import large_project  # noqa: E402
from tests.pg_server import running_server  # noqa: E402


@dataclass
class ClientResult:
    """What one client did: save latencies, accepted edits (party, notes, version), conflicts."""

    latencies: list[float] = field(default_factory=list)
    accepted: list[tuple[str, str, int]] = field(default_factory=list)
    conflicts: int = 0
    error: str = ""


@dataclass
class Clock:
    """Every client loads its copy first; the timed edits start together, when the last is ready.

    The clients are processes (like people at their own computers), so the start is shared memory
    and the system-wide monotonic clock.
    """

    seconds: float
    clients: int

    def __post_init__(self) -> None:
        self.started = multiprocessing.Value("d", 0.0)
        self.ready = multiprocessing.Barrier(self.clients + 1, action=self.start)

    def start(self) -> None:
        """Run once, by the last process to arrive, before any is released."""
        self.started.value = time.monotonic()

    @property
    def stop_at(self) -> float:
        """When the edits stop."""
        return float(self.started.value) + self.seconds


def client_process(
    url: str, number: int, clock: Clock, think: float, seed: int, results: Queue[object]
) -> None:
    """One client in its own process: run it and hand back what it did."""
    out = ClientResult()
    run_client(url, number, clock, think, seed, out)
    results.put(out)


def run_client(url: str, number: int, clock: Clock, think: float, seed: int, out: ClientResult) -> None:
    """Edit random parties until the clock stops, recording each accepted save."""
    rng = random.Random(seed * 1000 + number)
    try:
        register = TeamRegister.connect(url)
        project = register.load()
    except Exception as err:  # noqa: BLE001 - reported, and fails the run
        out.error = f"client {number} could not start: {err}"
        clock.ready.wait()  # let the others start anyway
        return
    clock.ready.wait()
    try:
        where = {p.id: i for i, p in enumerate(project.parties)}  # the order stays: edits replace in place
        ids = list(where)
        edits = 0
        while time.monotonic() < clock.stop_at:
            pid = rng.choice(ids)
            notes = f"client {number} edit {edits}"
            edited = _edited(project, where[pid], notes)
            started = time.perf_counter()
            try:
                register.save(edited, source=f"bench client {number}")
            except EditConflict:
                out.conflicts += 1
                project = register.refresh(project)
                continue
            out.latencies.append(time.perf_counter() - started)
            project = edited
            out.accepted.append((pid, notes, register.version("party", pid) or 0))
            edits += 1
            if think:
                time.sleep(rng.uniform(0, 2 * think))
    except Exception as err:  # noqa: BLE001 - reported, and fails the run
        out.error = f"client {number}: {err}"
    finally:
        register.close()


def _edited(project: Project, index: int, notes: str) -> Project:
    """The project with one party's notes changed (what ``with_party`` does, without its scan)."""
    parties = list(project.parties)
    parties[index] = replace(parties[index], notes=notes)
    return replace(project, parties=tuple(parties))


def verify(url: str, results: list[ClientResult]) -> list[str]:
    """Problems found: edits missing from the audit trail or the records, or edits never accepted."""
    register = TeamRegister.connect(url)
    final = register.load()
    trail = [e for e in register.history() if e.source.startswith("bench client") and e.kind == "party"]
    register.close()
    accepted = [a for r in results for a in r.accepted]
    problems = []
    in_trail = sorted((e.record, (e.after or {}).get("data", {}).get("notes", "")) for e in trail)
    if in_trail != sorted((pid, notes) for pid, notes, _ in accepted):
        problems.append(f"the audit trail holds {len(trail)} bench edits, {len(accepted)} were accepted")
    last: dict[str, tuple[int, str]] = {}
    for pid, notes, version in accepted:
        if version > last.get(pid, (0, ""))[0]:
            last[pid] = (version, notes)
    parties = final.parties_by_id()
    wrong = [pid for pid, (_, notes) in last.items() if parties[PartyId(pid)].notes != notes]
    if wrong:
        problems.append(f"{len(wrong)} parties do not hold their last accepted edit, e.g. {wrong[:3]}")
    return problems


def fill(url: str, parties: int, flows: int) -> float:
    """Put a large project into the register; the seconds it took."""
    started = time.perf_counter()
    register = TeamRegister.connect(url)
    register.load()
    register.save(large_project(parties=parties, flows=flows, documents=10), source="bench setup")
    register.close()
    return time.perf_counter() - started


def run(url: str, args: argparse.Namespace) -> int:
    """Fill, edit concurrently, print the figures and the verification."""
    print(f"filling {args.parties} parties, {args.flows} flows: {fill(url, args.parties, args.flows):.1f} s")
    clock = Clock(args.seconds, args.clients)
    queue: Queue[object] = multiprocessing.Queue()
    clients = [
        multiprocessing.Process(target=client_process, args=(url, i, clock, args.think, args.seed, queue))
        for i in range(args.clients)
    ]
    started = time.perf_counter()
    for client in clients:
        client.start()
    clock.ready.wait()
    print(
        f"{args.clients} clients connected and loaded the register in {time.perf_counter() - started:.1f} s"
    )
    results: list[ClientResult] = [queue.get() for _ in clients]  # type: ignore[misc]  # before join: a child exits only once its result is read
    for client in clients:
        client.join()
    errors = [r.error for r in results if r.error]
    latencies = sorted(x for r in results for x in r.latencies)
    if not latencies:
        print("no edit was saved", *errors, sep="\n")
        return 1
    p99 = latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))]
    conflicts = sum(r.conflicts for r in results)
    print(
        f"{args.clients} clients, {args.seconds:.0f} s, think {args.think:.2f} s: {len(latencies)} edits "
        f"saved ({len(latencies) / args.seconds:.0f}/s), {conflicts} refused as conflicts"
    )
    print(f"save latency: median {statistics.median(latencies) * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms")
    problems = errors + verify(url, results)
    print(
        "no edit lost: the audit trail holds every accepted edit and each party its last one"
        if not problems
        else "LOST EDITS:\n  " + "\n  ".join(problems)
    )
    return 1 if problems else 0


def main() -> int:
    """Parse the options, start a server when no URL is given, run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--parties", type=int, default=10_000)
    parser.add_argument("--flows", type=int, default=2_000)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--think", type=float, default=0.0, help="mean pause between a client's edits (s)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--url", default=None, help="an empty database to use instead of a local server")
    args = parser.parse_args()
    if args.url:
        url = args.url + ("&" if "?" in args.url else "?") + "project=bench"
        init_register(url)
        return run(url, args)
    with running_server() as server:
        url = server.url(database=server.create_database("bench"), project="bench")
        init_register(url)
        return run(url, args)


if __name__ == "__main__":
    sys.exit(main())
