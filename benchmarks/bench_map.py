"""How long the data-flow map takes to draw: 300 and 2,000 parties (median of several runs).

Times ``draw_graph`` plus a full Agg render of a 12 x 7 inch canvas (what the desktop map does on
every change), and ``render_map`` to PNG. Run: ``.venv/bin/python benchmarks/bench_map.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from exports.flowmap import draw_graph, render_map  # noqa: E402
from model.assessment import findings as assess_project  # noqa: E402
from model.flows import Flow, ToolKind, TransferTool  # noqa: E402
from model.graph import build_graph  # noqa: E402
from model.ids import FlowId, PartyId  # noqa: E402
from model.parties import Party, PartyKind, Role  # noqa: E402
from model.project import Project  # noqa: E402

AS_OF = dt.date(2025, 6, 1)
COUNTRIES = ("NL", "DE", "FR", "IE", "US", "US", "GB", "CH", "JP", "CA", "IN", "CN", "BR", "PH", None, "KR")
TOOLS = (ToolKind.SCC_MODULE_2, ToolKind.DPF, ToolKind.DEROGATION_CONSENT, ToolKind.BCR)
RUNS = 7


def synthetic_project(parties: int, seed: int = 7) -> Project:
    """A controller and ``parties - 1`` recipients; a third of them pass data on to another."""
    rnd = random.Random(seed)
    roles = [r for r in Role if r is not Role.CONTROLLER]
    people = [Party(PartyId("ctrl"), "Controller N.V.", Role.CONTROLLER, "NL")]
    for i in range(parties - 1):
        kind = PartyKind.NAMED if rnd.random() < 0.7 else PartyKind.DESCRIBED
        role, country = rnd.choice(roles), rnd.choice(COUNTRIES)
        people.append(Party(PartyId(f"p{i}"), f"Recipient {i}", role, country, kind))
    flows = []
    for i, party in enumerate(people[1:]):
        source = people[0] if rnd.random() < 0.66 else rnd.choice(people[: i + 1])
        tools = () if rnd.random() < 0.4 else (TransferTool(rnd.choice(TOOLS)),)
        flows.append(Flow(FlowId(f"f{i}"), source.id, party.id, tools=tools))
    return Project(parties=tuple(people), flows=tuple(flows))


def median_seconds(job, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench(size: int) -> str:
    project = synthetic_project(size)
    graph = build_graph(project)
    findings = assess_project(project, as_of=AS_OF, graph=graph)
    figure = Figure(figsize=(12, 7))
    FigureCanvasAgg(figure)
    ax = figure.add_axes((0.01, 0.01, 0.85, 0.98))

    def canvas_draw() -> None:
        draw_graph(graph, ax, findings=findings, as_of=AS_OF)
        figure.canvas.draw()

    def png() -> None:
        render_map(graph, io.BytesIO(), "png", findings=findings, as_of=AS_OF, size=(12, 7), dpi=100)

    return (f"{size:5d} parties, {graph.number_of_edges()} flows, {len(findings)} findings: "
            f"draw+render {median_seconds(canvas_draw):.3f} s, PNG {median_seconds(png):.3f} s "
            f"(median of {RUNS})")


def main() -> None:
    for size in (300, 2000):
        print(bench(size))


if __name__ == "__main__":
    main()
