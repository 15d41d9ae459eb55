"""The data-flow graph: parties as nodes, flows as keyed edges of a networkx MultiDiGraph."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

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


def chains_from(graph: nx.MultiDiGraph, origins: Iterable[PartyId]) -> dict[PartyId, PartyId | None]:
    """Breadth-first parents from ``origins``: for every party reachable from one, who feeds it on a
    shortest chain (None for the origins). One pass over the graph, so cycles end."""
    parents: dict[PartyId, PartyId | None] = {o: None for o in sorted(origins)}
    queue = deque(parents)
    while queue:
        node = queue.popleft()
        for nxt in sorted(set(graph.successors(node))):
            if nxt not in parents:
                parents[nxt] = node
                queue.append(nxt)
    return parents


def chain_to(parents: dict[PartyId, PartyId | None], node: PartyId) -> tuple[PartyId, ...]:
    """The chain of parties from an origin down to ``node`` (just ``(node,)`` when unreached)."""
    path = [node]
    while (parent := parents.get(path[-1])) is not None:
        path.append(parent)
    return tuple(reversed(path))


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
