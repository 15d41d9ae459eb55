"""The one answer to "what are the findings": the Chapter V rules and the notice-against-register
reconciliation together, as ``check``, the desktop and the workbook all show them.

Every caller goes through ``findings`` so that no rule can be forgotten by one of them; which rules
exist, with their severity, article and explanation, is ``model.findings.RULES``.
"""

from __future__ import annotations

import datetime as dt

import networkx as nx

from model.findings import NO_SCENARIO, Finding, Scenario, sort_findings
from model.graph import build_graph
from model.project import Project
from model.reconcile import reconcile
from model.reference import ReferenceData, bundled_reference
from model.rules import assess


def findings(
    project: Project,
    *,
    as_of: dt.date,
    scenario: Scenario = NO_SCENARIO,
    reference: ReferenceData | None = None,
    graph: nx.MultiDiGraph | None = None,
) -> list[Finding]:
    """Every finding on ``project`` on ``as_of`` under ``scenario``, most severe first.

    ``graph`` is ``build_graph(project)``; pass it when it is already built. The result is
    deterministic and the same for every caller.
    """
    reference = reference or bundled_reference()
    graph = build_graph(project) if graph is None else graph
    chapter_v = assess(graph, as_of=as_of, scenario=scenario, reference=reference)
    documents = reconcile(project, as_of=as_of, scenario=scenario, reference=reference)
    return sort_findings(dict.fromkeys([*chapter_v, *documents]))
