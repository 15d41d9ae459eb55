"""The inspector's party page: every field a DPO corrects, each change one undoable edit."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.scope_check_dialog import ScopeCheckDialog
from desktop.session import Session
from desktop.widgets import CountryCombo, EnumCombo, TristateCombo
from model.parties import CountrySource, Party, PartyKind, Role, ScopeAttribute
from model.project import with_party

translate = QCoreApplication.translate

# (field label, tooltip), translated when shown.
SCOPE_LABELS = {
    ScopeAttribute.DPF_CERTIFIED: (
        QT_TRANSLATE_NOOP("PartyEditor", "DPF certified (US)"),
        QT_TRANSLATE_NOOP("PartyEditor", "On the EU-US Data Privacy Framework List"),
    ),
    ScopeAttribute.PIPEDA_SUBJECT: (
        QT_TRANSLATE_NOOP("PartyEditor", "Subject to PIPEDA (CA)"),
        QT_TRANSLATE_NOOP("PartyEditor", "Canada's decision covers PIPEDA organisations"),
    ),
    ScopeAttribute.PRIVATE_SECTOR: (
        QT_TRANSLATE_NOOP("PartyEditor", "Private sector (JP)"),
        QT_TRANSLATE_NOOP("PartyEditor", "Japan's decision covers APPI business operators"),
    ),
    ScopeAttribute.SCOPE_CONFIRMED: (
        QT_TRANSLATE_NOOP("PartyEditor", "In decision's scope (KR, IL)"),
        QT_TRANSLATE_NOOP("PartyEditor", "Inside the scope of a partial decision"),
    ),
}
# Where a country came from (model.parties.CountrySource.label), in the window's language.
COUNTRY_SOURCES = (
    QT_TRANSLATE_NOOP("CountrySource", "stated in the notice"),
    QT_TRANSLATE_NOOP("CountrySource", "read from an address"),
    QT_TRANSLATE_NOOP("CountrySource", "stated in a register"),
    QT_TRANSLATE_NOOP("CountrySource", "catalogue: established there, processing place unconfirmed"),
    QT_TRANSLATE_NOOP(
        "CountrySource", "its name or legal form: established there, processing place unconfirmed"
    ),
    QT_TRANSLATE_NOOP("CountrySource", "web domain only: unconfirmed"),
    QT_TRANSLATE_NOOP("CountrySource", "confirmed by the user"),
)
# What an edit changed, named in the Undo menu ("Change aliases of Cloudhuis B.V.").
CHANGED = (
    QT_TRANSLATE_NOOP("PartyEditor", "name"),
    QT_TRANSLATE_NOOP("PartyEditor", "role"),
    QT_TRANSLATE_NOOP("PartyEditor", "kind"),
    QT_TRANSLATE_NOOP("PartyEditor", "country"),
    QT_TRANSLATE_NOOP("PartyEditor", "country confirmation"),
    QT_TRANSLATE_NOOP("PartyEditor", "aliases"),
    QT_TRANSLATE_NOOP("PartyEditor", "notes"),
)


class PartyEditor(QWidget):
    """Edit one party. ``edited`` is emitted after a change was applied to the session."""

    edited = Signal()

    def __init__(self, session: Session, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.party: Party | None = None
        self.name = QLineEdit(toolTip=self.tr("The organisation's name as the DPO wants to see it"))
        self.role = EnumCombo(Role, self.tr("What the party is to the data"))
        self.kind = EnumCombo(
            PartyKind, self.tr("A named organisation, or a category a notice only describes")
        )
        self.country = CountryCombo(language)
        self.confirmed = QCheckBox(
            self.tr("Country confirmed"), toolTip=self.tr("A contract or the vendor states the country")
        )
        self.country_from = QLabel(
            toolTip=self.tr("Where the country came from; only some sources say where data goes")
        )
        self.country_from.setWordWrap(True)
        self.scope = {a: TristateCombo(translate("PartyEditor", tip)) for a, (_, tip) in SCOPE_LABELS.items()}
        self.dpf_check = QLabel(wordWrap=True)
        self.record_dpf = QPushButton(self.tr("Record a check…"))
        self.record_dpf.setToolTip(self.tr("Record what you saw on the DPF List, and when"))
        self.aliases = QLineEdit(toolTip=self.tr("Other names of the same organisation, separated by ';'"))
        self.notes = QLineEdit(toolTip=self.tr("Your notes on this party"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow dock puts labels above
        for text, widget in (
            (self.tr("&Name"), self.name),
            (self.tr("&Role"), self.role),
            (self.tr("&Kind"), self.kind),
            (self.tr("C&ountry"), self.country),
            ("", self.confirmed),
            (self.tr("Country from"), self.country_from),
        ):
            form.addRow(text, widget)
        for attribute, combo in self.scope.items():
            form.addRow(translate("PartyEditor", SCOPE_LABELS[attribute][0]), combo)
            if attribute is ScopeAttribute.DPF_CERTIFIED:
                form.addRow(self.tr("DPF List check"), self.record_dpf)
                form.addRow(self.dpf_check)
        form.addRow(self.tr("&Aliases"), self.aliases)
        form.addRow(self.tr("No&tes"), self.notes)
        self._connect()

    def _connect(self) -> None:
        self.name.editingFinished.connect(lambda: self._apply("name", name=self.name.text().strip()))
        self.role.activated.connect(lambda _: self._apply("role", role=self.role.value()))
        self.kind.activated.connect(lambda _: self._apply("kind", kind=self.kind.value()))
        self.country.activated.connect(lambda _: self._apply_country())
        self.country.lineEdit().editingFinished.connect(self._apply_country)
        self.confirmed.clicked.connect(
            lambda on: self._apply(
                "country confirmation",
                country_confirmed=on,
                **({"country_source": CountrySource.USER} if on else {}),
            )
        )
        for attribute, combo in self.scope.items():
            combo.activated.connect(lambda _, a=attribute, c=combo: self._apply_scope(a, c))
        self.record_dpf.clicked.connect(self._record_dpf_check)
        self.aliases.editingFinished.connect(
            lambda: self._apply("aliases", aliases=_split(self.aliases.text()))
        )
        self.notes.editingFinished.connect(lambda: self._apply("notes", notes=self.notes.text()))

    def show_party(self, party: Party) -> None:
        """Fill the fields from ``party`` (without recording edits)."""
        self.party = party
        widgets = [
            self.name,
            self.role,
            self.kind,
            self.country,
            self.confirmed,
            self.aliases,
            self.notes,
            *self.scope.values(),
        ]
        for w in widgets:
            w.blockSignals(True)
        self.name.setText(party.name)
        self.name.setCursorPosition(0)  # a long name shows its start, not its end
        self.role.set_value(party.role)
        self.kind.set_value(party.kind)
        self.country.set_code(party.country)
        self.confirmed.setChecked(party.country_confirmed)
        self.country_from.setText(country_from(party))
        for attribute, combo in self.scope.items():
            combo.set_value(party.scope_value(attribute))
        check = party.scope_check(ScopeAttribute.DPF_CERTIFIED)
        self.dpf_check.setText(
            check.summary(dt.date.today()) if check else self.tr("DPF List: never checked")
        )
        self.dpf_check.setToolTip(
            check.note if check and check.note else self.tr("Your last check of the DPF List")
        )
        self.aliases.setText("; ".join(party.aliases))
        self.notes.setText(party.notes)
        for w in widgets:
            w.blockSignals(False)
        self.setEnabled(not self.session.read_only)

    def _apply_country(self) -> None:
        code = self.country.code()
        if self.party is not None and code != self.party.country:
            self._apply(
                "country",
                country=code,
                country_confirmed=code is not None,
                country_source=CountrySource.USER if code else None,
            )

    def _apply_scope(self, attribute: ScopeAttribute, combo: TristateCombo) -> None:
        if self.party is not None:
            self._replace(self.party.with_scope(attribute, combo.value()), SCOPE_LABELS[attribute][0])

    def _record_dpf_check(self) -> None:
        if self.party is None:
            return
        dialog = ScopeCheckDialog(self.party, self)
        check = dialog.check() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if check is not None and self.party is not None:
            self._replace(self.party.with_scope_check(check), self.tr("DPF List check"))

    def _apply(self, what: str, **changes: object) -> None:
        if self.party is None or (what == "name" and not changes["name"]):
            return
        self._replace(replace(self.party, **changes), what)  # type: ignore[arg-type]

    def _replace(self, party: Party, what: str) -> None:
        if self.party is None or party == self.party:
            return
        text = self.tr("Change {what} of {name}").format(
            what=translate("PartyEditor", what), name=self.party.name
        )
        self.party = party
        self.session.apply(with_party(self.session.project, party), text)
        self.edited.emit()


def _split(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(part.strip() for part in text.split(";") if part.strip()))


def country_from(party: Party) -> str:
    """Where the party's country came from, as the inspector says it."""
    if party.country is None:
        return translate("PartyEditor", "unknown")
    if party.country_source is None:
        return translate("PartyEditor", "not recorded")
    return translate("CountrySource", party.country_source.label)
