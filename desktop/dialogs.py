"""Dialogs that add to the project: a party (or a vendor's sub-processor), a flow, a merge."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.i18n import label
from desktop.widgets import CountryCombo, EnumCombo, compact
from model.flows import Flow
from model.ids import FlowId, PartyId, fresh_id
from model.parties import CountrySource, Party, PartyKind, ReviewStatus, Role


class PartyCombo(QComboBox):
    """Pick a party by name (type to search)."""

    def __init__(self, parties: Sequence[Party], tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for party in sorted(parties, key=lambda p: p.name.casefold()):
            where = f" ({party.country})" if party.country else ""
            self.addItem(f"{party.name}{where} — {label(party.role)}", party.id)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setToolTip(tooltip)
        compact(self)

    def party_id(self) -> PartyId | None:
        """The chosen party's id (None when the text names no party)."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else None

    def set_party(self, party_id: PartyId | None) -> None:
        """Preselect a party."""
        self.setCurrentIndex(max(0, self.findData(party_id)))


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.buttons)


class AddPartyDialog(_FormDialog):
    """A party added by hand, optionally receiving data from an existing party (a sub-processor)."""

    def __init__(
        self,
        parties: Sequence[Party],
        parent: QWidget | None = None,
        *,
        role: Role = Role.PROCESSOR,
        source: PartyId | None = None,
        language: str = "en",
    ) -> None:
        title = (
            QCoreApplication.translate("AddPartyDialog", "Add sub-processor")
            if source
            else QCoreApplication.translate("AddPartyDialog", "Add party")
        )
        super().__init__(title, parent)
        self.name = QLineEdit(toolTip=self.tr("The organisation's name, or a description of the category"))
        self.role = EnumCombo(Role, self.tr("What the party is to the data"))
        self.role.set_value(role)
        self.kind = EnumCombo(
            PartyKind, self.tr("A named organisation, or a category a notice only describes")
        )
        self.country = CountryCombo(language)
        self.source = QComboBox(
            toolTip=self.tr("The party that sends data to the new one (none: add no flow)")
        )
        self.source.addItem(self.tr("(no flow)"), None)
        for p in sorted(parties, key=lambda p: p.name.casefold()):
            self.source.addItem(p.name, p.id)
        self.source.setCurrentIndex(max(0, self.source.findData(source)))
        for text, widget in (
            (self.tr("&Name"), self.name),
            (self.tr("&Role"), self.role),
            (self.tr("&Kind"), self.kind),
            (self.tr("C&ountry"), self.country),
            (self.tr("Receives data &from"), self.source),
        ):
            self.form.addRow(text, widget)
        self.finish()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.name.textChanged.connect(
            lambda t: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(t.strip()))
        )

    def result_items(self) -> tuple[Party, Flow | None]:
        """The new party and, when a source was chosen, the flow to it."""
        country = self.country.code()
        party = Party(
            id=PartyId(fresh_id("party")),
            name=self.name.text().strip(),
            role=self.role.value(),
            country=country,
            kind=self.kind.value(),
            review=ReviewStatus.CONFIRMED,
            country_confirmed=country is not None,
            country_source=CountrySource.USER if country else None,
        )
        source = self.source.currentData()
        flow = (
            Flow(FlowId(fresh_id("flow")), source, party.id, review=ReviewStatus.CONFIRMED)
            if source
            else None
        )
        return party, flow


class AddFlowDialog(_FormDialog):
    """A flow added by hand between two existing parties."""

    def __init__(
        self, parties: Sequence[Party], parent: QWidget | None = None, exporter: PartyId | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("AddFlowDialog", "Add flow"), parent)
        self.exporter = PartyCombo(parties, self.tr("The party that sends the data"))
        self.importer = PartyCombo(parties, self.tr("The party that receives the data"))
        self.exporter.set_party(exporter)
        self.form.addRow(self.tr("&From"), self.exporter)
        self.form.addRow(self.tr("&To"), self.importer)
        self.form.addRow(QLabel(self.tr("Set the data, tools and TIA in the inspector afterwards.")))
        self.finish()

    def result_flow(self) -> Flow | None:
        """The new flow, or None when the two ends are missing or the same party."""
        exporter, importer = self.exporter.party_id(), self.importer.party_id()
        if not exporter or not importer or exporter == importer:
            return None
        return Flow(FlowId(fresh_id("flow")), exporter, importer, review=ReviewStatus.CONFIRMED)


class MergeDialog(_FormDialog):
    """Choose the party to fold into ``keep`` (its name becomes an alias, its flows move over)."""

    def __init__(self, keep: Party, parties: Sequence[Party], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MergeDialog", "Merge parties"), parent)
        others = [p for p in parties if p.id != keep.id]
        self.absorb = PartyCombo(others, self.tr("The party that is the same organisation as the kept one"))
        self.form.addRow(self.tr("&Keep"), QLabel(f"<b>{keep.name}</b>"))
        self.form.addRow(self.tr("&Merge into it"), self.absorb)
        self.form.addRow(
            QLabel(self.tr("The merged party's name becomes an alias; its flows and evidence move over."))
        )
        self.finish()

    def absorbed(self) -> PartyId | None:
        """The party chosen to be merged away."""
        return self.absorb.party_id()
