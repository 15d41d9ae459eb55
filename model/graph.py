"""The data-flow graph: parties as nodes, flows as keyed edges of a networkx MultiDiGraph."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator

import networkx as nx

from model.flows import Flow
from model.ids import PartyId
from model.parties import Party
from model.project import Project


def build_graph(project: Project) -> nx.MultiDiGraph:
    """The graph of the project's active (not rejected) parties and flows.

    Each node carries its ``Party`` under ``"party"``; each edge is keyed by the flow id and carries
    its ``Flow`` under ``"flow"``. The project name is kept as the graph's ``"name"``.
    """
    graph = nx.MultiDiGraph(name=project.name)
    graph.add_nodes_from((p.id, {"party": p}) for p in project.active_parties())
    graph.add_edges_from((f.exporter, f.importer, f.id, {"flow": f}) for f in project.active_flows())
    return graph


def parties(graph: nx.MultiDiGraph) -> Iterator[Party]:
    """Every party in the graph."""
    for _, data in graph.nodes(data="party"):
        yield data


def flows(graph: nx.MultiDiGraph) -> Iterator[Flow]:
    """Every flow in the graph."""
    for _, _, flow in graph.edges(data="flow"):
        yield flow


def upstream_path(
    graph: nx.MultiDiGraph, start: PartyId, allowed: Callable[[PartyId], bool]
) -> tuple[PartyId, ...]:
    """The shortest chain of parties that feeds ``start``, walking back through ``allowed`` parties.

    Returns the path from its origin (a party nothing upstream feeds, or whose feeders are not
    allowed) down to ``start``; ``(start,)`` when nothing feeds it. Breadth-first, so cycles end.
    """
    parent: dict[PartyId, PartyId | None] = {start: None}
    queue = deque([start])
    origin = start
    while queue:
        node = queue.popleft()
        feeders = [p for p in graph.predecessors(node) if p not in parent and allowed(p)]
        if not feeders and node != start:
            origin = node
            break
        for feeder in sorted(feeders):
            parent[feeder] = node
            queue.append(feeder)
        origin = node
    path = [origin]
    while parent[path[-1]] is not None:
        path.append(parent[path[-1]])  # type: ignore[arg-type]
    return tuple(path)


def downstream_paths(
    graph: nx.MultiDiGraph, source: PartyId, max_hops: int = 10
) -> list[tuple[PartyId, ...]]:
    """Every simple path of at most ``max_hops`` flows that starts at ``source`` (for onward chains)."""
    paths: list[tuple[PartyId, ...]] = []
    stack: list[tuple[PartyId, ...]] = [(source,)]
    while stack:
        path = stack.pop()
        if len(path) > 1:
            paths.append(path)
        if len(path) > max_hops:
            continue
        for nxt in sorted(set(graph.successors(path[-1]))):
            if nxt not in path:
                stack.append((*path, nxt))
    return paths
