"""The Parties, Transfers and Findings tabs, kept in step with the session and its selection."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop.i18n import label, language
from desktop.rows import (
    ADDED,
    FINDING_COLUMNS,
    FLOW_COLUMNS,
    PARTY_COLUMNS,
    RESOLVED,
    FindingRow,
    FlowRow,
    PartyRow,
    finding_rows,
    flow_rows,
    party_rows,
)
from desktop.session import Session
from desktop.tables import TablePanel
from model.findings import Severity, counts_by_severity
from model.flows import TiaStatus
from model.labels import scenario_words
from model.parties import ReviewStatus, Role
from model.reference import DestinationStatus


def _role_choices() -> list[tuple[str, object]]:
    every = QCoreApplication.translate("TableTabs", "All roles")
    return [(every, None), *((label(r), lambda row, r=r: row.party.role is r) for r in Role)]


SCENARIO_COLUMN = next(i for i, c in enumerate(FINDING_COLUMNS) if c.header == "Scenario")


class TableTabs(QObject):
    """Builds the three table panels and keeps their rows and selection in step with the session."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.parties = TablePanel("Parties", PARTY_COLUMNS, noun=self.tr("parties"))
        self.transfers = TablePanel("Transfers", FLOW_COLUMNS, noun=self.tr("transfers"))
        self.findings = TablePanel("Findings", FINDING_COLUMNS, noun=self.tr("findings"))
        self._add_filters()
        self._origin: TablePanel | None = None  # the table the user is selecting in is left alone
        self.parties.rows_selected.connect(
            lambda rows: self._select(self.parties, parties=tuple(r.party.id for r in rows))
        )
        self.transfers.rows_selected.connect(
            lambda rows: self._select(self.transfers, flows=tuple(r.flow.id for r in rows))
        )
        self.findings.rows_selected.connect(self._finding_selected)
        session.findings_changed.connect(self.refresh)
        session.selection_changed.connect(self.follow_selection)

    def panels(self) -> list[tuple[str, str, TablePanel]]:
        """The panels with their tab titles (with a mnemonic) and tooltips."""
        return [
            (self.tr("&Parties"), self.tr("The parties table"), self.parties),
            (self.tr("&Transfers"), self.tr("The transfers table"), self.transfers),
            (self.tr("F&indings"), self.tr("The findings table"), self.findings),
        ]

    def _add_filters(self) -> None:
        self.parties.add_filter(self.tr("Show only parties with this role"), _role_choices())  # type: ignore[arg-type]
        self.parties.add_filter(
            self.tr("Show only parties in this state"),
            [
                (self.tr("Any state"), None),
                (self.tr("With findings"), lambda r: r.findings > 0),
                (self.tr("To review (suggested)"), lambda r: r.party.review is ReviewStatus.SUGGESTED),
                (self.tr("Confirmed"), lambda r: r.party.review is ReviewStatus.CONFIRMED),
                (self.tr("Rejected"), lambda r: r.party.review is ReviewStatus.REJECTED),
                (self.tr("Country unknown"), lambda r: r.party.country is None),
            ],
        )
        self.parties.add_filter(
            self.tr("Show only parties whose destination has this status"),
            [
                (self.tr("Any destination"), None),
                *((label(s), lambda r, s=s: r.status is s) for s in DestinationStatus),
            ],
        )
        self.transfers.add_filter(
            self.tr("Show only some transfers"),
            [
                (self.tr("All flows"), None),
                (self.tr("Flagged"), lambda r: r.findings > 0),
                (self.tr("Leaving the EEA"), lambda r: r.status is not DestinationStatus.EEA),
                (
                    self.tr("TIA not started"),
                    lambda r: (
                        r.flow.tia_status is TiaStatus.NOT_STARTED and r.status is not DestinationStatus.EEA
                    ),
                ),
                (self.tr("To review (suggested)"), lambda r: r.flow.review is ReviewStatus.SUGGESTED),
            ],
        )
        self.findings.add_filter(
            self.tr("Show only findings of this severity"),
            [
                (self.tr("All severities"), None),
                *((label(s), lambda r, s=s: r.finding.severity is s) for s in Severity),
            ],
        )
        self.scenario_filter = self.findings.add_filter(
            self.tr("What the scenario changes compared with today"),
            [
                (self.tr("Under the scenario"), lambda r: r.change != RESOLVED),
                (self.tr("Added by the scenario"), lambda r: r.change == ADDED),
                (self.tr("Resolved by the scenario"), lambda r: r.change == RESOLVED),
                (self.tr("Added and resolved"), lambda r: bool(r.change)),
            ],
        )

    def refresh(self) -> None:
        """Reload every table, keeping the selection."""
        s = self.session
        chosen_parties, chosen_flows = set(s.selected_parties), set(s.selected_flows)
        self.parties.set_rows(party_rows(s), keep=lambda r: r.party.id in chosen_parties)
        self.transfers.set_rows(flow_rows(s), keep=lambda r: r.flow.id in chosen_flows)
        self.findings.set_rows(
            finding_rows(s), keep=lambda r: r.finding.flow in chosen_flows and r.finding.flow
        )
        self._summarise()

    def _summarise(self) -> None:
        s = self.session
        self.scenario_filter.setEnabled(bool(s.scenario.withdrawn))
        self.findings.view.setColumnHidden(SCENARIO_COLUMN, not s.scenario.withdrawn)
        if not s.scenario.withdrawn:
            self.findings.summary.hide()
            self.scenario_filter.setCurrentIndex(0)
            return
        added, resolved = s.comparison.added, s.comparison.resolved
        high = counts_by_severity(added)[Severity.HIGH]
        self.findings.summary.setText(
            self.tr(
                "<b>{changes}</b>: compared with today the scenario adds <b>{added}</b> finding(s) "
                "({high} high) and resolves <b>{resolved}</b>."
            ).format(
                changes="; ".join(scenario_words(s.scenario.labels, language())),
                added=len(added),
                high=high,
                resolved=len(resolved),
            )
        )
        self.findings.summary.show()

    def follow_selection(self) -> None:
        """Select in every table what the session has selected."""
        parties, flows = set(self.session.selected_parties), set(self.session.selected_flows)
        if self._origin is not self.parties:
            self.parties.select_where(lambda r: isinstance(r, PartyRow) and r.party.id in parties)
        if self._origin is not self.transfers:
            self.transfers.select_where(lambda r: isinstance(r, FlowRow) and r.flow.id in flows)
        if self._origin is not self.findings:
            self.findings.select_where(
                lambda r: isinstance(r, FindingRow) and bool(r.finding.flow) and r.finding.flow in flows
            )

    def _select(self, origin: TablePanel, **selection: tuple[str, ...]) -> None:
        self._origin = origin
        try:
            self.session.select(**selection)  # type: ignore[arg-type]
        finally:
            self._origin = None

    def _finding_selected(self, rows: list[FindingRow]) -> None:
        flows = tuple(dict.fromkeys(r.finding.flow for r in rows if r.finding.flow))
        if flows:
            self._select(self.findings, flows=flows)
        else:
            parties = tuple(dict.fromkeys(r.finding.importer or r.finding.exporter for r in rows))
            self._select(self.findings, parties=tuple(p for p in parties if p))
