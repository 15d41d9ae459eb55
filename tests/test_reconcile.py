"""Reconciliation findings: notices against registers and sub-processor lists, with evidence from both."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

from desktop.cli import main
from importers.batch import import_paths
from model.evidence import DocumentRef, Evidence
from model.findings import Finding, RuleId, Severity
from model.flows import Flow, SpecialCategory, ToolKind, TransferTool
from model.ids import DocumentId, FlowId, PartyId
from model.parties import Party, PartyKind, Role, ScopeAttribute, Tristate
from model.project import Document, DocumentKind, Project
from model.reconcile import reconcile

AS_OF = dt.date(2025, 9, 1)
FIXTURES = Path(__file__).parent / "fixtures" / "registers"
NOTICE = FIXTURES / "privacyverklaring_noorderlicht.txt"
REGISTER = FIXTURES / "verwerkersregister_nl.xlsx"
REGENERATE = os.environ.get("TA_REGENERATE") == "1"


@dataclass
class Doc:
    """A document being written line by line, handing out evidence for each line."""

    path: str
    kind: DocumentKind
    lines: list[str] = field(default_factory=list)

    def say(self, line: str) -> Evidence:
        start = sum(len(x) + 1 for x in self.lines)
        self.lines.append(line)
        return Evidence(DocumentRef(self.path, "sha-" + self.path), start, start + len(line), line)

    def document(self, controller: str = "ctrl") -> Document:
        return Document(
            DocumentId(self.path),
            self.path,
            "sha-" + self.path,
            self.kind,
            controller=PartyId(controller),
            text="\n".join(self.lines),
        )


def org(
    pid: str,
    name: str,
    role: Role = Role.PROCESSOR,
    country: str | None = None,
    *evidence: Evidence,
    kind: PartyKind = PartyKind.NAMED,
    placeholder: bool = False,
) -> Party:
    return Party(PartyId(pid), name, role, country, kind=kind, evidence=evidence, placeholder=placeholder)


def link(
    exporter: str, importer: str, *evidence: Evidence, tools: tuple[ToolKind, ...] = (), **kw: object
) -> Flow:
    return Flow(
        FlowId(f"{exporter}>{importer}"),
        PartyId(exporter),
        PartyId(importer),
        tools=tuple(TransferTool(t) for t in tools),
        evidence=evidence,
        **kw,
    )  # type: ignore[arg-type]


@pytest.fixture
def notice() -> Doc:
    return Doc("privacy.txt", DocumentKind.NOTICE)


@pytest.fixture
def register() -> Doc:
    return Doc("vendors.xlsx", DocumentKind.REGISTER)


def build(
    notice: Doc, register: Doc, parties: list[Party], flows: list[Flow], extra: tuple[Doc, ...] = ()
) -> Project:
    controller = org("ctrl", "Noorderlicht Zorg N.V.", Role.CONTROLLER, "NL")
    docs = tuple(d.document() for d in (notice, register, *extra) if d.lines)
    return Project("t", (controller, *parties), tuple(flows), docs)


def only(rule: RuleId, findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.rule is rule]


def test_a_register_transfer_the_notice_does_not_mention_is_a_silent_transfer(
    notice: Doc, register: Doc
) -> None:
    said = notice.say("Wij delen uw gegevens met verwerkers die onze IT beheren.")
    row = register.say("sheet 'Vendors', row 2: Skyvault Inc. | US | Processor | Yes | SCC module 2")
    parties = [
        org("proc", "Processors", Role.PROCESSOR, None, said, kind=PartyKind.DESCRIBED),
        org("sky", "Skyvault Inc.", Role.PROCESSOR, "US", row),
    ]
    flows = [
        link("ctrl", "proc", said),
        link("ctrl", "sky", row, tools=(ToolKind.SCC_MODULE_2,), dpa=Tristate.YES),
    ]
    [finding] = reconcile(build(notice, register, parties, flows), as_of=AS_OF)
    assert finding.rule is RuleId.NOTICE_SILENT_TRANSFER and finding.severity is Severity.MEDIUM
    assert finding.importer_name == "Skyvault Inc." and finding.country == "US"
    assert "vendors.xlsx (sheet 'Vendors', row 2)" in finding.message and "privacy.txt" in finding.message
    assert finding.evidence == (row, said)  # the register row and what the notice does say
    assert dict(finding.facts)["notices say"] == "no transfer outside the EEA"


def test_a_notice_naming_a_recipient_abroad_is_not_silent(notice: Doc, register: Doc) -> None:
    said = notice.say("Uw claims worden afgehandeld door Cigna Global Holdings Inc. in de Verenigde Staten.")
    row = register.say("sheet 'Vendors', row 2: Skyvault Inc. | US | SCC module 2")
    parties = [
        org("cigna", "Cigna Global Holdings Inc.", Role.GROUP_COMPANY, "US", said),
        org("sky", "Skyvault Inc.", Role.GROUP_COMPANY, "US", row),
    ]
    flows = [
        link("ctrl", "cigna", said),
        link("ctrl", "sky", row, tools=(ToolKind.SCC_MODULE_2,), dpa=Tristate.YES),
    ]
    assert reconcile(build(notice, register, parties, flows), as_of=AS_OF) == []


def test_special_categories_raise_a_silent_transfer(notice: Doc, register: Doc) -> None:
    notice.say("Wij delen gegevens met verwerkers.")
    row = register.say("sheet 'Vendors', row 2: Skyvault Inc. | US | SCC")
    flows = [
        link(
            "ctrl",
            "sky",
            row,
            tools=(ToolKind.SCC,),
            dpa=Tristate.YES,
            special_categories=(SpecialCategory.HEALTH,),
        )
    ]
    found = reconcile(
        build(notice, register, [org("sky", "Skyvault Inc.", country="US")], flows), as_of=AS_OF
    )
    [finding] = only(RuleId.NOTICE_SILENT_TRANSFER, found)
    assert finding.severity is Severity.HIGH


def test_without_a_notice_of_the_controller_nothing_is_said_about_notices(register: Doc) -> None:
    row = register.say("sheet 'Vendors', row 2: Skyvault Inc. | US | Processor | Yes")
    flows = [link("ctrl", "sky", row, dpa=Tristate.YES, tools=(ToolKind.SCC,))]
    project = build(
        Doc("none", DocumentKind.NOTICE), register, [org("sky", "Skyvault Inc.", country="US")], flows
    )
    assert reconcile(project, as_of=AS_OF) == []


def test_notice_naming_another_safeguard_is_a_mismatch(notice: Doc, register: Doc) -> None:
    said = notice.say("Buiten de EER gebruiken wij de standaardcontractbepalingen.")
    row = register.say("sheet 'Vendors', row 2: Skyvault Inc. | US | DPF | Yes")
    parties = [
        org(
            "out",
            "Unspecified recipients outside the EEA",
            Role.OTHER_THIRD_PARTY,
            None,
            said,
            kind=PartyKind.DESCRIBED,
            placeholder=True,
        ),
        org("sky", "Skyvault Inc.", Role.PROCESSOR, "US", row),
    ]
    flows = [
        link("ctrl", "out", said, tools=(ToolKind.SCC,), leaves_eea=True),
        link("ctrl", "sky", row, tools=(ToolKind.DPF,), dpa=Tristate.YES),
    ]
    project = build(notice, register, parties, flows)
    project = replace(
        project,
        parties=tuple(
            p.with_scope(ScopeAttribute.DPF_CERTIFIED, Tristate.YES) if p.id == "sky" else p
            for p in project.parties
        ),
    )
    [finding] = only(RuleId.NOTICE_SAFEGUARD_MISMATCH, reconcile(project, as_of=AS_OF))
    assert finding.rule is RuleId.NOTICE_SAFEGUARD_MISMATCH and finding.severity is Severity.MEDIUM
    assert dict(finding.facts)["notice says"] == "'Standard contractual clauses'"
    assert dict(finding.facts)["register says"] == "'EU-US Data Privacy Framework'"
    assert finding.evidence == (row, said)


def test_only_contractual_obligations_against_sccs_is_a_low_mismatch(notice: Doc, register: Doc) -> None:
    said = notice.say("Buiten de EER maken wij contractuele afspraken met de ontvanger.")
    row = register.say("sheet 'Vendors', row 2: NimbusMail Inc. | US | 2")
    parties = [
        org("out", "Outside", Role.OTHER_THIRD_PARTY, None, said, kind=PartyKind.DESCRIBED, placeholder=True),
        org("nim", "NimbusMail Inc.", Role.PROCESSOR, "US", row),
    ]
    flows = [
        link("ctrl", "out", said, tools=(ToolKind.CONTRACTUAL_UNSPECIFIED,), leaves_eea=True),
        link("ctrl", "nim", row, tools=(ToolKind.SCC_MODULE_2,), dpa=Tristate.YES),
    ]
    [finding] = only(
        RuleId.NOTICE_SAFEGUARD_MISMATCH, reconcile(build(notice, register, parties, flows), as_of=AS_OF)
    )
    assert (finding.rule, finding.severity) == (RuleId.NOTICE_SAFEGUARD_MISMATCH, Severity.LOW)
    assert "name the clauses and how to obtain a copy" in finding.message


def test_matching_safeguards_raise_nothing(notice: Doc, register: Doc) -> None:
    said = notice.say("Buiten de EER gebruiken wij standaardcontractbepalingen.")
    row = register.say("sheet 'Vendors', row 2: NimbusMail Inc. | US | SCC module 2")
    parties = [
        org("out", "Outside", Role.OTHER_THIRD_PARTY, None, said, kind=PartyKind.DESCRIBED, placeholder=True),
        org("nim", "NimbusMail Inc.", Role.PROCESSOR, "US", row),
    ]
    flows = [
        link("ctrl", "out", said, tools=(ToolKind.SCC,), leaves_eea=True),
        link("ctrl", "nim", row, tools=(ToolKind.SCC_MODULE_2,), dpa=Tristate.YES),
    ]
    found = reconcile(build(notice, register, parties, flows), as_of=AS_OF)
    assert [f.rule for f in found] == [RuleId.UNDISCLOSED_RECIPIENT]  # the notice names no processors


@pytest.mark.parametrize(
    ("role", "notice_role", "flagged"),
    [
        (Role.DEBT_COLLECTOR, Role.PROCESSOR, True),
        (Role.SURVEY_BUREAU, Role.PROCESSOR, True),
        (Role.DEBT_COLLECTOR, Role.DEBT_COLLECTOR, False),
        (Role.IT_HOSTING, Role.PROCESSOR, False),
        (Role.PROCESSOR, Role.GROUP_COMPANY, True),
    ],
)
def test_a_recipient_whose_role_no_notice_mentions_is_undisclosed(
    notice: Doc, register: Doc, role: Role, notice_role: Role, flagged: bool
) -> None:
    said = notice.say("Wij delen uw gegevens met de genoemde ontvangers.")
    row = register.say("sheet 'Vendors', row 2: Incasso Noord B.V. | NL | x | Yes")
    parties = [
        org("kind", "Described", notice_role, None, said, kind=PartyKind.DESCRIBED),
        org("v", "Incasso Noord B.V.", role, "NL", row),
    ]
    flows = [link("ctrl", "kind", said), link("ctrl", "v", row, dpa=Tristate.YES)]
    found = reconcile(build(notice, register, parties, flows), as_of=AS_OF)
    assert [f.rule for f in found] == ([RuleId.UNDISCLOSED_RECIPIENT] if flagged else [])
    if flagged:
        assert found[0].evidence == (row, said)
        assert dict(found[0].facts)["roles the notices mention"] == notice_role.value


def test_a_recipient_the_notice_names_is_disclosed(notice: Doc, register: Doc) -> None:
    said = notice.say("Achterstallige premies innen wij via Incasso Noord B.V.")
    row = register.say("sheet 'Vendors', row 2: Incasso Noord B.V. | NL | Incassobureau | Yes")
    parties = [org("v", "Incasso Noord B.V.", Role.DEBT_COLLECTOR, "NL", said, row)]
    flows = [link("ctrl", "v", said, row, dpa=Tristate.YES)]
    assert reconcile(build(notice, register, parties, flows), as_of=AS_OF) == []


@pytest.mark.parametrize(
    ("dpa", "role", "expected"),
    [
        (Tristate.NO, Role.SURVEY_BUREAU, Severity.MEDIUM),
        (Tristate.UNKNOWN, Role.PROCESSOR, Severity.LOW),
        (Tristate.UNKNOWN, Role.DEBT_COLLECTOR, None),
        (Tristate.YES, Role.PROCESSOR, None),
    ],
)
def test_a_processor_without_a_recorded_dpa(
    register: Doc, dpa: Tristate, role: Role, expected: Severity | None
) -> None:
    row = register.say("sheet 'Vendors', row 2: CloudNest B.V. | NL")
    project = build(
        Doc("-", DocumentKind.NOTICE),
        register,
        [org("v", "CloudNest B.V.", role, "NL", row)],
        [link("ctrl", "v", row, dpa=dpa)],
    )
    found = reconcile(project, as_of=AS_OF)
    assert [(f.rule, f.severity) for f in found] == (
        [(RuleId.REGISTER_MISSING_CONTRACT, expected)] if expected else []
    )


@pytest.mark.parametrize(
    ("country", "dpf", "flagged"),
    [
        ("US", Tristate.UNKNOWN, True),
        ("US", Tristate.YES, False),
        ("IN", Tristate.UNKNOWN, True),
        ("GB", Tristate.UNKNOWN, False),
        ("DE", Tristate.UNKNOWN, False),
    ],
)
def test_a_register_transfer_without_a_tool(
    register: Doc, country: str, dpf: Tristate, flagged: bool
) -> None:
    row = register.say(f"sheet 'Vendors', row 2: Vendor | {country}")
    vendor = org("v", "Vendor", Role.PROCESSOR, country, row).with_scope(ScopeAttribute.DPF_CERTIFIED, dpf)
    project = build(
        Doc("-", DocumentKind.NOTICE), register, [vendor], [link("ctrl", "v", row, dpa=Tristate.YES)]
    )
    found = reconcile(project, as_of=AS_OF)
    assert [dict(f.facts).get("register says") for f in found] == (
        ["transfer tool: none recorded"] if flagged else []
    )


def test_subprocessor_rows_are_not_held_to_the_controllers_dpa(register: Doc) -> None:
    row = register.say("sheet 'Subverwerkers', row 2: CloudNest B.V. | RackSpace GmbH | DE")
    own = register.say("sheet 'Verwerkers', row 2: CloudNest B.V. | NL | Yes")
    parties = [
        org("cn", "CloudNest B.V.", Role.PROCESSOR, "NL", own),
        org("rs", "RackSpace GmbH", Role.SUB_PROCESSOR, "DE", row),
    ]
    flows = [link("ctrl", "cn", own, dpa=Tristate.YES), link("cn", "rs", row)]
    assert reconcile(build(Doc("-", DocumentKind.NOTICE), register, parties, flows), as_of=AS_OF) == []


def test_a_subprocessor_transfer_is_checked_against_the_controllers_notice(
    notice: Doc, register: Doc
) -> None:
    notice.say("Wij delen gegevens met verwerkers.")
    listing = Doc("subprocessors.csv", DocumentKind.SUBPROCESSOR_LIST)
    own = register.say("sheet 'Vendors', row 2: CloudNest B.V. | NL | Yes")
    sub = listing.say("row 3: CloudNest B.V. | SupportDesk Inc. | United States")
    parties = [
        org("cn", "CloudNest B.V.", Role.PROCESSOR, "NL", own),
        org("sd", "SupportDesk Inc.", Role.SUB_PROCESSOR, "US", sub),
    ]
    flows = [link("ctrl", "cn", own, dpa=Tristate.YES), link("cn", "sd", sub)]
    found = reconcile(build(notice, register, parties, flows, (listing,)), as_of=AS_OF)
    [silent] = [f for f in found if f.rule is RuleId.NOTICE_SILENT_TRANSFER]
    assert (
        silent.importer_name == "SupportDesk Inc."
        and dict(silent.facts)["controller"] == "Noorderlicht Zorg N.V."
    )
    assert "subprocessors.csv (row 3)" in silent.message


# --- end to end: a notice, a register with a sub-processor sheet, read from files ---------------------


def scenario(tmp_path: Path, notice_text: str | None = None) -> Project:
    notice_path = NOTICE
    if notice_text is not None:
        notice_path = tmp_path / NOTICE.name
        notice_path.write_text(notice_text, encoding="utf-8")
    result = import_paths([notice_path, REGISTER])
    return result.project


def test_scenario_findings_match_the_golden_file(tmp_path: Path) -> None:
    findings = reconcile(scenario(tmp_path), as_of=AS_OF)
    got = [
        {
            "rule": f.rule.value,
            "severity": f.severity.value,
            "exporter": f.exporter_name,
            "importer": f.importer_name,
            "country": f.country,
            "message": f.message.replace(str(FIXTURES), "<fixtures>"),
        }
        for f in findings
    ]
    golden = FIXTURES / "scenario_noorderlicht.expected.json"
    if REGENERATE:
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(golden.read_text(encoding="utf-8"))
    assert {f["rule"] for f in got} == {
        "notice-safeguard-mismatch",
        "undisclosed-recipient",
        "register-missing-contract",
    }


def test_every_scenario_finding_quotes_both_sides_at_checkable_offsets(tmp_path: Path) -> None:
    project = scenario(tmp_path)
    texts = {(d.path, d.sha256): d.text for d in project.documents}
    kinds = {(d.path, d.sha256): d.kind for d in project.documents}
    for finding in reconcile(project, as_of=AS_OF):
        for e in finding.evidence:
            assert texts[(e.document.path, e.document.sha256)][e.start : e.end] == e.quote
        sides = {kinds[(e.document.path, e.document.sha256)] for e in finding.evidence}
        expected = (
            {DocumentKind.REGISTER}
            if finding.rule is RuleId.REGISTER_MISSING_CONTRACT
            else {DocumentKind.REGISTER, DocumentKind.NOTICE}
        )
        assert sides == expected, finding.rule


def test_scenario_without_the_transfer_paragraph_reports_silent_transfers(tmp_path: Path) -> None:
    text = NOTICE.read_text(encoding="utf-8")
    start = text.index("Gegevens buiten Europa")
    silent_text = text[:start] + text[text.index("Uw rechten") :]
    findings = reconcile(scenario(tmp_path, silent_text), as_of=AS_OF)
    silent = sorted(f.importer_name for f in findings if f.rule is RuleId.NOTICE_SILENT_TRANSFER)
    assert silent == ["DataLens LLC", "MailRelay Ltd", "NimbusMail Inc.", "SupportDesk Inc."]


def test_cli_check_reports_rules_and_reconciliation_together(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(NOTICE), str(REGISTER), "--as-of", "2025-09-01", "--json"])
    doc = json.loads(capsys.readouterr().out)
    rules_seen = {f["rule"] for f in doc["findings"]}
    assert code == 1
    assert {
        "onward-transfer",
        "undisclosed-recipient",
        "notice-safeguard-mismatch",
        "register-missing-contract",
    } <= rules_seen
    [onward] = [f for f in doc["findings"] if f["rule"] == "onward-transfer"]
    assert onward["facts"]["path"] == "Noorderlicht Zorg N.V. -> CloudNest B.V. -> SupportDesk Inc."
