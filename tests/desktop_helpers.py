"""A small, realistic project for the desktop tests: a Dutch insurer's notice and its recipients.

The notice text is written for these tests; every party and flow carries evidence whose offsets
point into it, as an importer would leave them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

from model.evidence import DocumentRef, Evidence
from model.flows import Flow, ToolKind, TransferTool
from model.ids import DocumentId, FlowId, PartyId
from model.parties import Party, PartyKind, Role, ScopeAttribute, Tristate
from model.project import Document, DocumentKind, Project

NOTICE = (
    "Privacy statement of Zorgverzekeraar Noord N.V.\n\n"
    "We are Zorgverzekeraar Noord N.V., established in Groningen, the Netherlands.\n"
    "Our claims platform is hosted by Cloudhuis B.V. in Amsterdam.\n"
    "Customer contacts are kept in Pipeline CRM Inc., a processor in the United States; "
    "we rely on the EU-US Data Privacy Framework.\n"
    "Complex claims are handled by Claims Handling Ltd in the United Kingdom.\n"
    "Our customer service desk is run by Offshore Support Pvt Ltd in India.\n"
    "Unpaid premiums are passed to debt collection agencies.\n"
)
SHA = hashlib.sha256(NOTICE.encode()).hexdigest()
REF = DocumentRef("samples/noord-privacy.txt", SHA)


def evidence(fragment: str) -> tuple[Evidence, ...]:
    """Evidence for the sentence of the notice that contains ``fragment``."""
    start = NOTICE.index(fragment)
    line_start = NOTICE.rfind("\n", 0, start) + 1
    line_end = NOTICE.index("\n", start)
    return (Evidence(REF, line_start, line_end, NOTICE[line_start:line_end]),)


def party(pid: str, name: str, role: Role, country: str | None, fragment: str, **extra: object) -> Party:
    return Party(id=PartyId(pid), name=name, role=role, country=country, evidence=evidence(fragment), **extra)


def flow(fid: str, importer: str, fragment: str, *tools: ToolKind) -> Flow:
    return Flow(
        id=FlowId(fid),
        exporter=PartyId("ctrl"),
        importer=PartyId(importer),
        tools=tuple(TransferTool(t) for t in tools),
        evidence=evidence(fragment),
        data_categories=("contact details",),
    )


def sample_project() -> Project:
    """The insurer, five recipients and the notice they were read from."""
    parties = (
        party("ctrl", "Zorgverzekeraar Noord N.V.", Role.CONTROLLER, "NL", "We are Zorgverzekeraar"),
        party("hosting", "Cloudhuis B.V.", Role.IT_HOSTING, "NL", "Cloudhuis"),
        party(
            "crm",
            "Pipeline CRM Inc.",
            Role.PROCESSOR,
            "US",
            "Pipeline CRM",
            scope=((ScopeAttribute.DPF_CERTIFIED, Tristate.YES),),
        ),
        party("uk", "Claims Handling Ltd", Role.INSURER, "GB", "Claims Handling"),
        party("india", "Offshore Support Pvt Ltd", Role.PROCESSOR, "IN", "Offshore Support"),
        party(
            "debt",
            "debt collection agencies",
            Role.DEBT_COLLECTOR,
            None,
            "debt collection",
            kind=PartyKind.DESCRIBED,
        ),
    )
    flows = (
        flow("f-host", "hosting", "Cloudhuis"),
        flow("f-crm", "crm", "Pipeline CRM", ToolKind.DPF),
        flow("f-uk", "uk", "Claims Handling"),
        flow("f-india", "india", "Offshore Support", ToolKind.SCC_MODULE_2),
        flow("f-debt", "debt", "debt collection"),
    )
    document = Document(
        DocumentId("doc-noord"),
        REF.path,
        SHA,
        DocumentKind.NOTICE,
        language="en",
        title="Privacy statement of Zorgverzekeraar Noord N.V.",
        controller=PartyId("ctrl"),
        text=NOTICE,
    )
    return Project(name="Zorgverzekeraar Noord", parties=parties, flows=flows, documents=(document,))


def desktop_settings(folder: Path) -> QSettings:
    """Settings for a test window: a file of its own, recovery files in ``folder``, no autosave."""
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("recovery_dir", str(folder / "recovery"))
    settings.setValue("autosave_seconds", 3600)
    return settings
