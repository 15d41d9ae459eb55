"""What the map draws as one node, and where: parties, grouped categories, or countries in bands.

Pure functions over the graph (no drawing). Positions are in inches at the map's natural scale, so a
label's width in characters converts to room on the page: every name is written whole, wrapped
over lines, and each column is as wide as its longest line.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from exports.flowmap_layout import Band
from model.countries import country_name
from model.ids import FlowId, PartyId
from model.labels import described_name, is_described_name, label
from model.parties import Party, PartyKind, Role

LABEL_POINTS = 7.5
CHAR_INCHES = LABEL_POINTS * 0.62 / 72  # a generous average glyph width, so lines never run over
LINE_INCHES = LABEL_POINTS * 1.25 / 72
WRAP_CHARS = 24
NODE_GAP = 0.32  # from a node's centre to its label
COLUMN_GAP = 0.45
BAND_GAP = 0.7
OVERVIEW_ABOVE = 120  # more nodes than this: recipients are drawn per country


@dataclass(frozen=True, slots=True)
class MapNode:
    """One mark on the map: a party, described categories of one role, or a country's parties.

    ``text`` is the full label (never cut); ``lines`` is how it is wrapped; ``members`` are the
    parties it stands for (the first is its representative for hover and selection).
    """

    key: str
    members: tuple[PartyId, ...]
    text: str
    lines: tuple[str, ...]
    band: Band
    role: Role
    kind: PartyKind
    grouped: str = ""  # "", "category" or "country"
    unconfirmed: bool = False  # a member is placed only by the catalogue, a legal form or a web domain

    @property
    def width(self) -> float:
        """Inches from the node's centre to the end of its longest label line."""
        return NODE_GAP + max(len(line) for line in self.lines) * CHAR_INCHES

    @property
    def height(self) -> float:
        """Inches of column this node takes, label lines included."""
        return max(0.42, len(self.lines) * LINE_INCHES + 0.2)


def wrap(text: str, chars: int = WRAP_CHARS) -> tuple[str, ...]:
    """``text`` over lines of about ``chars`` characters, broken only between words."""
    return tuple(textwrap.wrap(text, chars, break_long_words=False, break_on_hyphens=False)) or (text,)


def party_text(party: Party) -> str:
    """A party's label: its whole name and, when known, its country code ("US?" when only the
    catalogue, a legal form or a web domain places it there)."""
    if not party.country:
        return party.name
    return f"{party.name} ({party.country}{'' if party.country_settled else '?'})"


def placed_unconfirmed(party: Party) -> bool:
    """Whether the map marks the party's position as unconfirmed: it has a country, but only the
    catalogue (where it is established), its legal form or a web domain gives it."""
    return party.country is not None and not party.country_settled


def map_nodes(
    graph: nx.MultiDiGraph, bands: dict[PartyId, Band], *, lang: str = "en", overview: bool | None = None
) -> list[MapNode]:
    """The nodes to draw: named parties one by one; described categories of one role and band once,
    with a count; and, in the country overview, every party but the controllers per country.

    ``overview`` None chooses it when there would be more than ``OVERVIEW_ABOVE`` nodes.
    """
    parties = [p for _, p in graph.nodes(data="party")]
    groups = _group(parties, bands, by_country=bool(overview))
    if overview is None and len(groups) > OVERVIEW_ABOVE:
        groups = _group(parties, bands, by_country=True)
    return [_node(key, members, bands, lang) for key, members in groups.items()]


def _group(
    parties: list[Party], bands: dict[PartyId, Band], by_country: bool
) -> dict[tuple[object, ...], list[Party]]:
    groups: dict[tuple[object, ...], list[Party]] = {}
    for p in parties:
        band = bands[p.id]
        if by_country and p.role is not Role.CONTROLLER:
            key: tuple[object, ...] = ("country", band, p.country or "")
        elif p.kind is PartyKind.DESCRIBED:
            key = ("category", band, p.role)
        else:
            key = ("party", p.id)
        groups.setdefault(key, []).append(p)
    return groups


