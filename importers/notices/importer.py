"""``NoticeImporter``: a notice file -> a ``Contribution`` of the document, its parties and flows.

The controller is the exporter; each recipient becomes a party (named or described, review status
suggested) with a flow from the controller carrying the notice's special categories and, where
the notice says the data leaves the EEA, ``leaves_eea`` and the safeguards as transfer tools; every
flow carries the categories of data and the purposes the notice states (``stated_data``). A
statement that data may leave the EEA without naming who receives it becomes a flow to a
placeholder party "unspecified recipients outside the EEA". Ids are stable, so re-importing a
notice gives the same ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from importers.base import Progress
from importers.documents import FORMATS
from importers.notices.places import name_country, place_of
from importers.notices.reading import read_notice
from importers.notices.stated_data import StatedData, stated_data
from importers.notices.types import (
    NoticeExtraction,
    Recipient,
    Safeguard,
    SafeguardDetail,
    Span,
    TransferStatement,
)
from model.evidence import DocumentRef, Evidence
from model.flows import Flow, SpecialCategory, ToolKind, TransferTool
from model.ids import DocumentId, FlowId, PartyId, stable_id
from model.labels import described_name
from model.merge import Contribution
from model.names import name_id_parts
from model.parties import CountrySource, Party, PartyKind, Role
from model.project import Document, DocumentKind

PLACEHOLDER_NAME = "Unspecified recipients outside the EEA"

_TOOLS = {
    Safeguard.ADEQUACY: ToolKind.ADEQUACY,
    Safeguard.SCC: ToolKind.SCC,
    Safeguard.BCR: ToolKind.BCR,
    Safeguard.DPF: ToolKind.DPF,
    Safeguard.CONSENT: ToolKind.DEROGATION_CONSENT,
    Safeguard.CONTRACT_NECESSITY: ToolKind.DEROGATION_CONTRACT,
    Safeguard.OTHER_DEROGATION: ToolKind.DEROGATION_PUBLIC_INTEREST,
    Safeguard.CONTRACTUAL_UNSPECIFIED: ToolKind.CONTRACTUAL_UNSPECIFIED,
}
_DETAIL_TOOLS = {
    SafeguardDetail.PRIVACY_SHIELD: (Safeguard.DPF, ToolKind.PRIVACY_SHIELD),
    SafeguardDetail.SAFE_HARBOUR: (Safeguard.DPF, ToolKind.SAFE_HARBOUR),
    SafeguardDetail.LEGACY_SCC: (Safeguard.SCC, ToolKind.SCC_LEGACY),
    SafeguardDetail.LEGAL_CLAIMS: (Safeguard.OTHER_DEROGATION, ToolKind.DEROGATION_LEGAL_CLAIMS),
    SafeguardDetail.VITAL_INTERESTS: (Safeguard.OTHER_DEROGATION, ToolKind.DEROGATION_VITAL_INTERESTS),
}


@dataclass(frozen=True, slots=True)
class NoticeImporter:
    """Privacy notices in text, Markdown, HTML, PDF or Word."""

    name: str = "Privacy notice"
    extensions: tuple[str, ...] = tuple(FORMATS)

    def can_read(self, path: Path) -> bool:
        """Any document format ``importers.documents`` reads."""
        return path.suffix.lower() in self.extensions

    def read(self, path: Path, progress: Progress | None = None) -> Contribution:
        """Read the notice and turn its extraction into model objects; raises ``ImportFailure``."""
        if progress:
            progress(0, 2)
        notice = read_notice(path)
        if progress:
            progress(1, 2)
        contribution = contribution_from(notice.extraction, title=notice.document.title)
        if progress:
            progress(2, 2)
        return contribution


def contribution_from(x: NoticeExtraction, title: str | None = None) -> Contribution:
    """The document, parties and flows an extraction states (pure)."""
    ref = DocumentRef(x.source, x.sha256)
    controller = _controller(x, ref)
    doc = Document(
        DocumentId(stable_id("doc", x.sha256 or x.source)),
        x.source,
        x.sha256,
        DocumentKind.NOTICE,
        x.language,
        x.title or title,
        x.last_updated,
        controller.id,
        x.text,
    )
    parties = [controller]
    flows: list[Flow] = []
    special = tuple(SpecialCategory(c.category) for c in x.special_categories)
    stated = stated_data(x.text, x.language) if x.text else StatedData()
    by_recipient: dict[str, list[TransferStatement]] = {}
    for t in x.transfers:
        if t.outside_eea and t.recipient:
            by_recipient.setdefault(t.recipient, []).append(t)
    for recipient in x.recipients:
        party = _recipient_party(recipient, controller, ref, x.text, x.language)
        transfers = by_recipient.get(recipient.name, []) if recipient.name else []
        parties.append(party)
        flows.append(_flow(controller, party, recipient.evidence, special, transfers, ref, stated))
    named = {r.name for r in x.recipients if r.named and r.name}
    unnamed = [t for t in x.transfers if t.outside_eea and t.recipient not in named]
    if unnamed:
        placeholder = Party(
            PartyId(stable_id("party", controller.id, "placeholder-outside-eea")),
            PLACEHOLDER_NAME,
            Role.OTHER_THIRD_PARTY,
            None,
            PartyKind.DESCRIBED,
            placeholder=True,
            evidence=_evidence(ref, [s for t in unnamed for s in t.evidence]),
        )
        parties.append(placeholder)
        flows.append(_flow(controller, placeholder, (), special, unnamed, ref, stated))
    return Contribution((doc,), tuple(parties), tuple(flows))


def _controller(x: NoticeExtraction, ref: DocumentRef) -> Party:
    if x.controller is None:
        name = f"Controller of {Path(x.source).name or 'the notice'}"
        return Party(
            PartyId(stable_id("party", "controller", x.sha256 or x.source)),
            name,
            Role.CONTROLLER,
            kind=PartyKind.DESCRIBED,
        )
    country, source = _placed(x.text, x.controller.name, x.controller.country, x.controller.evidence)
    return Party(
        PartyId(stable_id("party", "named", *name_id_parts(x.controller.name))),
        x.controller.name,
        Role.CONTROLLER,
        country,
        country_source=source,
        evidence=_evidence(ref, x.controller.evidence),
    )


def _placed(
    text: str, name: str, extracted: str | None, evidence: tuple[Span, ...]
) -> tuple[str | None, CountrySource | None]:
    """The country the extraction found (an address's or the notice's word) or, failing that, the one
    the notice's text gives beside the name (``places.place_of``), with where it came from."""
    place = place_of(text, name, [(s.start, s.end) for s in evidence]) if text else None
    if extracted:
        by_address = place is not None and place == (extracted, "address")
        return extracted, CountrySource.ADDRESS if by_address else CountrySource.NOTICE
    if place is not None and place[1] != "domain":
        return place[0], CountrySource(place[1])
    named = name_country(name)
    if named:
        return named, CountrySource.NAME
    return (place[0], CountrySource.DOMAIN) if place else (None, None)


