"""The data-flow map: parties in jurisdiction bands, whole names, flows with findings drawn in red.

Qt-free (matplotlib and networkx only). ``draw_graph`` draws onto any matplotlib ``Axes`` and
returns a ``MapDrawing`` that the desktop uses for hover and picking; ``render_map`` writes a PNG
or SVG through a bare ``matplotlib.figure.Figure`` (never pyplot, so no global state), sized so
every name is written whole, with the organisation, the as-of date and the scenario above it.

Colour says what matters: a node's fill is its jurisdiction (the band's colour), red is risk
(findings on flows and parties, thicker when more severe); a node's shape is its role group,
hollow for categories a notice only describes. Everything is drawn with one collection per style.
"""

from __future__ import annotations

import datetime as dt
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

from exports.flowmap_drawing import MapDrawing
from exports.flowmap_layout import (
    NO_FILTER,
    Band,
    MapFilter,
    filter_graph,
    flagged_parties,
    party_band,
    severity_by_flow,
)
from exports.flowmap_nodes import MapNode, map_nodes, node_edges, place_nodes
from exports.flowmap_style import (
    BAND_COLOURS,
    BAND_SHADES,
    COUNTRY_MARKER,
    EDGE_GREY,
    FLAG_RED,
    ROLE_GROUPS,
    flow_tag,
    map_words,
    role_group,
)
from model.findings import NO_SCENARIO, Finding, Scenario, Severity
from model.flows import Flow
from model.ids import FlowId, PartyId
from model.labels import label, project_title, scenario_words
from model.reference import ReferenceData, bundled_reference

__all__ = [
    "Band",
    "MapDrawing",
    "MapFilter",
    "NO_FILTER",
    "FLAG_RED",
    "draw_graph",
    "map_header",
    "render_map",
]

_WIDTH: dict[Severity | None, float] = {
    None: 0.8,
    Severity.LOW: 1.6,
    Severity.MEDIUM: 2.6,
    Severity.HIGH: 3.8,
}
_ALPHA: dict[Severity | None, float] = {
    None: 0.4,
    Severity.LOW: 0.7,
    Severity.MEDIUM: 0.85,
    Severity.HIGH: 0.95,
}
# A party's ring says how bad its worst finding is; low ones stay quiet so the urgent stand out.
_RING_COLOUR: dict[Severity | None, str] = {
    None: "#37474f",
    Severity.LOW: "#e8a0a0",
    Severity.MEDIUM: FLAG_RED,
    Severity.HIGH: FLAG_RED,
}
_RING_WIDTH: dict[Severity | None, float] = {
    None: 0.7,
    Severity.LOW: 1.4,
    Severity.MEDIUM: 2.2,
    Severity.HIGH: 3.0,
}
_MARKER_SIZE = 95.0
LEGEND_INCHES = 2.3
HEADER_INCHES = 0.55
MARGIN_INCHES = 0.25
_HEADING_INCHES = 0.55  # room above the first row for the band headings


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
    lang: str = "en",
    overview: bool | None = None,
    flow_labels: bool = False,
    aspect: float = 1.7,
) -> MapDrawing:
    """Draw the data-flow map of ``graph`` on ``ax`` (cleared first) and say what was drawn where.

    Bands follow ``reference.destination`` on ``as_of`` under ``scenario``, so a withdrawn
    adequacy decision moves its parties to the third-country band. Names are written whole for the
    nodes in view when at most ``label_limit`` are and the zoom leaves them legible. ``overview``
    draws recipients per country (None: when the map would have more than 120 nodes);
    ``flow_labels`` writes each line's transfer tool and data categories on it; ``aspect`` is the
    width over the height the layout aims for (the window's, or a landscape page's).
    """
    shown = filter_graph(graph, findings, filters)
    ref, day = reference or bundled_reference(), as_of or dt.date.today()
    bands = {p: party_band(party, ref, day, scenario) for p, party in shown.nodes(data="party")}
    nodes = map_nodes(shown, bands, lang=lang, overview=overview)
    edges = node_edges(shown, nodes)
    places, extents = place_nodes(nodes, edges, aspect)
    ax.clear()
    words = map_words(lang)
    drawing = MapDrawing.of_nodes(ax, nodes, places, bands, label_limit, words["zoom_in"])
    _frame(ax, places, extents, words["empty"])
    _draw_bands(ax, nodes, extents, words)
    _draw_edges(ax, shown, nodes, places, edges, severity_by_flow(findings), drawing, flow_labels, lang)
    _draw_nodes(ax, nodes, places, flagged_parties(findings), drawing)
    if legend:
        _draw_legend(ax, nodes, words, lang)
    drawing.refresh_labels()
    ax.callbacks.connect("xlim_changed", drawing.refresh_labels)
    ax.callbacks.connect("ylim_changed", drawing.refresh_labels)
    return drawing