def _node(key: tuple[object, ...], members: list[Party], bands: dict[PartyId, Band], lang: str) -> MapNode:
    members = sorted(members, key=lambda p: p.name.casefold())
    first = members[0]
    grouped = str(key[0]) if key[0] != "party" else ""
    if grouped == "country":
        code = first.country
        where = f"{country_name(code, lang)} ({code})" if code else label("unknown", lang)
        text = f"{where} · {len(members)}"
    elif grouped == "category" and len(members) > 1:
        text = f"{label(first.role, lang)} ×{len(members)}"
    elif grouped == "category" and is_described_name(first.name, first.role):
        text = described_name(first.role, lang)  # the importer's words, in the map's language
    else:
        text, grouped = party_text(first), ""
    kind = PartyKind.NAMED if any(p.kind is PartyKind.NAMED for p in members) else PartyKind.DESCRIBED
    return MapNode(
        key="|".join(str(k) for k in key),
        members=tuple(p.id for p in members),
        text=text,
        lines=wrap(text),
        band=bands[first.id],
        role=first.role,
        kind=kind,
        grouped=grouped,
        unconfirmed=any(placed_unconfirmed(p) for p in members),
    )


def node_edges(graph: nx.MultiDiGraph, nodes: list[MapNode]) -> dict[tuple[int, int], list[FlowId]]:
    """The flows between nodes (index pairs), flows inside one node left out."""
    node_of = {p: i for i, n in enumerate(nodes) for p in n.members}
    edges: dict[tuple[int, int], list[FlowId]] = {}
    for u, v, key in graph.edges(keys=True):
        a, b = node_of.get(u), node_of.get(v)
        if a is not None and b is not None and a != b:
            edges.setdefault((a, b), []).append(key)
    return edges


def place_nodes(
    nodes: list[MapNode], edges: Iterable[tuple[int, int]], aspect: float = 1.7
) -> tuple[list[tuple[float, float]], dict[Band, tuple[float, float]]]:
    """Each node's position (inches; rows go down as y falls) and each band's x extent.

    Bands run left to right; inside a band, nodes are ordered by where the flows into them come
    from (controllers first in the EEA band), which keeps lines short and crossings few, and
    stacked in columns of one height, chosen so the map is about ``aspect`` times as wide as tall.
    """
    sources: dict[int, list[int]] = {}
    for a, b in edges:
        sources.setdefault(b, []).append(a)
    tallest = max((n.height for n in nodes), default=0.0)
    total = sum(n.height for n in nodes)
    best: tuple[float, list[tuple[float, float]], dict[Band, tuple[float, float]]] | None = None
    for step in range(1, 25):
        height = max(2.5, tallest, total * step / 24)
        positions, extents = _stack(nodes, sources, height)
        width = max((end for _, end in extents.values()), default=0.0)
        misfit = abs(math.log(max(width, 1e-9) / (height * aspect)))
        if best is None or misfit < best[0]:
            best = (misfit, positions, extents)
    return (best[1], best[2]) if best else ([], {})


def _stack(
    nodes: list[MapNode], sources: dict[int, list[int]], column_height: float
) -> tuple[list[tuple[float, float]], dict[Band, tuple[float, float]]]:
    rank: dict[int, float] = {}
    positions: list[tuple[float, float]] = [(0.0, 0.0)] * len(nodes)
    extents: dict[Band, tuple[float, float]] = {}
    x = 0.0
    for band in Band:
        members = [i for i, n in enumerate(nodes) if n.band is band]
        if not members:
            continue
        members.sort(key=lambda i: _order_key(nodes[i], sources.get(i, ()), rank))
        start, y, widest = x, 0.0, 0.0
        for i in members:
            node = nodes[i]
            if y > 0 and y + node.height > column_height:
                x, y, widest = x + widest + COLUMN_GAP, 0.0, 0.0
            positions[i] = (x, -(y + node.height / 2))
            rank[i] = y + node.height / 2 + x * 100
            y += node.height
            widest = max(widest, node.width)
        extents[band] = (start, x + widest)
        x += widest + COLUMN_GAP + BAND_GAP
    return positions, extents


def _order_key(node: MapNode, sources: Iterable[int], rank: dict[int, float]) -> tuple[object, ...]:
    placed = [rank[s] for s in sources if s in rank]
    centre = sum(placed) / len(placed) if placed else math.inf
    return (node.role is not Role.CONTROLLER, centre, node.role.value, node.text.casefold())