def _recipient_party(r: Recipient, controller: Party, ref: DocumentRef, text: str, language: str) -> Party:
    evidence = _evidence(ref, r.evidence)
    if r.named and r.name:
        country, source = _placed(text, r.name, r.country, r.evidence)
        return Party(
            PartyId(stable_id("party", "named", *name_id_parts(r.name))),
            r.name,
            Role(r.role),
            country,
            country_source=source,
            evidence=evidence,
        )
    # Described recipients are the controller's own category ("its debt collector"), one per notice.
    return Party(
        PartyId(stable_id("party", controller.id, "described", r.role, ref.sha256 or ref.path)),
        described_name(r.role, language),
        Role(r.role),
        None,
        PartyKind.DESCRIBED,
        evidence=evidence,
    )


def _flow(
    exporter: Party,
    importer: Party,
    evidence: tuple[Span, ...],
    special: tuple[SpecialCategory, ...],
    transfers: list[TransferStatement],
    ref: DocumentRef,
    stated: StatedData,
) -> Flow:
    tools = tuple(dict.fromkeys(tool for t in transfers for tool in _tools(t)))
    spans = list(evidence) + [s for t in transfers for s in t.evidence]
    return Flow(
        FlowId(stable_id("flow", exporter.id, importer.id)),
        exporter.id,
        importer.id,
        data_categories=stated.categories,
        purposes=stated.purposes,
        special_categories=special,
        tools=tools,
        leaves_eea=bool(transfers),
        evidence=_evidence(ref, spans),
    )


def _tools(t: TransferStatement) -> list[TransferTool]:
    replaced = {_DETAIL_TOOLS[d][0]: _DETAIL_TOOLS[d][1] for d in t.details if d in _DETAIL_TOOLS}
    return [TransferTool(replaced.get(s, _TOOLS[s])) for s in t.safeguards]


def _evidence(ref: DocumentRef, spans: list[Span] | tuple[Span, ...]) -> tuple[Evidence, ...]:
    return tuple(dict.fromkeys(Evidence(ref, s.start, s.end, s.quote) for s in spans))