def _frame(
    ax: Axes, places: list[tuple[float, float]], extents: dict[Band, tuple[float, float]], empty: str
) -> None:
    ax.set_axis_off()
    if not places:
        ax.text(0.5, 0.5, empty, transform=ax.transAxes, ha="center", color="#78909c")
        return
    bottom = min(y for _, y in places) - 0.45
    right = max(end for _, end in extents.values())
    ax.set_xlim(-0.45, right + 0.1)
    ax.set_ylim(bottom, _HEADING_INCHES)


def _draw_bands(
    ax: Axes, nodes: list[MapNode], extents: dict[Band, tuple[float, float]], words: dict[str, str]
) -> None:
    bottom, top = ax.get_ylim()
    for band, (left, right) in extents.items():
        ax.add_patch(
            Rectangle(
                (left - 0.35, bottom - 100),
                right - left + 0.5,
                top - bottom + 200,
                color=BAND_SHADES[band],
                zorder=0,
                linewidth=0,
            )
        )
        count = sum(len(n.members) for n in nodes if n.band is band)
        ax.text(  # pinned to the top of the axes, so the headings stay in view when panning
            left - 0.25,
            0.99,
            f"{words['band_' + band.name.lower()]}\n({count})",
            transform=ax.get_xaxis_transform(),
            fontsize=8,
            color=BAND_COLOURS[band],
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
    nodes: list[MapNode],
    places: list[tuple[float, float]],
    edges: dict[tuple[int, int], list[FlowId]],
    worst: dict[FlowId, Severity],
    drawing: MapDrawing,
    flow_labels: bool,
    lang: str,
) -> None:
    if not edges:
        return
    pairs = list(edges)
    curves, tangents = _curves(
        np.array([places[a] for a, _ in pairs], dtype=float),
        np.array([places[b] for _, b in pairs], dtype=float),
    )
    severities = [max((worst[f] for f in edges[p] if f in worst), key=_rank, default=None) for p in pairs]
    order = np.argsort([_rank(s) for s in severities], kind="stable")  # the worst drawn on top
    colours = [FLAG_RED if severities[i] else EDGE_GREY for i in order]
    lines = LineCollection(
        list(curves[order]), colors=colours, zorder=1, linewidths=[_WIDTH[severities[i]] for i in order]
    )
    lines.set_alpha([_ALPHA[severities[i]] for i in order])
    ax.add_collection(lines)
    _draw_arrowheads(ax, curves[order, -1], tangents[order], colours)
    drawing.edges = [tuple(edges[pairs[i]]) for i in order]
    drawing.segments = curves[order]
    drawing.edge_artist = lines
    if flow_labels:
        flows = {k: f for _, _, k, f in graph.edges(keys=True, data="flow")}
        for j in order:
            tag = flow_tag([flows[f] for f in edges[pairs[j]]], lang)
            mid = curves[j][len(curves[j]) // 2]
            ax.text(
                mid[0],
                mid[1],
                tag,
                fontsize=6,
                ha="center",
                va="center",
                zorder=2.5,
                color="#37474f",
                bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.8},
            )


