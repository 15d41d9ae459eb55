"""The Edit menu's actions on the selection: add, merge, confirm, reject, delete (all undoable)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.country_dialog import ask_country
from desktop.dialogs import AddFlowDialog, AddPartyDialog, MergeDialog
from desktop.i18n import label
from desktop.session import Session
from model.parties import ReviewStatus, Role
from model.project import (
    Project,
    merge_parties,
    with_flow,
    with_party,
    with_user_country,
    without_flow,
    without_party,
)


def make_action(parent: QObject, text: str, tip: str, shortcut: QKeySequence | str | None = None) -> QAction:
    """An action with its status tip and tooltip (naming the shortcut, so keyboard users learn it)."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    action.setStatusTip(tip)
    return action


class EditActions(QObject):
    """Actions that change the project through the session; enabled to suit the selection."""

    def __init__(self, session: Session, window: QWidget, language: str = "en") -> None:
        super().__init__(window)
        self.session, self.window, self.language = session, window, language
        self.add_party = make_action(
            self, self.tr("Add &party…"), self.tr("Add a party by hand"), "Ctrl+Shift+P"
        )
        self.add_subprocessor = make_action(
            self,
            self.tr("Add &sub-processor…"),
            self.tr("Add a sub-processor that receives data from the selected party"),
            "Ctrl+Shift+U",
        )
        self.add_flow = make_action(
            self, self.tr("Add &flow…"), self.tr("Add a flow between two parties by hand"), "Ctrl+Shift+F"
        )
        self.merge = make_action(
            self,
            self.tr("&Merge parties…"),
            self.tr("Merge another party into the selected one (the same organisation under two names)"),
            "Ctrl+M",
        )
        self.set_country = make_action(
            self,
            self.tr("Set c&ountry…"),
            self.tr("Set the country of the selected parties at once (as confirmed by you)"),
            "Ctrl+Shift+O",
        )
        self.confirm = make_action(
            self, self.tr("&Confirm"), self.tr("Confirm what the importer suggested"), "Ctrl+Return"
        )
        self.reject = make_action(
            self,
            self.tr("&Reject"),
            self.tr("Reject the suggestion (kept, but left out of the findings)"),
            "Ctrl+Shift+Backspace",
        )
        self.delete = make_action(
            self,
            self.tr("&Delete"),
            self.tr("Delete the selected parties or flows"),
            QKeySequence.StandardKey.Delete,
        )
        self.add_party.triggered.connect(lambda: self._add_party(None))
        self.add_subprocessor.triggered.connect(lambda: self._add_party(self._one_party()))
        self.add_flow.triggered.connect(self._add_flow)
        self.merge.triggered.connect(self._merge)
        self.set_country.triggered.connect(self._set_country)
        self.confirm.triggered.connect(lambda: self._review(ReviewStatus.CONFIRMED))
        self.reject.triggered.connect(lambda: self._review(ReviewStatus.REJECTED))
        self.delete.triggered.connect(self._delete)
        session.selection_changed.connect(self.update_enabled)
        session.path_changed.connect(self.update_enabled)
        self.update_enabled()

    def all(self) -> list[QAction]:
        """Every action, in menu order."""
        return [
            self.add_party,
            self.add_subprocessor,
            self.add_flow,
            self.merge,
            self.set_country,
            self.confirm,
            self.reject,
            self.delete,
        ]

    def update_enabled(self) -> None:
        """Enable what makes sense for the selection and whether the project can be edited."""
        editable = not self.session.read_only
        parties, flows = self.session.selected_parties, self.session.selected_flows
        self.add_party.setEnabled(editable)
        self.add_flow.setEnabled(editable and len(self.session.project.parties) >= 2)
        self.add_subprocessor.setEnabled(editable and len(parties) == 1)
        self.merge.setEnabled(editable and len(parties) in (1, 2))
        self.set_country.setEnabled(editable and bool(parties))
        for action in (self.confirm, self.reject, self.delete):
            action.setEnabled(editable and bool(parties or flows))

    def _one_party(self) -> str | None:
        parties = self.session.selected_parties
        return parties[0] if len(parties) == 1 else None

    def _add_party(self, source: str | None) -> None:
        role = Role.SUB_PROCESSOR if source else Role.PROCESSOR
        dialog = AddPartyDialog(
            self.session.project.parties,
            self.window,
            role=role,
            source=source,  # type: ignore[arg-type]
            language=self.language,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        party, flow = dialog.result_items()
        project = with_party(self.session.project, party)
        if flow is not None:
            project = with_flow(project, flow)
        self.session.apply(project, self.tr("Add {name}").format(name=party.name))
        self.session.select(parties=(party.id,))

    def _add_flow(self) -> None:
        dialog = AddFlowDialog(self.session.project.parties, self.window, exporter=self._one_party())  # type: ignore[arg-type]
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        flow = dialog.result_flow()
        if flow is None:
            QMessageBox.information(
                self.window, self.tr("Add flow"), self.tr("Choose two different parties for a flow.")
            )
            return
        self.session.apply(with_flow(self.session.project, flow), self.tr("Add a flow"))
        self.session.select(flows=(flow.id,))

    def _merge(self) -> None:
        project, selected = self.session.project, self.session.selected_parties
        if len(selected) == 2:
            keep, absorb = selected
        else:
            dialog = MergeDialog(project.party(selected[0]), project.parties, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.absorbed():
                return
            keep, absorb = selected[0], dialog.absorbed()  # type: ignore[assignment]
        names = project.party(keep).name, project.party(absorb).name
        text = self.tr("Merge {absorbed} into {kept}").format(absorbed=names[1], kept=names[0])
        self.session.apply(merge_parties(project, keep, absorb), text)
        self.session.select(parties=(keep,))

    def _set_country(self) -> None:
        parties = self.session.selected_parties
        if not parties:
            return
        current = {self.session.project.party(p).country for p in parties}
        only = next(iter(current)) if len(current) == 1 else None
        chosen = ask_country(self.window, len(parties), only, self.language)
        if chosen is None:
            return
        code = chosen.code
        name = code or self.tr("unknown")
        text = self.tr("Set the country of {0} to {1}").format(self._count(), name)
        self.session.apply(with_user_country(self.session.project, parties, code), text)

    def _review(self, status: ReviewStatus) -> None:
        project = self.session.project
        for pid in self.session.selected_parties:
            project = with_party(project, replace(project.party(pid), review=status))
        flows = {f.id: f for f in project.flows}
        for fid in self.session.selected_flows:
            project = with_flow(project, replace(flows[fid], review=status))
        self.session.apply(project, f"{label(status)} {self._count()}")

    def _delete(self) -> None:
        project: Project = self.session.project
        for fid in self.session.selected_flows:
            project = without_flow(project, fid)
        for pid in self.session.selected_parties:
            project = without_party(project, pid)
        self.session.apply(project, self.tr("Delete {items}").format(items=self._count()))
        self.session.select()

    def _count(self) -> str:
        n_p, n_f = len(self.session.selected_parties), len(self.session.selected_flows)
        parties, flows = self.tr("%n parties", "", n_p), self.tr("%n flows", "", n_f)
        if n_p and n_f:
            return self.tr("{parties} and {flows}").format(parties=parties, flows=flows)
        return parties if n_p else flows
