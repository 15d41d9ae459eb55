"""The data-flow map: parties laid out in jurisdiction bands, flows with findings drawn in red.

Qt-free (matplotlib and networkx only). ``draw_graph`` draws onto any matplotlib ``Axes`` and
returns a ``MapDrawing`` that the desktop uses for hover and picking; ``render_map`` writes a PNG
or SVG through a bare ``matplotlib.figure.Figure`` (never pyplot, so no global state). Everything
is drawn with one collection per style, so 2,000 parties draw in a fraction of a second.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection
from pathlib import Path
from typing import IO, Any

import networkx as nx
import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from exports.flowmap_drawing import MapDrawing, cut
from exports.flowmap_layout import (
    NO_FILTER,
    X_STEP,
    Band,
    MapFilter,
    band_layout,
    filter_graph,
    flagged_parties,
    severity_by_flow,
)
from model.findings import NO_SCENARIO, Finding, Scenario, Severity
from model.ids import FlowId, PartyId
from model.parties import Party, PartyKind, Role
from model.reference import ReferenceData, bundled_reference

__all__ = ["Band", "MapDrawing", "MapFilter", "NO_FILTER", "ROLE_COLOURS", "draw_graph", "render_map"]

FLAG_RED = "#c62828"
EDGE_GREY = "#9aa5b1"
_BAND_SHADE = ("#e8f1fb", "#eaf6ec", "#fdf6e3", "#fbeaea", "#f0f0f0")
# Red is kept for findings, so no role colour is red; related roles share a hue family.
ROLE_COLOURS: dict[Role, str] = {
    Role.CONTROLLER: "#0d2b52",
    Role.INDEPENDENT_CONTROLLER: "#3a5a80",
    Role.JOINT_CONTROLLER: "#24466e",
    Role.GROUP_COMPANY: "#1f77b4",
    Role.PROCESSOR: "#17becf",
    Role.SUB_PROCESSOR: "#0e8a96",
    Role.IT_HOSTING: "#5fa8d3",
    Role.SURVEY_BUREAU: "#9edae5",
    Role.DEBT_COLLECTOR: "#8c564b",
    Role.REGULATOR: "#6a3d9a",
    Role.TAX_AUTHORITY: "#9467bd",
    Role.LAW_ENFORCEMENT: "#c5b0d5",
    Role.EMPLOYER: "#bcbd22",
    Role.INTERMEDIARY: "#dbdb8d",
    Role.REINSURER: "#e6a157",
    Role.INSURER: "#ff7f0e",
    Role.HEALTHCARE_PROVIDER: "#2ca02c",
    Role.CREDIT_BUREAU: "#b07aa1",
    Role.FRAUD_REGISTER: "#7f7f7f",
    Role.BANK_PAYMENT: "#c49c94",
    Role.MARKETING_PARTNER: "#e377c2",
    Role.AUDITOR_ADVISOR: "#98df8a",
    Role.OTHER_THIRD_PARTY: "#b8b8b8",
}
_WIDTH: dict[Severity | None, float] = {
    None: 0.8,
    Severity.LOW: 1.6,
    Severity.MEDIUM: 2.6,
    Severity.HIGH: 3.8,
}
_ALPHA: dict[Severity | None, float] = {
    None: 0.45,
    Severity.LOW: 0.7,
    Severity.MEDIUM: 0.85,
    Severity.HIGH: 0.95,
}
# A party's ring says how bad its worst finding is; low ones stay quiet so the urgent stand out.
_RING_COLOUR: dict[Severity | None, str] = {
    None: "#263238",
    Severity.LOW: "#e8a0a0",
    Severity.MEDIUM: FLAG_RED,
    Severity.HIGH: FLAG_RED,
}
_RING_WIDTH: dict[Severity | None, float] = {
    None: 0.6,
    Severity.LOW: 1.2,
    Severity.MEDIUM: 2.0,
    Severity.HIGH: 2.8,
}
_MARKERS = ((PartyKind.NAMED, "o", 110.0), (PartyKind.DESCRIBED, "s", 85.0))
_MIN_ROWS = 9.0


def draw_graph(
    graph: nx.MultiDiGraph,
    ax: Axes,
    *,
    findings: Collection[Finding] = (),
    reference: ReferenceData | None = None,
    as_of: dt.date | None = None,
    scenario: Scenario = NO_SCENARIO,
    filters: MapFilter = NO_FILTER,
    label_limit: int = 150,
    legend: bool = True,
) -> MapDrawing:
    """Draw the data-flow map of ``graph`` on ``ax`` (cleared first) and say what was drawn where.

    Bands follow ``reference.destination`` on ``as_of`` under ``scenario``, so a withdrawn
    adequacy decision moves its parties to the third-country band. Names are written for the
    parties in view when at most ``label_limit`` are (zooming in reveals the others).
    """
    shown = filter_graph(graph, findings, filters)
    layout, bands = band_layout(shown, reference or bundled_reference(), as_of or dt.date.today(), scenario)
    ax.clear()
    ids = list(layout)
    positions = np.array([layout[p] for p in ids], dtype=float).reshape(-1, 2)
    labels = [short_label(shown.nodes[p]["party"]) for p in ids]
    drawing = MapDrawing(ax, ids, positions, bands, labels, label_limit)
    _frame(ax, positions)
    _draw_bands(ax, layout, bands)
    _draw_edges(ax, shown, layout, severity_by_flow(findings), drawing)
    _draw_nodes(ax, shown, ids, positions, flagged_parties(findings), drawing)
    if legend:
        _draw_legend(ax, shown)
    drawing.refresh_labels()
    ax.callbacks.connect("xlim_changed", drawing.refresh_labels)
    return drawing


def _draw_bands(ax: Axes, layout: dict[PartyId, tuple[float, float]], bands: dict[PartyId, Band]) -> None:
    spans: dict[Band, list[float]] = {}
    for party, (x, _) in layout.items():
        spans.setdefault(bands[party], []).append(x)
    bottom, top = ax.get_ylim()
    for band, xs in sorted(spans.items()):
        left, right = min(xs) - 0.9, max(xs) + X_STEP - 0.6
        ax.add_patch(
            Rectangle(
                (left, bottom + 0.3),
                right - left,
                top - bottom,
                color=_BAND_SHADE[band],
                zorder=0,
                linewidth=0,
            )
        )
        count = f"{len(xs)} part{'y' if len(xs) == 1 else 'ies'}"
        one_column = max(xs) == min(xs)
        title = band.label.replace(" ", "\n", 1) if one_column else band.label  # narrow bands wrap
        ax.text(  # pinned to the top of the axes, so the headings stay in view when panning
            left + 0.2,
            0.985,
            f"{title}\n{count}",
            transform=ax.get_xaxis_transform(),
            fontsize=8,
            color="#37474f",
            va="top",
            ha="left",
            zorder=5,
            clip_on=True,
            linespacing=1.3,
            fontweight="bold",
        )


def _draw_edges(
    ax: Axes,
    graph: nx.MultiDiGraph,
    layout: dict[PartyId, tuple[float, float]],
    worst: dict[FlowId, Severity],
    drawing: MapDrawing,
) -> None:
    grouped: dict[tuple[PartyId, PartyId], list[FlowId]] = {}
    for u, v, key in graph.edges(keys=True):
        if u != v:
            grouped.setdefault((u, v), []).append(key)
    if not grouped:
        return
    pairs = list(grouped)
    curves, tangents = _curves(
        np.array([layout[u] for u, _ in pairs], dtype=float),
        np.array([layout[v] for _, v in pairs], dtype=float),
    )
    severities = [max((worst[f] for f in grouped[p] if f in worst), key=_rank, default=None) for p in pairs]
    order = np.argsort([_rank(s) for s in severities], kind="stable")  # the worst drawn on top
    colours = [FLAG_RED if severities[i] else EDGE_GREY for i in order]
    edges = LineCollection(
        list(curves[order]), colors=colours, zorder=1, linewidths=[_WIDTH[severities[i]] for i in order]
    )
    edges.set_alpha([_ALPHA[severities[i]] for i in order])
    ax.add_collection(edges)
    _draw_arrowheads(ax, curves[order, -1], tangents[order], colours)
    drawing.edges = [tuple(grouped[pairs[i]]) for i in order]
    drawing.segments = curves[order]
    drawing.edge_artist = edges


def _curves(
    start: np.ndarray, end: np.ndarray, bend: float = 0.12, steps: int = 10
) -> tuple[np.ndarray, np.ndarray]:
    """Quadratic curves from start to end, bent to the right of travel, and their end tangents.

    The bend grows with length, so flows along one row no longer run over each other, and the two
    directions between a pair of parties take opposite sides.
    """
    unit = (end - start) / np.maximum(np.hypot(*(end - start).T), 1e-9)[:, None]
    a, b = start + unit * 0.3, end - unit * 0.3  # stop at the rim of the markers
    normal = np.stack([unit[:, 1], -unit[:, 0]], axis=1)
    sag = np.minimum(bend * np.hypot(*(b - a).T), 1.4) + 0.15  # capped: long flows stay near their row
    control = (a + b) / 2 + normal * sag[:, None]
    t = np.linspace(0.0, 1.0, steps + 1)[None, :, None]
    curves = (1 - t) ** 2 * a[:, None] + 2 * (1 - t) * t * control[:, None] + t**2 * b[:, None]
    tangent = b - control
    return curves, tangent / np.maximum(np.hypot(*tangent.T), 1e-9)[:, None]


def _rank(severity: Severity | None) -> int:
    return severity.rank if severity else 0


def _draw_arrowheads(ax: Axes, tips: np.ndarray, unit: np.ndarray, colours: list[str]) -> None:
    """Arrowheads sized in inches, so they keep their shape at any zoom, aspect or screen density."""
    ax.quiver(
        tips[:, 0],
        tips[:, 1],
        unit[:, 0],
        unit[:, 1],
        color=colours,
        pivot="tip",
        angles="xy",
        units="inches",
        width=0.016,
        headwidth=5.5,
        headlength=6.0,
        headaxislength=5.0,
        scale_units="inches",
        scale=1 / 0.096,  # arrow length = head length: a head without a shaft
        minlength=0,
        zorder=1.2,
    )


def _draw_nodes(
    ax: Axes,
    graph: nx.MultiDiGraph,
    ids: list[PartyId],
    positions: np.ndarray,
    flagged: dict[PartyId, Severity],
    drawing: MapDrawing,
) -> None:
    for kind, marker, size in _MARKERS:
        rows = [i for i, p in enumerate(ids) if graph.nodes[p]["party"].kind is kind]
        if not rows:
            continue
        parties: list[Party] = [graph.nodes[ids[i]]["party"] for i in rows]
        worst = [flagged.get(p.id) for p in parties]
        artist = ax.scatter(
            positions[rows, 0],
            positions[rows, 1],
            s=size,
            marker=marker,
            zorder=3,
            c=[ROLE_COLOURS[p.role] for p in parties],
            edgecolors=[_RING_COLOUR[w] for w in worst],
            linewidths=[_RING_WIDTH[w] for w in worst],
        )
        artist.set_gid(kind.value)
        drawing.node_artists.append((artist, [p.id for p in parties]))


def short_label(party: Party, width: int = 26) -> str:
    """A party's name cut to ``width`` characters, with its country code."""
    name = cut(party.name, width)
    return f"{name} ({party.country})" if party.country else name


