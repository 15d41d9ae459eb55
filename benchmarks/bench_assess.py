"""Time ``assess`` on a generated graph of 10,000 parties and 100,000 flows (target: under 1 s).

Usage: python benchmarks/bench_assess.py [--parties N] [--flows N] [--runs N]
Prints the median of several runs of building the graph and of assessing it, on one core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time

from model.findings import counts_by_severity
from model.flows import Flow, SpecialCategory, TiaStatus, ToolKind, TransferTool
from model.graph import build_graph
from model.ids import FlowId, PartyId
from model.parties import Party, Role, ScopeAttribute, Tristate
from model.project import Project
from model.reference import bundled_reference
from model.rules import assess

COUNTRIES = ["NL", "DE", "FR", "BE", "IE", "US", "US", "GB", "CH", "JP", "CA", "IN", "CN", "BR", None, None]
TOOLS = [
    (),
    (),
    (ToolKind.SCC_MODULE_2,),
    (ToolKind.CONTRACTUAL_UNSPECIFIED,),
    (ToolKind.DEROGATION_CONSENT,),
    (ToolKind.BCR_CONTROLLER,),
    (ToolKind.PRIVACY_SHIELD,),
]


def generate(n_parties: int, n_flows: int, seed: int = 7) -> Project:
    """A random but realistic mix: 1% controllers, processors and sub-processors all over the world."""
    rng = random.Random(seed)
    roles = list(Role)
    parties = []
    for i in range(n_parties):
        role = Role.CONTROLLER if i % 100 == 0 else rng.choice(roles[1:])
        dpf = rng.choice([Tristate.YES, Tristate.NO, Tristate.UNKNOWN])
        scope = ((ScopeAttribute.DPF_CERTIFIED, dpf),) if dpf is not Tristate.UNKNOWN else ()
        parties.append(Party(PartyId(f"p{i}"), f"Party {i}", role, rng.choice(COUNTRIES), scope=scope))
    flows = []
    for j in range(n_flows):
        a, b = rng.randrange(n_parties), rng.randrange(n_parties)
        if a == b:
            b = (b + 1) % n_parties
        special = (SpecialCategory.HEALTH,) if rng.random() < 0.2 else ()
        tools = tuple(TransferTool(k) for k in rng.choice(TOOLS))
        tia = rng.choice(list(TiaStatus))
        flows.append(
            Flow(
                FlowId(f"f{j}"),
                PartyId(f"p{a}"),
                PartyId(f"p{b}"),
                special_categories=special,
                tools=tools,
                tia_status=tia,
                tia_review_date=dt.date(2026, rng.randint(1, 12), 1),
            )
        )
    return Project("benchmark", tuple(parties), tuple(flows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--parties", type=int, default=10_000)
    parser.add_argument("--flows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    project = generate(args.parties, args.flows)
    reference = bundled_reference()
    build_times, assess_times = [], []
    findings = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        graph = build_graph(project)
        t1 = time.perf_counter()
        findings = assess(graph, as_of=dt.date(2026, 11, 22), reference=reference)
        t2 = time.perf_counter()
        build_times.append(t1 - t0)
        assess_times.append(t2 - t1)
    counts = counts_by_severity(findings)
    print(
        f"parties={args.parties} flows={args.flows} findings={len(findings)} "
        + " ".join(f"{s.value}={n}" for s, n in counts.items())
    )
    print(f"build_graph median {statistics.median(build_times):.3f} s")
    print(f"assess      median {statistics.median(assess_times):.3f} s (target < 1.0 s)")


if __name__ == "__main__":
    main()
