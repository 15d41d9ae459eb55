"""The Inspector's box of catalogue facts for the selected party, accepted with one click."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.session import Session
from model.catalogue import Catalogue, bundled_catalogue, with_project_additions
from model.catalogue_offer import CatalogueOffer, accept, facts, offer
from model.parties import Party
from model.project import with_party


class CatalogueBox(QGroupBox):
    """What the catalogue of organisations says of one party; *Accept* applies the offered changes
    (``model.catalogue_offer``) as one undoable edit. Hidden when the catalogue does not know it."""

    def __init__(
        self,
        session: Session,
        language: str = "en",
        catalogue: Catalogue | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Catalogue of organisations"))
        self.session, self.language = session, language
        self._catalogue = catalogue  # the bundled one is loaded on first use, not at start
        self._built: tuple[str, Catalogue] | None = None
        self.party: Party | None = None
        self.offer: CatalogueOffer | None = None
        self.facts = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.accept_button = QPushButton(self.tr("Accept the catalogue's facts"))
        self.accept_button.setToolTip(
            self.tr(
                "Take the catalogue's facts for this party. The country is marked as coming from the "
                "catalogue: where the organisation is established, not where it processes the data."
            )
        )
        self.accept_button.clicked.connect(self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        layout.addWidget(self.changes)
        layout.addWidget(self.accept_button)
        self.headings = {
            "legal_name": self.tr("Legal name"),
            "matched_as": self.tr("Matched as"),
            "does": self.tr("Does"),
            "established_in": self.tr("Established in"),
            "contracting_entity": self.tr("Contracts with EU customers"),
            "parent": self.tr("Parent"),
            "domain": self.tr("Web domain"),
            "source": self.tr("Source"),
            "note": self.tr("Note"),
        }
        self.change_names = {
            "country": self.tr("country"),
            "role": self.tr("role"),
            "alias": self.tr("alias"),
        }
        self.hide()

    @property
    def catalogue(self) -> Catalogue:
        """The catalogue the facts come from: the bundled one (unless another was given) with the
        project's own additions, rebuilt only when those change."""
        additions = self.session.project.catalogue
        if self._built is None or self._built[0] != additions:
            base = self._catalogue or bundled_catalogue()
            self._built = (additions, with_project_additions(base, additions))
        return self._built[1]

    def show_party(self, party: Party | None) -> None:
        """Show the catalogue's facts for ``party`` (hide the box when there are none)."""
        self.party = party
        self.offer = offer(party, self.catalogue) if party is not None else None
        if self.offer is None:
            self.hide()
            return
        lines = (
            f"<i>{escape(self.headings[key])}</i>: {escape(text)}"
            for key, text in facts(self.offer.match, self.language)
        )
        self.facts.setText("<br>".join(lines))
        changes = self.offer.changes(self.language)
        listed = "<br>".join(f"{escape(self.change_names[what])}: {escape(value)}" for what, value in changes)
        self.changes.setText(
            self.tr("Accepting sets") + f"<br>{listed}"
            if changes
            else self.tr("The party agrees with the catalogue.")
        )
        self.accept_button.setEnabled(bool(changes) and not self.session.read_only)
        self.show()

    def _accept(self) -> None:
        if self.party is None or self.offer is None or not self.offer.changes():
            return
        updated = accept(self.party, self.offer)
        text = self.tr("Accept the catalogue's facts for {0}").format(self.party.name)
        self.session.apply(with_party(self.session.project, updated), text)