def _draw_legend(ax: Axes, graph: nx.MultiDiGraph) -> None:
    roles = sorted({p.role for _, p in graph.nodes(data="party")}, key=list(Role).index)
    handles = [_marker(ROLE_COLOURS[r], "o", r.value.replace("_", " ")) for r in roles]
    handles += [
        _marker("#cfd8dc", "o", "named organisation"),
        _marker("#cfd8dc", "s", "described category"),
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markerfacecolor="white",
            markeredgecolor=FLAG_RED,
            markeredgewidth=2,
            markersize=8,
            label="party with findings",
        ),
        Line2D([], [], color=EDGE_GREY, linewidth=1, label="flow"),
    ]
    handles += [
        Line2D([], [], color=FLAG_RED, linewidth=_WIDTH[s], label=f"finding: {s.value}")
        for s in (Severity.HIGH, Severity.MEDIUM, Severity.LOW)
    ]
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.005, 1.0),
        fontsize=7,
        frameon=False,
        borderaxespad=0.0,
        handlelength=1.8,
    )


def _marker(colour: str, marker: str, label: str) -> Line2D:
    return Line2D(
        [],
        [],
        marker=marker,
        linestyle="",
        markerfacecolor=colour,
        markeredgecolor="#263238",
        markeredgewidth=0.6,
        markersize=8,
        label=label,
    )


