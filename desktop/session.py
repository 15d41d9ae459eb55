"""The open project and everything derived from it; widgets subscribe to its past-tense signals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.undo import ProjectEditCommand
from model.assessment import findings as assess_project
from model.evidence import Evidence
from model.findings import NO_SCENARIO, Comparison, Finding, Scenario, compare
from model.graph import build_graph
from model.ids import FlowId, PartyId
from model.project import Project
from model.reference import ReferenceData, bundled_reference

if TYPE_CHECKING:
    from model.team_register import TeamRegister


class Session(QObject):
    """Owns the project, the undo stack, the as-of date, the scenario and the current findings.

    Every edit goes through ``apply`` (an undoable command); findings are recomputed on every
    change. Signals: ``project_changed`` (the project value was replaced), ``findings_changed``
    (after the project, the date or the scenario changed), ``selection_changed``,
    ``path_changed`` (file name or read-only state) and ``evidence_requested(Evidence)``.
    """

    project_changed = Signal()
    findings_changed = Signal()
    selection_changed = Signal()
    path_changed = Signal()
    evidence_requested = Signal(object)

    def __init__(self, reference: ReferenceData | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reference = reference or bundled_reference()
        self.undo_stack = QUndoStack(self)
        self.path: Path | None = None
        self.register: TeamRegister | None = None  # the team register the project is kept in, if any
        self.read_only = False
        self.as_of = dt.date.today()
        self.scenario: Scenario = NO_SCENARIO
        self.selected_parties: tuple[PartyId, ...] = ()
        self.selected_flows: tuple[FlowId, ...] = ()
        self._project = Project()
        self.graph: nx.MultiDiGraph = build_graph(self._project)
        self.findings: list[Finding] = []
        self.baseline: list[Finding] = []
        self.comparison = Comparison((), (), ())
        self.undo_stack.cleanChanged.connect(lambda _: self.path_changed.emit())

    @property
    def project(self) -> Project:
        """The project as it is now."""
        return self._project

    @property
    def modified(self) -> bool:
        """Whether there are changes since the project was opened or last saved."""
        return not self.undo_stack.isClean()

    def apply(self, project: Project, text: str) -> None:
        """Make ``project`` the current one as an undoable edit described by ``text``."""
        if project != self._project:
            self.undo_stack.push(ProjectEditCommand(self, self._project, project, text))

    def show_project(self, project: Project) -> None:
        """Replace the project without recording an edit (used by undo commands)."""
        self._project = project
        ids = {p.id for p in project.parties}
        self.selected_parties = tuple(p for p in self.selected_parties if p in ids)
        flows = {f.id for f in project.flows}
        self.selected_flows = tuple(f for f in self.selected_flows if f in flows)
        self._recompute()
        self.project_changed.emit()
        self.findings_changed.emit()

    def reset(
        self,
        project: Project,
        path: Path | None = None,
        *,
        read_only: bool = False,
        register: TeamRegister | None = None,
    ) -> None:
        """Start over on ``project`` (New, Open, Connect): no undo history, nothing modified."""
        self.undo_stack.clear()
        if self.register is not None and self.register is not register:
            self.register.close()
        self.path = path
        self.register = register
        self.read_only = read_only
        self.selected_parties, self.selected_flows = (), ()
        self.show_project(project)
        self.undo_stack.setClean()
        self.path_changed.emit()
        self.selection_changed.emit()

    def mark_saved(self, path: Path) -> None:
        """The project was written to ``path``."""
        self.path = path
        self.read_only = False
        self.undo_stack.setClean()
        self.path_changed.emit()

    def mark_modified(self) -> None:
        """Treat the project as unsaved (recovered work has never been saved)."""
        self.undo_stack.resetClean()
        self.path_changed.emit()

    def set_as_of(self, as_of: dt.date) -> None:
        """Assess on another date."""
        if as_of != self.as_of:
            self.as_of = as_of
            self._recompute()
            self.findings_changed.emit()

    def set_scenario(self, scenario: Scenario) -> None:
        """Assess under another what-if scenario (``NO_SCENARIO`` for today's law)."""
        if scenario != self.scenario:
            self.scenario = scenario
            self._recompute()
            self.findings_changed.emit()

    def select(self, parties: tuple[PartyId, ...] = (), flows: tuple[FlowId, ...] = ()) -> None:
        """Make these the selected parties and flows, shared by the map, tables and inspector."""
        if (tuple(parties), tuple(flows)) != (self.selected_parties, self.selected_flows):
            self.selected_parties, self.selected_flows = tuple(parties), tuple(flows)
            self.selection_changed.emit()

    def show_evidence(self, evidence: Evidence) -> None:
        """Ask the sources view to show the sentence a fact was read from."""
        self.evidence_requested.emit(evidence)

    def _recompute(self) -> None:
        self.graph = build_graph(self._project)
        options = {"as_of": self.as_of, "reference": self.reference, "graph": self.graph}
        self.findings = assess_project(self._project, scenario=self.scenario, **options)  # type: ignore[arg-type]
        if self.scenario.withdrawn:
            self.baseline = assess_project(self._project, **options)  # type: ignore[arg-type]
        else:
            self.baseline = self.findings
        self.comparison = compare(self.baseline, self.findings)