def _curves(
    start: np.ndarray, end: np.ndarray, bend: float = 0.12, steps: int = 10
) -> tuple[np.ndarray, np.ndarray]:
    """Quadratic curves from start to end, bent to the right of travel, and their end tangents.

    The bend grows with length, so flows along one column no longer run over each other, and the
    two directions between a pair of nodes take opposite sides.
    """
    unit = (end - start) / np.maximum(np.hypot(*(end - start).T), 1e-9)[:, None]
    a, b = start + unit * 0.1, end - unit * 0.1  # stop at the rim of the markers
    normal = np.stack([unit[:, 1], -unit[:, 0]], axis=1)
    sag = np.minimum(bend * np.hypot(*(b - a).T), 0.8) + 0.08  # capped: long flows stay near their row
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
    nodes: list[MapNode],
    places: list[tuple[float, float]],
    flagged: dict[PartyId, Severity],
    drawing: MapDrawing,
) -> None:
    by_style: dict[tuple[str, bool], list[int]] = {}
    for i, node in enumerate(nodes):
        described = node.kind.value == "described" and node.grouped != "country"
        marker = COUNTRY_MARKER if node.grouped == "country" else role_group(node.role).marker
        by_style.setdefault((marker, described), []).append(i)
    for (marker, described), rows in by_style.items():
        worst = [
            max((flagged[p] for p in nodes[i].members if p in flagged), key=_rank, default=None) for i in rows
        ]
        fills = [BAND_COLOURS[nodes[i].band] for i in rows]
        artist = ax.scatter(
            [places[i][0] for i in rows],
            [places[i][1] for i in rows],
            s=_MARKER_SIZE * (1.6 if marker == COUNTRY_MARKER else 1.0),
            marker=marker,
            zorder=3,
            c=["white" if described else f for f in fills],
            edgecolors=[
                _RING_COLOUR[w] if w else (f if described else _RING_COLOUR[None])
                for w, f in zip(worst, fills, strict=True)
            ],
            linewidths=[_RING_WIDTH[w] if w else (1.8 if described else _RING_WIDTH[None]) for w in worst],
        )
        artist.set_gid("country" if marker == COUNTRY_MARKER else "described" if described else "named")
        drawing.node_artists.append((artist, [nodes[i].members[0] for i in rows]))
    _draw_unconfirmed(ax, nodes, places)


UNCONFIRMED_MARK = "$?$"
UNCONFIRMED_COLOUR = "#e65100"


def _draw_unconfirmed(ax: Axes, nodes: list[MapNode], places: list[tuple[float, float]]) -> None:
    """A "?" beside each node whose country only the catalogue, a legal form or a domain gives."""
    rows = [i for i, node in enumerate(nodes) if node.unconfirmed]
    if rows:
        mark = ax.scatter(
            [places[i][0] + 0.09 for i in rows],
            [places[i][1] + 0.1 for i in rows],
            s=_MARKER_SIZE * 0.45,
            marker=UNCONFIRMED_MARK,
            c=UNCONFIRMED_COLOUR,
            linewidths=0,
            zorder=3.5,
        )
        mark.set_gid("unconfirmed")


def _draw_legend(ax: Axes, nodes: list[MapNode], words: dict[str, str], lang: str) -> None:
    groups = [
        g for g in ROLE_GROUPS if any(role_group(n.role) is g and n.grouped != "country" for n in nodes)
    ]
    handles = [_marker("#90a4ae", g.marker, words[g.key]) for g in groups]
    if any(n.grouped == "country" for n in nodes):
        handles.append(_marker("#90a4ae", COUNTRY_MARKER, words["country_node"], size=10))
    handles += [
        _marker(BAND_COLOURS[Band.EEA], "o", words["fill"]),
        _marker("#90a4ae", "o", words["named"]),
        _marker("white", "o", words["described"], edge="#546e7a"),
        _marker("white", "o", words["flagged"], edge=FLAG_RED, width=2),
    ]
    if any(n.unconfirmed for n in nodes):
        handles.append(
            _marker(UNCONFIRMED_COLOUR, UNCONFIRMED_MARK, words["unconfirmed"], edge=UNCONFIRMED_COLOUR)
        )
    handles += [
        Line2D([], [], color=EDGE_GREY, linewidth=1, label=words["flow"]),
    ]
    handles += [
        Line2D(
            [], [], color=FLAG_RED, linewidth=_WIDTH[s], label=f"{words['finding']}: {label(s, lang).lower()}"
        )
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
        title=words["legend"],
        title_fontsize=7.5,
        alignment="left",
    )


