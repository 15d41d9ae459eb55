"""Large, varied projects for the store's fault tests and benchmarks, built deterministically."""

from __future__ import annotations

import datetime as dt
import random

from model.evidence import DocumentRef, Evidence
from model.flows import Flow, SpecialCategory, TiaStatus, ToolKind, TransferTool
from model.ids import DocumentId, FlowId, PartyId
from model.parties import Party, PartyKind, ReviewStatus, Role
from model.project import Document, DocumentKind, Project

COUNTRIES = ("NL", "DE", "FR", "BE", "IE", "US", "IN", "GB", "CH", "JP", "BR", None)
SENTENCE = "Wij delen uw persoonsgegevens met {name} in {country} voor {purpose}. "
PURPOSES = ("schadebehandeling", "hosting", "incasso", "klanttevredenheidsonderzoek", "herverzekering")


def large_project(
    parties: int = 400,
    flows: int = 800,
    documents: int = 20,
    *,
    seed: int = 1,
    name: str = "Zorgverzekeraar Noord",
) -> Project:
    """A project with ``parties``, ``flows`` and notices of about 20 kB each, all with evidence."""
    rng = random.Random(seed)
    docs = tuple(_document(i, rng) for i in range(documents))
    refs = [DocumentRef(d.path, d.sha256) for d in docs] or [DocumentRef("notice.txt", "0" * 64)]
    controller = Party(
        PartyId("ctrl"), "Zorgverzekeraar Noord N.V.", Role.CONTROLLER, "NL", review=ReviewStatus.CONFIRMED
    )
    people = [controller, *(_party(i, rng, refs) for i in range(parties - 1))]
    ids = [p.id for p in people]
    links = tuple(_flow(i, rng, ids, refs) for i in range(flows))
    return Project(
        name=name,
        parties=tuple(people),
        flows=links,
        documents=docs,
        created=dt.date(2025, 1, 1) + dt.timedelta(days=seed % 300),
        notes=f"seed {seed}",
    )


def _document(i: int, rng: random.Random) -> Document:
    text = "".join(
        SENTENCE.format(
            name=f"Leverancier {rng.randrange(10_000)} B.V.",
            country=rng.choice(["Nederland", "Duitsland", "India"]),
            purpose=rng.choice(PURPOSES),
        )
        for _ in range(200)
    )
    return Document(
        DocumentId(f"doc-{i}"),
        f"notices/notice {i} – é.txt",
        f"{i:064x}",
        DocumentKind.NOTICE,
        "nl",
        f"Privacyverklaring {i}",
        dt.date(2024, 1 + i % 12, 1),
        PartyId("ctrl"),
        text,
    )


def _evidence(rng: random.Random, refs: list[DocumentRef]) -> tuple[Evidence, ...]:
    start = rng.randrange(0, 15_000)
    return (Evidence(rng.choice(refs), start, start + 60, "x" * 60),)


def _party(i: int, rng: random.Random, refs: list[DocumentRef]) -> Party:
    role = rng.choice([r for r in Role if r is not Role.CONTROLLER])
    return Party(
        PartyId(f"p-{i}"),
        f"Leverancier {i} B.V.",
        role,
        rng.choice(COUNTRIES),
        kind=PartyKind.NAMED if i % 7 else PartyKind.DESCRIBED,
        aliases=(f"Leverancier {i}",) if i % 3 == 0 else (),
        review=rng.choice(list(ReviewStatus)),
        notes="bevestigd door DPO" if i % 5 == 0 else "",
        evidence=_evidence(rng, refs),
    )


def _flow(i: int, rng: random.Random, ids: list[PartyId], refs: list[DocumentRef]) -> Flow:
    exporter, importer = rng.sample(ids, 2)
    tools = (TransferTool(rng.choice(list(ToolKind)), f"contract {i}", dt.date(2023, 1, 1)),) if i % 2 else ()
    return Flow(
        FlowId(f"f-{i}"),
        exporter,
        importer,
        data_categories=("naam", "adres"),
        special_categories=(SpecialCategory.HEALTH,) if i % 4 == 0 else (),
        purposes=(rng.choice(PURPOSES),),
        tools=tools,
        leaves_eea=bool(i % 3),
        tia_status=rng.choice(list(TiaStatus)),
        review=rng.choice(list(ReviewStatus)),
        evidence=_evidence(rng, refs),
    )
