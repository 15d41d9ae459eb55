"""The Sources dock: imported notices and registers, and a document's text with its facts highlighted."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QSplitter, QTextEdit, QVBoxLayout, QWidget

from desktop.rows import DOCUMENT_COLUMNS, DocumentRow, document_rows
from desktop.session import Session
from desktop.tables import TablePanel
from model.evidence import Evidence
from model.ids import FlowId, PartyId
from model.project import Document

PARTY_SHADE, FLOW_SHADE, FLAGGED_SHADE = "#d6e9fb", "#fff2b3", "#f9d3d3"


@dataclass(frozen=True, slots=True)
class Span:
    """A highlighted stretch of the text and the party or flow it is evidence for."""

    start: int
    end: int
    party: PartyId | None = None
    flow: FlowId | None = None


class SourcesPanel(QWidget):
    """The documents table above the selected document's text."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table = TablePanel("Sources", DOCUMENT_COLUMNS, self, noun=self.tr("sources"))
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setToolTip(
            self.tr(
                "Highlighted: blue, a party was read here; yellow, a flow; red, a flagged flow. "
                "Click a highlight to select what was read from it."
            )
        )
        self.legend = QLabel(wordWrap=True)
        # A long path must not widen the dock (and the window) past the screen: it wraps, or is cut
        # at the dock's edge with the whole path in the tooltip.
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.document: Document | None = None
        self.spans: list[Span] = []
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(4, 0, 4, 4)
        inner.addWidget(self.legend)
        inner.addWidget(self.text, 1)
        splitter.addWidget(holder)
        splitter.setSizes([160, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.table.rows_selected.connect(self._rows_selected)
        self.text.cursorPositionChanged.connect(self._clicked_in_text)
        session.findings_changed.connect(self.refresh)
        session.evidence_requested.connect(self.show_evidence)

    def refresh(self) -> None:
        """Reload the documents and re-highlight the shown one."""
        documents = self.session.project.documents
        shown = self.document.id if self.document else (documents[0].id if documents else None)
        self.table.set_rows(document_rows(self.session), keep=lambda r: r.document.id == shown)
        docs = {d.id: d for d in self.session.project.documents}
        self.show_document(docs.get(shown) if shown else None)

    def _rows_selected(self, rows: list[DocumentRow]) -> None:
        self.show_document(rows[0].document if rows else None)

    def show_document(self, document: Document | None) -> None:
        """Show ``document``'s text with every extracted fact highlighted."""
        self.document = document
        self.text.blockSignals(True)
        if document is None:
            self.text.setPlainText("")
            self.legend.setText(self.tr("Select a source to read it."))
        elif document.error and not document.text:
            self.text.setPlainText(self.tr("This file could not be read:") + f"\n\n{document.error}")
            self.legend.setText(Path(document.path).name)
            self.legend.setToolTip(document.path)
        else:
            self.text.setPlainText(document.text)
            self.spans = self._spans(document)
            self._highlight()
            facts = self.tr("%n facts highlighted", "", len(self.spans))
            self.legend.setText(f"{Path(document.path).name} · {facts}")
            self.legend.setToolTip(document.path)
        self.text.blockSignals(False)

    def _spans(self, document: Document) -> list[Span]:
        spans: list[Span] = []
        for party in self.session.project.parties:
            spans += [Span(e.start, e.end, party=party.id) for e in party.evidence if _cites(e, document)]
        for flow in self.session.project.flows:
            spans += [Span(e.start, e.end, flow=flow.id) for e in flow.evidence if _cites(e, document)]
        limit = len(document.text)
        return [s for s in spans if 0 <= s.start < s.end <= limit]

    def _highlight(self) -> None:
        flagged = {f.flow for f in self.session.findings if f.flow}
        selections = []
        for span in sorted(self.spans, key=lambda s: s.flow is not None):  # flows (red if flagged) on top
            shade = PARTY_SHADE if span.party else (FLAGGED_SHADE if span.flow in flagged else FLOW_SHADE)
            selections.append(self._selection(span.start, span.end, shade))
        self.text.setExtraSelections(selections)

    def _selection(self, start: int, end: int, shade: str) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(shade))
        selection.cursor, selection.format = cursor, fmt
        return selection

    def show_evidence(self, evidence: Evidence) -> None:
        """Show the document ``evidence`` quotes, with the quoted sentence selected and in view."""
        document = next((d for d in self.session.project.documents if _cites(evidence, d)), None)
        if document is None:
            return
        self.table.select_where(lambda r: r.document.id == document.id)
        if self.document is None or self.document.id != document.id:
            self.show_document(document)
        self.text.blockSignals(True)
        cursor = self.text.textCursor()
        cursor.setPosition(min(evidence.start, len(document.text)))
        cursor.setPosition(min(evidence.end, len(document.text)), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        self.text.blockSignals(False)

    def selected_text(self) -> str:
        """The text selected in the document view (the quoted sentence after a jump)."""
        return self.text.textCursor().selectedText()

    def _clicked_in_text(self) -> None:
        cursor = self.text.textCursor()
        if cursor.hasSelection():
            return
        here = cursor.position()
        hits = [s for s in self.spans if s.start <= here < s.end]
        parties = tuple(dict.fromkeys(s.party for s in hits if s.party))
        flows = tuple(dict.fromkeys(s.flow for s in hits if s.flow))
        if parties:
            self.session.select(parties=parties[:1])
        elif flows:
            self.session.select(flows=flows[:1])


def _cites(evidence: Evidence, document: Document) -> bool:
    return evidence.document.sha256 == document.sha256