def _frame(ax: Axes, positions: np.ndarray) -> None:
    ax.set_axis_off()
    if len(positions):
        ax.set_xlim(positions[:, 0].min() - 1.5, positions[:, 0].max() + X_STEP)
        # A few parties sit at the top of a frame of at least _MIN_ROWS rows, not stretched apart.
        bottom = min(positions[:, 1].min() - 1.2, -_MIN_ROWS)
        ax.set_ylim(bottom, 0.8 + max(2.4, 0.14 * -bottom))  # room above the first row for the headings
    else:
        ax.text(0.5, 0.5, "No parties to show", transform=ax.transAxes, ha="center", color="#78909c")


def render_map(
    graph: nx.MultiDiGraph,
    target: str | Path | IO[bytes],
    format: str = "png",
    *,
    size: tuple[float, float] | None = None,
    dpi: int = 150,
    title: str | None = None,
    **draw_options: Any,
) -> MapDrawing:
    """Draw the map into a new ``Figure`` and write it to ``target`` as PNG or SVG.

    ``draw_options`` are those of ``draw_graph`` (findings, reference, as_of, scenario, filters).
    The figure grows with the number of parties so that every name can be written.
    """
    if format not in ("png", "svg"):
        raise ValueError(f"unsupported map format {format!r} (png or svg)")
    figure = Figure(figsize=size or _figure_size(graph.number_of_nodes()))
    ax = figure.add_axes((0.01, 0.01, 0.85, 0.93 if title else 0.98))
    draw_options.setdefault("label_limit", 1000)
    drawing = draw_graph(graph, ax, **draw_options)
    if title:
        figure.suptitle(title, x=0.01, ha="left", fontsize=11, fontweight="bold")
    figure.savefig(target, format=format, dpi=dpi, facecolor="white")
    return drawing


def _figure_size(parties: int) -> tuple[float, float]:
    scale = max(1.0, math.sqrt(parties / 40))
    return (min(13 * scale, 60.0), min(7 * scale, 34.0))
