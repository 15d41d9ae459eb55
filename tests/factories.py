"""Small builders for realistic test projects (a Dutch insurer, its processors and their vendors)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from model.evidence import DocumentRef, Evidence
from model.flows import Flow, SpecialCategory, TiaStatus, ToolKind, TransferTool
from model.ids import FlowId, PartyId
from model.interchange import project_json
from model.parties import Party, PartyKind, Role, ScopeAttribute, Tristate
from model.project import Project

NOTICE = DocumentRef("privacyverklaring-zorgverzekeraar.txt", "0" * 64)


def quote(text: str, start: int = 0) -> Evidence:
    """Evidence quoting ``text`` at ``start`` in the test notice."""
    return Evidence(NOTICE, start, start + len(text), text)


def party(
    pid: str,
    name: str,
    role: Role = Role.PROCESSOR,
    country: str | None = None,
    *,
    dpf: Tristate | None = None,
    kind: PartyKind = PartyKind.NAMED,
    placeholder: bool = False,
) -> Party:
    """A party; ``dpf`` sets the DPF certification attribute when given."""
    scope = ((ScopeAttribute.DPF_CERTIFIED, dpf),) if dpf and dpf is not Tristate.UNKNOWN else ()
    return Party(PartyId(pid), name, role, country, kind=kind, scope=scope, placeholder=placeholder)


def flow(
    fid: str,
    exporter: str,
    importer: str,
    *tools: ToolKind,
    special: tuple[SpecialCategory, ...] = (),
    tia: TiaStatus = TiaStatus.NOT_STARTED,
    review: dt.date | None = None,
    leaves_eea: bool = False,
) -> Flow:
    """A flow relying on ``tools`` (none when omitted)."""
    return Flow(
        FlowId(fid),
        PartyId(exporter),
        PartyId(importer),
        special_categories=special,
        tools=tuple(TransferTool(kind, reference=f"contract {fid}") for kind in tools),
        tia_status=tia,
        tia_review_date=review,
        leaves_eea=leaves_eea,
        evidence=(quote(f"Wij delen gegevens met {importer}."),),
    )


def insurer() -> Party:
    """The controller every test project starts from: a Dutch health insurer."""
    return party("ctrl", "Zorgverzekeraar Noord N.V.", Role.CONTROLLER, "NL")


def project(*items: Party | Flow, name: str = "Zorgverzekeraar Noord") -> Project:
    """A project of the insurer plus the given parties and flows."""
    parties = (insurer(), *(i for i in items if isinstance(i, Party)))
    flows = tuple(i for i in items if isinstance(i, Flow))
    return Project(name=name, parties=parties, flows=flows)


def insurer_with_three_recipients(india_tool: ToolKind | None = None) -> Project:
    """The insurer sending to a DPF-certified US host, an Indian claims handler and a UK actuary."""
    india_tools = (india_tool,) if india_tool else ()
    return project(
        party("us", "Cloudly Inc.", country="US", dpf=Tristate.YES),
        party("in", "Mumbai Claims Pvt Ltd", country="IN"),
        party("uk", "Brighton Actuaries Ltd", country="GB"),
        flow("f1", "ctrl", "us"),
        flow("f2", "ctrl", "in", *india_tools),
        flow("f3", "ctrl", "uk"),
    )


def write_project_json(folder: Path, p: Project, name: str = "insurer.json") -> Path:
    """``p`` written as a JSON interchange file in ``folder``."""
    path = folder / name
    path.write_text(project_json(p), encoding="utf-8")
    return path


# Words of notices in the four languages (roles, negation, countries, legal forms, dates) and the
# marks around them, for property tests that make text notices might hold.
NOTICE_WORDS = (
    "we",
    "share",
    "data",
    "with",
    "third",
    "parties",
    "outside",
    "the",
    "EEA",
    "derden",
    "buiten",
    "de",
    "EER",
    "Dritte",
    "außerhalb",
    "der",
    "EU",
    "tiers",
    "hors",
    "l'UE",
    "GmbH",
    "B.V.",
    "Ltd",
    "SA",
    "US",
    "VS",
    "Indien",
    "India",
    "standard",
    "contractual",
    "clauses",
    "health",
    "santé",
    "Gesundheit",
    ":",
    ";",
    ".",
    ",",
    "\n",
    "\n\n",
    "-",
    "*",
    "#",
    "**",
    "(",
    ")",
    "processors",
    "auditors",
    "incassobureau",
    "niet",
    "not",
    "nicht",
    "ne",
    "pas",
    "such",
    "as",
    "zoals",
    "insbesondere",
    "Acme",
    "Northwind",
    "Zürich",
    "CH-8001",
    "2",
    "maart",
    "2018",
    "Stand:",
    "01.02.2024",
    "salary",
    "salaris",
    "bijzondere",
    "in",
    "United",
    "States",
    "Verenigde",
    "Staten",
    "Google",
    "payment",
    "provider",
    "la",
    "Suisse",
)
