"""The Inspector dock: the selected party or flow, its evidence and findings, and what to do with it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue_box import CatalogueBox
from desktop.edit_actions import EditActions
from desktop.flow_editor import FlowEditor
from desktop.i18n import article, fact_lines, finding_text, label
from desktop.party_editor import PartyEditor
from desktop.session import Session
from desktop.team_link import history_lines
from model.evidence import Evidence
from model.findings import Finding

EMPTY_HINT = QT_TRANSLATE_NOOP(
    "InspectorPanel",
    "Select a party or a flow on the map or in a table to inspect it.\n\nSelect two parties to merge them.",
)


class InspectorPanel(QScrollArea):
    """Shows the editor for the selection; evidence items jump to the quoted sentence."""

    def __init__(
        self, session: Session, actions: EditActions, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.title = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.hint = QLabel(QCoreApplication.translate("InspectorPanel", EMPTY_HINT), wordWrap=True)
        self.party_editor = PartyEditor(session, language)
        self.flow_editor = FlowEditor(session)
        self.catalogue_box = CatalogueBox(session, language)
        self.pages = (self.hint, self.party_editor, self.flow_editor)
        self.evidence = QListWidget(
            toolTip=self.tr("Where this was read; activate an item to see it in its source")
        )
        self.evidence.itemActivated.connect(self._open_evidence)
        self.evidence.itemClicked.connect(self._open_evidence)
        self.findings = QListWidget(toolTip=self.tr("The findings about this party or flow"))
        self.findings.setWordWrap(True)
        self.evidence.setWordWrap(True)
        self.history = QListWidget(toolTip=self.tr("Who changed this in the team register, when, and what"))
        self.history.setWordWrap(True)
        for listing in (self.evidence, self.findings, self.history):
            listing.setMaximumHeight(150)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addLayout(self._buttons(actions))
        for page in self.pages:
            layout.addWidget(page)
        layout.addWidget(self.catalogue_box)
        for text, widget in ((self.tr("Evidence"), self.evidence), (self.tr("Findings"), self.findings)):
            layout.addWidget(QLabel(f"<b>{text}</b>"))
            layout.addWidget(widget)
        self.history_label = QLabel("<b>" + self.tr("History") + "</b>")
        layout.addWidget(self.history_label)
        layout.addWidget(self.history)
        layout.addStretch(1)
        self.setWidget(body)
        self.body = body
        session.selection_changed.connect(self.refresh)
        session.findings_changed.connect(self.refresh)
        session.path_changed.connect(self._fill_history)  # each save to a team register ends in the trail
        self.refresh()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Never narrower than the form's own minimum: it scrolls down, it is never cut at the side."""
        hint = super().minimumSizeHint()
        width = self.body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), width + 2 * self.frameWidth()), hint.height())

    def _buttons(self, actions: EditActions) -> QGridLayout:
        grid = QGridLayout()
        for i, action in enumerate(
            (actions.confirm, actions.reject, actions.merge, actions.add_subprocessor)
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.addWidget(button, i // 2, i % 2)
        return grid

    def refresh(self) -> None:
        """Show whatever is selected now."""
        project = self.session.project
        parties, flows = self.session.selected_parties, self.session.selected_flows
        self.evidence.clear()
        self.findings.clear()
        self._fill_history()
        if len(parties) == 1 and not flows:
            party = project.party(parties[0])
            self.title.setText(f"<h3>{party.name}</h3>" + self.tr("Party") + f" · {label(party.review)}")
            self.party_editor.show_party(party)
            self._show_page(self.party_editor)
            self.catalogue_box.show_party(party)
            self._fill(
                party.evidence,
                [
                    f
                    for f in self.session.findings
                    if party.id in (f.importer, f.exporter) and (f.importer == party.id or not f.flow)
                ],
            )
        elif len(flows) == 1 and not parties:
            flow = next(f for f in project.flows if f.id == flows[0])
            self.title.setText("<h3>" + self.tr("Flow") + f"</h3>{label(flow.review)}")
            self.flow_editor.show_flow(flow)
            self._show_page(self.flow_editor)
            self._fill(flow.evidence, [f for f in self.session.findings if f.flow == flow.id])
        else:
            count = len(parties) + len(flows)
            heading = self.tr("%n selected", "", count) if count else self.tr("Inspector")
            self.title.setText(f"<h3>{heading}</h3>")
            self._show_page(self.hint)

    def _fill_history(self) -> None:
        """The selected record's changes in the team register (hidden for a project file)."""
        parties, flows = self.session.selected_parties, self.session.selected_flows
        record = ("party", parties[0]) if len(parties) == 1 and not flows else None
        if len(flows) == 1 and not parties:
            record = ("flow", flows[0])
        shown = self.session.register is not None and record is not None
        self.history.clear()
        self.history_label.setVisible(shown)
        self.history.setVisible(shown)
        if shown and record is not None:
            self.history.addItems(history_lines(self.session, *record) or [self.tr("No changes recorded")])

    def _show_page(self, page: QWidget) -> None:
        """Show one page; hidden pages take no room (a stacked widget would keep the tallest's)."""
        if page is not self.party_editor:
            self.catalogue_box.show_party(None)
        for other in self.pages:
            other.setVisible(other is page)
        self.current_page = page

    def _fill(self, evidence: tuple[Evidence, ...], findings: list[Finding]) -> None:
        for e in evidence:
            quote = " ".join(e.quote.split())
            item = QListWidgetItem(f"“{quote[:140]}{'…' if len(quote) > 140 else ''}”")
            item.setToolTip(f"{e.document.path} [{e.start}:{e.end}]\n{quote}")
            item.setData(Qt.ItemDataRole.UserRole, e)
            self.evidence.addItem(item)
        if not evidence:
            self.evidence.addItem(self.tr("(added by hand: no source)"))
        for f in findings:
            item = QListWidgetItem(f"{label(f.severity).upper()} · {label(f.rule)}: {finding_text(f)}")
            item.setToolTip(f"{article(f.article)}\n{fact_lines(f)}")
            self.findings.addItem(item)
        if not findings:
            self.findings.addItem(self.tr("No findings"))

    def _open_evidence(self, item: QListWidgetItem) -> None:
        evidence = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(evidence, Evidence):
            self.session.show_evidence(evidence)
