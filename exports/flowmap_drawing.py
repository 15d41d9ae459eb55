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

from exports.flowmap_layout import X_STEP, Band
from model.ids import FlowId, PartyId

SELECT_COLOUR = "#ffb300"
LABEL_POINTS = 7.0


@dataclass(slots=True)
class MapDrawing:
    """What was drawn, for hover and picking: positions, and which artist index is which item.

    ``parties[i]`` is the party at ``positions[i]``; ``edges[j]`` are the flows drawn as curve ``j``
    of ``edge_artist``, whose points are ``segments[j]`` (flows between the same two parties in one
    direction share a curve).
    ``node_artists`` maps each node scatter to the party ids of its points, in order.
    """

    ax: Axes
    parties: list[PartyId]
    positions: np.ndarray
    bands: dict[PartyId, Band]
    labels: list[str]
    label_limit: int = 150
    edges: list[tuple[FlowId, ...]] = field(default_factory=list)
    segments: np.ndarray = field(default_factory=lambda: np.zeros((0, 2, 2)))  # (curve, point, xy)
    edge_artist: LineCollection | None = None
    node_artists: list[tuple[PathCollection, list[PartyId]]] = field(default_factory=list)
    label_artists: list[Text] = field(default_factory=list)
    selection_artists: list[Any] = field(default_factory=list)

    def position(self, party: PartyId) -> tuple[float, float]:
        """The data coordinates of a drawn party (ValueError when it is not drawn)."""
        x, y = self.positions[self.parties.index(party)]
        return float(x), float(y)

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
        rows = [index[p] for p in parties if p in index]
        if rows:
            pts = self.positions[rows]
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

    def refresh_labels(self, *_: object) -> None:
        """Write the names of the parties in view, when few enough are in view to be legible.

        Connected to the axes' limit changes, so zooming into a crowded map reveals the names.
        """
        for artist in self.label_artists:
            artist.remove()
        self.label_artists = []
        if not self.parties:
            return
        (x0, x1), (y0, y1) = sorted(self.ax.get_xlim()), sorted(self.ax.get_ylim())
        xs, ys = self.positions[:, 0], self.positions[:, 1]
        inside = np.flatnonzero((xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1))
        chars = self._label_chars()
        if len(inside) > self.label_limit or chars < 6:
            return
        for i in inside:
            text = cut(self.labels[i], chars)
            self.label_artists.append(
                self.ax.text(
                    xs[i] + 0.3,
                    ys[i],
                    text,
                    fontsize=LABEL_POINTS,
                    va="center",
                    ha="left",
                    zorder=4,
                    color="#263238",
                )
            )

    def _label_chars(self) -> int:
        """How many characters fit between two columns at the current zoom."""
        (x0, _), (x1, _) = self.ax.transData.transform([(0.0, 0.0), (X_STEP - 0.5, 0.0)])
        column_px = abs(x1 - x0)
        char_px = LABEL_POINTS * 0.6 * self.ax.figure.dpi / 72
        return int(column_px / char_px)


def cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, ending in an ellipsis when cut."""
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


def _point_segment_distance(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    ab = b - a
    length2 = np.maximum((ab**2).sum(axis=1), 1e-12)
    t = np.clip(((p - a) * ab).sum(axis=1) / length2, 0.0, 1.0)
    nearest = a + ab * t[:, None]
    distance: np.ndarray = np.hypot(*(nearest - p).T)
    return distance
