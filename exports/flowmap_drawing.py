"""What a drawn map holds for the desktop: where each party and flow is, hit-testing, selection and
the names written at the current zoom. Qt-free; ``exports.flowmap.draw_graph`` returns one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.text import Text

from exports.flowmap_layout import Band
from exports.flowmap_nodes import LABEL_POINTS, LINE_INCHES, NODE_GAP, MapNode
from model.ids import FlowId, PartyId

SELECT_COLOUR = "#ffb300"
SMALLEST_POINTS = 5.0  # names smaller than this are not written; zooming in brings them back


@dataclass(slots=True)
class MapDrawing:
    """What was drawn, for hover and picking: positions, and which artist index is which item.

    ``parties[i]`` is a party drawn at ``positions[i]`` (the members of a grouped node share its
    position); ``nodes[k]`` is drawn at ``node_positions[k]`` with its whole name ``labels[k]``.
    ``edges[j]`` are the flows drawn as curve ``j`` of ``edge_artist``, whose points are
    ``segments[j]``. ``node_artists`` maps each node scatter to the party ids of its points.
    """

    ax: Axes
    parties: list[PartyId]
    positions: np.ndarray
    bands: dict[PartyId, Band]
    labels: list[str]
    label_limit: int = 150
    nodes: list[MapNode] = field(default_factory=list)
    node_positions: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    zoom_hint: str = ""
    edges: list[tuple[FlowId, ...]] = field(default_factory=list)
    segments: np.ndarray = field(default_factory=lambda: np.zeros((0, 2, 2)))  # (curve, point, xy)
    edge_artist: LineCollection | None = None
    node_artists: list[tuple[PathCollection, list[PartyId]]] = field(default_factory=list)
    label_artists: list[Text] = field(default_factory=list)
    selection_artists: list[Any] = field(default_factory=list)

    @classmethod
    def of_nodes(
        cls,
        ax: Axes,
        nodes: list[MapNode],
        places: list[tuple[float, float]],
        bands: dict[PartyId, Band],
        label_limit: int,
        zoom_hint: str = "",
    ) -> MapDrawing:
        """The drawing of ``nodes`` at ``places``: every member party at its node's place."""
        parties = [p for n in nodes for p in n.members]
        positions = np.array([places[k] for k, n in enumerate(nodes) for _ in n.members], dtype=float)
        return cls(
            ax,
            parties,
            positions.reshape(-1, 2),
            {p: bands[p] for p in parties},
            ["\n".join(n.lines) for n in nodes],
            label_limit,
            nodes,
            np.array(places, dtype=float).reshape(-1, 2),
            zoom_hint,
        )

    def position(self, party: PartyId) -> tuple[float, float]:
        """The data coordinates of a drawn party (ValueError when it is not drawn)."""
        x, y = self.positions[self.parties.index(party)]
        return float(x), float(y)

    def node_of(self, party: PartyId) -> MapNode | None:
        """The node a party is drawn in (a grouped node stands for several parties)."""
        return next((n for n in self.nodes if party in n.members), None)

    def party_at(self, x: float, y: float, radius: float = 9.0) -> PartyId | None:
        """The party drawn nearest the display point (x, y), within ``radius`` pixels."""
        if not self.parties:
            return None
        pts = self.ax.transData.transform(self.positions)
        dist = np.hypot(pts[:, 0] - x, pts[:, 1] - y)
        i = int(np.argmin(dist))
        return self.parties[i] if dist[i] <= radius else None

    def flows_at(self, x: float, y: float, radius: float = 5.0) -> tuple[FlowId, ...]:
        """The flows of the curve nearest the display point (x, y), within ``radius`` pixels."""
        if not self.edges:
            return ()
        curves, steps = self.segments, self.segments.shape[1]
        pts = self.ax.transData.transform(curves.reshape(-1, 2)).reshape(curves.shape)
        a, b = pts[:, :-1].reshape(-1, 2), pts[:, 1:].reshape(-1, 2)
        dist = _point_segment_distance(np.array([x, y]), a, b).reshape(len(curves), steps - 1).min(axis=1)
        j = int(np.argmin(dist))
        return self.edges[j] if dist[j] <= radius else ()

    def show_selection(self, parties: Iterable[PartyId] = (), flows: Iterable[FlowId] = ()) -> None:
        """Outline the selected parties and flows (the caller redraws the canvas)."""
        for artist in self.selection_artists:
            artist.remove()
        self.selection_artists = []
        wanted = set(flows)
        segs = [s for s, fl in zip(self.segments, self.edges, strict=True) if wanted.intersection(fl)]
        if segs:
            halo = LineCollection(segs, colors=SELECT_COLOUR, linewidths=7, alpha=0.6, zorder=0.9)
            self.selection_artists.append(self.ax.add_collection(halo))
        index = {p: i for i, p in enumerate(self.parties)}
        rows = sorted({tuple(self.positions[index[p]]) for p in parties if p in index})
        if rows:
            pts = np.array(rows, dtype=float)
            ring = self.ax.scatter(
                pts[:, 0],
                pts[:, 1],
                s=420,
                facecolors="none",
                edgecolors=SELECT_COLOUR,
                linewidths=3,
                zorder=4,
            )
            self.selection_artists.append(ring)

    def scale(self) -> float:
        """Display size over natural size: 1 when one data unit takes one inch on the screen or page."""
        (x0, y0), (x1, y1) = self.ax.transData.transform([(0.0, 0.0), (1.0, 1.0)])
        return float(min(abs(x1 - x0), abs(y1 - y0)) / self.ax.figure.dpi)

    def refresh_labels(self, *_: object) -> None:
        """Write the whole names of the nodes in view, when few enough are and the zoom keeps them legible.

        Connected to the axes' limit changes, so zooming into a crowded map reveals the names; names
        shrink with the map (never cut) and give way to a hint when they would be too small to read.
        """
        for artist in self.label_artists:
            artist.remove()
        self.label_artists = []
        if not self.nodes:
            return
        (x0, x1), (y0, y1) = sorted(self.ax.get_xlim()), sorted(self.ax.get_ylim())
        xs, ys = self.node_positions[:, 0], self.node_positions[:, 1]
        inside = np.flatnonzero((xs >= x0 - 3) & (xs <= x1) & (ys >= y0) & (ys <= y1))
        points = LABEL_POINTS * min(1.0, self.scale())
        if len(inside) > self.label_limit or points < SMALLEST_POINTS:
            if self.zoom_hint:
                self.label_artists.append(
                    self.ax.text(
                        0.99,
                        0.01,
                        self.zoom_hint,
                        transform=self.ax.transAxes,
                        ha="right",
                        va="bottom",
                        fontsize=8,
                        color="#546e7a",
                        zorder=6,
                    )
                )
            return
        for k in inside:
            self.label_artists.append(
                self.ax.text(
                    xs[k] + NODE_GAP * 0.6,
                    ys[k],
                    self.labels[k],
                    fontsize=points,
                    va="center",
                    ha="left",
                    zorder=4,
                    color="#263238",
                    linespacing=LINE_INCHES * 72 / LABEL_POINTS / 1.2,
                    bbox={
                        "boxstyle": "square,pad=0.1",
                        "facecolor": "white",
                        "edgecolor": "none",
                        "alpha": 0.78,
                    },
                    gid="name",
                    clip_on=True,
                )
            )


def _point_segment_distance(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    ab = b - a
    length2 = np.maximum((ab**2).sum(axis=1), 1e-12)
    t = np.clip(((p - a) * ab).sum(axis=1) / length2, 0.0, 1.0)
    nearest = a + ab * t[:, None]
    distance: np.ndarray = np.hypot(*(nearest - p).T)
    return distance
