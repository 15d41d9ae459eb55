"""Where a transfer sits in the chain: the route that feeds it and the onward recipients after it.

Built on ``model.graph.chains_from`` (one breadth-first pass from the controllers and other
sources) and ``downstream_paths`` (cached per importer, because a register of thousands of
transfers asks about the same processors many times).
"""

from __future__ import annotations

import networkx as nx

from model.graph import chain_to, chains_from, downstream_paths
from model.ids import PartyId
from model.parties import Party, Role

ONWARD_HOPS = 3  # a TIA names sub-processors and their sub-processors; deeper chains are rare
ONWARD_SHOWN = 12
ONWARD_FANOUT_LIMIT = 200  # beyond this many reachable flows the chains are counted, not listed


class Routes:
    """Cached route and onward-chain lookups on one graph."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self._graph = graph
        origins = [n for n, p in graph.nodes(data="party") if p.role is Role.CONTROLLER]
        origins += [n for n in graph.nodes if graph.in_degree(n) == 0]
        self._parents = chains_from(graph, set(origins))
        self._onward: dict[PartyId, tuple[tuple[tuple[Party, ...], ...], int]] = {}

    def _party(self, party_id: PartyId) -> Party:
        party: Party = self._graph.nodes[party_id]["party"]
        return party

    def route(self, exporter: PartyId, importer: PartyId) -> tuple[Party, ...]:
        """The parties from the origin of the data, through ``exporter``, to ``importer``."""
        chain = chain_to(self._parents, exporter)
        if importer in chain:  # data flowing back up the chain: show the hop alone
            chain = (exporter,)
        return tuple(self._party(p) for p in (*chain, importer))

    def onward(self, importer: PartyId) -> tuple[tuple[tuple[Party, ...], ...], int]:
        """The longest onward chains from ``importer`` (at most ``ONWARD_SHOWN``) and how many more."""
        if importer not in self._onward:
            self._onward[importer] = self._chains(importer)
        return self._onward[importer]

    def _chains(self, start: PartyId) -> tuple[tuple[tuple[Party, ...], ...], int]:
        hops = ONWARD_HOPS if self._reach(start) <= ONWARD_FANOUT_LIMIT else 1
        paths = downstream_paths(self._graph, start, max_hops=hops)
        prefixes = {p[:i] for p in paths for i in range(2, len(p))}
        maximal = sorted(
            (p for p in paths if p not in prefixes), key=lambda p: [self._party(x).name for x in p]
        )
        shown = tuple(tuple(self._party(x) for x in p) for p in maximal[:ONWARD_SHOWN])
        return shown, max(0, len(maximal) - ONWARD_SHOWN)

    def _reach(self, start: PartyId) -> int:
        """Flows within ``ONWARD_HOPS`` of ``start``, counted until the limit is passed."""
        frontier, seen, count = {start}, {start}, 0
        for _ in range(ONWARD_HOPS):
            nxt = set()
            for node in frontier:
                successors = set(self._graph.successors(node))
                count += len(successors)
                nxt |= successors - seen
            if count > ONWARD_FANOUT_LIMIT:
                return count
            seen |= nxt
            frontier = nxt
        return count