def _marker(
    colour: str, marker: str, text: str, edge: str = "#37474f", width: float = 0.7, size: float = 8
) -> Line2D:
    return Line2D(
        [],
        [],
        marker=marker,
        linestyle="",
        markerfacecolor=colour,
        markeredgecolor=edge,
        markeredgewidth=width,
        markersize=size,
        label=text,
    )


def map_header(organisation: str, as_of: dt.date, scenario: Scenario, lang: str = "en") -> str:
    """The line above an exported map: whose map, on which date, under which scenario."""
    words = map_words(lang)
    what = "; ".join(scenario_words(scenario.labels, lang)) if scenario.labels else words["current_law"]
    who = project_title(organisation, lang)
    return f"{who} — {words['title']} · {words['as_of']} {as_of.isoformat()} · {words['scenario']}: {what}"


def render_map(
    graph: nx.MultiDiGraph,
    target: str | Path | IO[bytes],
    format: str = "png",
    *,
    size: tuple[float, float] | None = None,
    dpi: int = 150,
    title: str | None = None,
    organisation: str = "",
    **draw_options: Any,
) -> MapDrawing:
    """Draw the map into a new ``Figure`` and write it to ``target`` as PNG or SVG.

    ``draw_options`` are those of ``draw_graph`` (findings, reference, as_of, scenario, filters,
    lang, overview, flow_labels). The page is sized so every name is written whole at its natural
    size; above the map stand ``title`` or, by default, the organisation, the as-of date and the
    scenario.
    """
    if format not in ("png", "svg"):
        raise ValueError(f"unsupported map format {format!r} (png or svg)")
    draw_options.setdefault("label_limit", 100_000)
    figure = Figure(figsize=size or (8.0, 5.0))
    ax = figure.add_axes((0.0, 0.0, 1.0, 1.0))
    drawing = draw_graph(graph, ax, **draw_options)
    width, height = _natural_size(ax)
    figure.set_size_inches(
        *(size or (width + LEGEND_INCHES + 2 * MARGIN_INCHES, height + HEADER_INCHES + 2 * MARGIN_INCHES))
    )
    fw, fh = figure.get_size_inches()
    ax.set_position(
        (
            MARGIN_INCHES / fw,
            MARGIN_INCHES / fh,
            min(width, fw - LEGEND_INCHES) / fw,
            min(height, fh - HEADER_INCHES) / fh,
        )
    )
    drawing.refresh_labels()
    as_of = draw_options.get("as_of") or dt.date.today()
    header = title or map_header(
        organisation, as_of, draw_options.get("scenario", NO_SCENARIO), draw_options.get("lang", "en")
    )
    figure.text(
        MARGIN_INCHES / fw,
        1 - 0.3 / fh,
        header,
        ha="left",
        va="center",
        fontsize=10,
        fontweight="bold",
        color="#263238",
    )
    figure.savefig(target, format=format, dpi=dpi, facecolor="white")
    return drawing


def _natural_size(ax: Axes) -> tuple[float, float]:
    """Inches the drawn map takes at its natural scale (one data unit per inch), capped for huge maps."""
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    width, height = abs(x1 - x0), abs(y1 - y0)
    shrink = min(1.0, 90.0 / max(width, 1e-9), 60.0 / max(height, 1e-9))
    return max(width * shrink, 3.0), max(height * shrink, 2.0)


def flows_of(graph: nx.MultiDiGraph, ids: Collection[FlowId]) -> list[Flow]:
    """The flows of ``graph`` with the given ids (for hover text)."""
    wanted = set(ids)
    return [f for _, _, k, f in graph.edges(keys=True, data="flow") if k in wanted]
