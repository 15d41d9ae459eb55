"""What findings say, in four languages: one table of message templates, one function that fills them.

Every rule's every message variant is produced by a small real project below and read in English,
Dutch, German and French; the table refuses a template whose languages disagree on placeholders.
"""

from __future__ import annotations

import datetime as dt
import json
import string
from dataclasses import replace
from pathlib import Path

import pytest

from model.assessment import findings
from model.evidence import DocumentRef, Evidence
from model.findings import NO_SCENARIO, Finding, MessageCode, RuleId, Scenario
from model.flows import Flow, TiaStatus, ToolKind, TransferTool
from model.ids import DocumentId, FlowId, PartyId
from model.labels import LABELS_FILE, LANGUAGES, LabelsError, labels, message_text
from model.parties import CountrySource, Party, PartyKind, Role, ScopeAttribute, ScopeCheck, Tristate
from model.project import Document, DocumentKind, Project
from tests.factories import flow, party, project

TODAY = dt.date(2026, 11, 22)
K = ToolKind
PIECES = ("where.", "word.", "register-missing-contract.gap-")


def _run(p: Project, as_of: dt.date = TODAY, scenario: Scenario = NO_SCENARIO) -> list[Finding]:
    return findings(p, as_of=as_of, scenario=scenario)


def _india(*tools: ToolKind, **kw: object) -> Project:
    return project(
        party("in", "Mumbai Claims Pvt Ltd", Role.PROCESSOR, "IN"), flow("f", "ctrl", "in", *tools, **kw)
    )  # type: ignore[arg-type]


def _swiss() -> Project:
    return project(party("ch", "Zurich Analytics AG", Role.PROCESSOR, "CH"), flow("f", "ctrl", "ch"))


def _us_checked(on: dt.date) -> Project:
    check = ScopeCheck(ScopeAttribute.DPF_CERTIFIED, Tristate.YES, on, "A. de Vries (DPO)", "")
    vendor = party("us", "Cloudly Inc.", country="US").with_scope_check(check)
    return project(vendor, flow("f", "ctrl", "us"))


def _chain(sub_country: str, proc_country: str, *proc_tools: ToolKind) -> Project:
    return project(
        party("proc", "Helpdesk Services B.V.", Role.PROCESSOR, proc_country),
        party("sub", "Ticketing Cloud Ltd", Role.SUB_PROCESSOR, sub_country),
        flow("f1", "ctrl", "proc", *proc_tools, tia=TiaStatus.COMPLETED),
        flow("f2", "proc", "sub"),
    )


def _catalogue_placed() -> Project:
    vendor = replace(
        party("in", "Mumbai Claims Pvt Ltd", country="IN"), country_source=CountrySource.CATALOGUE
    )
    return project(vendor, flow("f", "ctrl", "in"))


def _rule_cases() -> list[tuple[MessageCode, list[Finding]]]:
    old = dt.date(2015, 1, 1)
    return [
        (MessageCode.NO_SAFEGUARD, _run(_india())),
        (MessageCode.NO_SAFEGUARD_WITHDRAWN, _run(_swiss(), scenario=Scenario(frozenset({"CH"})))),
        (MessageCode.INVALID_ALONE, _run(_india(K.PRIVACY_SHIELD))),
        (MessageCode.INVALID_BESIDE_VALID, _run(_india(K.SCC_MODULE_2, K.PRIVACY_SHIELD))),
        (MessageCode.TIA_MISSING, _run(_india(K.SCC_MODULE_2, K.BCR))),
        (MessageCode.TIA_OVERDUE, _run(_india(K.SCC_MODULE_2, tia=TiaStatus.COMPLETED, review=old))),
        (MessageCode.UNSPECIFIED_SAFEGUARD, _run(_india(K.CONTRACTUAL_UNSPECIFIED))),
        (MessageCode.DEROGATION_ONLY, _run(_india(K.DEROGATION_CONSENT))),
        (
            MessageCode.NO_SAFEGUARD_NOT_YET_IN_FORCE,
            _run(project(party("kr", "Seoul Data", country="KR"), flow("f", "ctrl", "kr")), old),
        ),
        (
            MessageCode.NO_SAFEGUARD_OUTSIDE_PARTIAL,
            _run(
                project(party("us", "Cloudly Inc.", country="US", dpf=Tristate.NO), flow("f", "ctrl", "us"))
            ),
        ),
        (
            MessageCode.ADEQUACY_EXPIRED,
            _run(
                project(party("uk", "Brighton Actuaries Ltd", country="GB"), flow("f", "ctrl", "uk")),
                dt.date(2032, 1, 1),
            ),
        ),
        (
            MessageCode.UNKNOWN_DESTINATION,
            _run(project(party("x", "Nebula Ltd"), flow("f", "ctrl", "x", leaves_eea=True))),
        ),
        (
            MessageCode.PARTIAL_UNCHECKED,
            _run(project(party("us", "Cloudly Inc.", country="US"), flow("f", "ctrl", "us"))),
        ),
        (MessageCode.PARTIAL_CHECKED_AFTER, _run(_us_checked(TODAY + dt.timedelta(days=3)))),
        (MessageCode.PARTIAL_CHECK_OLD, _run(_us_checked(TODAY - dt.timedelta(days=400)))),
        (MessageCode.PROCESSING_PLACE_UNCONFIRMED, _run(_catalogue_placed())),
        (MessageCode.LOCATION_UNCONFIRMED, _run(project(party("x", "Nebula Ltd"), flow("f", "ctrl", "x")))),
        (MessageCode.ONWARD_FROM_EEA, _run(_chain("IN", "NL"))),
        (MessageCode.ONWARD_FROM_THIRD_COUNTRY, _run(_chain("CN", "IN", K.SCC_MODULE_2))),
    ]


class _Doc:
    """A document written line by line, handing out evidence for each line."""

    def __init__(self, path: str, kind: DocumentKind) -> None:
        self.path, self.kind, self.lines = path, kind, list[str]()

    def say(self, line: str) -> Evidence:
        start = sum(len(x) + 1 for x in self.lines)
        self.lines.append(line)
        return Evidence(DocumentRef(self.path, "sha-" + self.path), start, start + len(line), line)

    def document(self) -> Document:
        text = "\n".join(self.lines)
        return Document(
            DocumentId(self.path),
            self.path,
            "sha-" + self.path,
            self.kind,
            controller=PartyId("ctrl"),
            text=text,
        )


def _reconciled(
    notice_line: str,
    row: str,
    country: str | None,
    *,
    tools: tuple[ToolKind, ...] = (),
    notice_tools: tuple[ToolKind, ...] = (),
    dpa: Tristate = Tristate.YES,
    role: Role = Role.PROCESSOR,
    placeholder: bool = False,
) -> list[Finding]:
    """A controller's notice (one sentence naming IT processors) beside a register row for a vendor."""
    notice, register = _Doc("privacy.txt", DocumentKind.NOTICE), _Doc("vendors.xlsx", DocumentKind.REGISTER)
    said = notice.say(notice_line)
    seen = register.say(row)
    ctrl = Party(PartyId("ctrl"), "Noorderlicht Zorg N.V.", Role.CONTROLLER, "NL")
    described = Party(
        PartyId("it"),
        "IT providers",
        Role.IT_HOSTING,
        None,
        kind=PartyKind.DESCRIBED,
        evidence=(said,),
        placeholder=placeholder,
    )
    vendor = Party(PartyId("v"), "Skyvault Inc.", role, country, evidence=(seen,))
    flows = [
        Flow(
            FlowId("n"),
            PartyId("ctrl"),
            PartyId("it"),
            tools=tuple(TransferTool(t) for t in notice_tools),
            leaves_eea=bool(notice_tools),
            evidence=(said,),
        ),
        Flow(
            FlowId("r"),
            PartyId("ctrl"),
            PartyId("v"),
            tools=tuple(TransferTool(t) for t in tools),
            dpa=dpa,
            leaves_eea=country is None,
            evidence=(seen,),
        ),
    ]
    p = Project("t", (ctrl, described, vendor), tuple(flows), (notice.document(), register.document()))
    return _run(p, dt.date(2025, 9, 1))


def _reconcile_cases() -> list[tuple[MessageCode, list[Finding]]]:
    it = "We share your data with IT providers."
    row = "sheet 'Vendors', row 7: Skyvault Inc. | US"
    return [
        (MessageCode.SILENT_TRANSFER, _reconciled(it, row, "US", tools=(K.SCC_MODULE_2,))),
        (
            MessageCode.SILENT_TRANSFER_NO_COUNTRY,
            _reconciled(it, "row 3: Skyvault Inc.", None, tools=(K.SCC_MODULE_2,)),
        ),
        (MessageCode.MISSING_CONTRACT, _reconciled(it, "Skyvault Inc. | US", "US", dpa=Tristate.NO)),
        (
            MessageCode.GAP_DPA_UNRECORDED,
            _reconciled(it, "line 4: Skyvault Inc. | US", "US", dpa=Tristate.UNKNOWN),
        ),
        (MessageCode.GAP_TOOL_NO_COUNTRY, _reconciled(it, row, None, dpa=Tristate.NO)),
        (MessageCode.UNDISCLOSED_RECIPIENT, _reconciled(it, row, "DE", role=Role.MARKETING_PARTNER)),
        (
            MessageCode.UNDISCLOSED_NO_RECIPIENTS,
            _reconciled(it, row, "DE", role=Role.MARKETING_PARTNER, placeholder=True),
        ),
        (MessageCode.SAFEGUARD_MISMATCH, _reconciled(it, row, "US", tools=(K.BCR,), notice_tools=(K.SCC,))),
        (
            MessageCode.SAFEGUARD_MISMATCH_CONTRACTUAL,
            _reconciled(it, row, "US", tools=(K.SCC_MODULE_2,), notice_tools=(K.CONTRACTUAL_UNSPECIFIED,)),
        ),
    ]


def _codes(finding: Finding) -> set[MessageCode]:
    """The message of a finding and every piece of sentence it is made of."""
    codes = {finding.code}
    for _, value in finding.params:
        for item in value if isinstance(value, tuple) else (value,):
            if isinstance(item, MessageCode):
                codes.add(item)
    return codes


@pytest.fixture(scope="module")
def cases() -> list[tuple[MessageCode, list[Finding]]]:
    return _rule_cases() + _reconcile_cases()


def test_every_message_variant_is_said_by_a_real_finding_in_all_four_languages(cases) -> None:  # type: ignore[no-untyped-def]
    said: set[MessageCode] = set()
    for wanted, found in cases:
        codes = set().union(*map(_codes, found))
        assert wanted in codes, (wanted, [f.code for f in found])
        said |= codes
        for finding in found:
            texts = {lang: finding.text(lang) for lang in LANGUAGES}
            for lang, text in texts.items():
                assert text.strip() and "{" not in text and "}" not in text, (lang, text)
                assert "_" not in text.replace(finding.importer_name, ""), (lang, text)  # no codes
            assert len(set(texts.values())) == len(LANGUAGES), texts
            assert texts["en"] == finding.message
    sentence_codes = {c for c in MessageCode if not c.value.startswith(("word.",))}
    assert sentence_codes <= said, sentence_codes - said
    assert {c.value.split(".")[0] for c in said} >= {r.value for r in RuleId}


def test_every_rule_has_a_message() -> None:
    for rule in RuleId:
        assert rule.value in {c.value.split(".")[0] for c in MessageCode}, rule


def test_the_words_of_a_dutch_german_and_french_message(cases) -> None:  # type: ignore[no-untyped-def]
    [[finding]] = [
        [f for f in found if f.code is MessageCode.NO_SAFEGUARD]
        for c, found in cases
        if c is MessageCode.NO_SAFEGUARD
    ]
    assert finding.text("nl") == (
        "Persoonsgegevens gaan van Zorgverzekeraar Noord N.V. naar Mumbai Claims Pvt Ltd in IN, waarvoor "
        "geen adequaatheidsbesluit geldt, en er is geen passende waarborg (art. 46) of afwijking (art. 49) "
        "vastgelegd."
    )
    assert "geeignete Garantie" in finding.text("de_DE.UTF-8") and "Ausnahme (Art. 49)" in finding.text("de")
    assert "garantie appropriée" in finding.text("fr") and "dérogation" in finding.text("fr")
    mismatch = next(
        f for c, found in cases if c is MessageCode.SAFEGUARD_MISMATCH for f in found if f.code is c
    )
    assert "„Verbindliche interne Datenschutzvorschriften“" in mismatch.text("de")
    assert "mentionne « Clauses contractuelles types », alors que" in mismatch.text("fr")
    assert "vendors.xlsx (blad 'Vendors', rij 7)" in mismatch.text("nl")
    missing = next(
        f
        for c, found in cases
        if c is MessageCode.GAP_TOOL_NO_COUNTRY
        for f in found
        if f.code is MessageCode.MISSING_CONTRACT
    )
    assert " en doorgifte-instrument " in missing.text(
        "nl"
    ) and " und Übermittlungsinstrument " in missing.text("de")


def test_a_template_renders_with_any_values_in_every_language() -> None:
    for code in MessageCode:
        template = labels()["message"][code.value]["en"]
        names = {n for _, n, _, _ in string.Formatter().parse(template) if n}
        values = {n: f"<{n}>" for n in names}
        for lang in LANGUAGES:
            text = message_text(code, values.items(), lang)
            assert all(v in text for v in values.values()), (code, lang, text)


def _write(tmp_path: Path, doc: object) -> Path:
    path = tmp_path / "labels.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("lang", "text", "error"),
    [
        ("de", "Die Übermittlung an {importer} ist erfasst.", "different placeholders"),
        ("fr", "Le transfert de {exporteur} vers {importer}.", "different placeholders"),
        ("nl", "De doorgifte van {exporter:loud} aan {importer}.", "known flags"),
        ("nl", "De doorgifte van {exporter aan {importer}.", "message.tia-overdue.nl"),
    ],
)
def test_a_template_whose_languages_disagree_is_refused(
    tmp_path: Path, lang: str, text: str, error: str
) -> None:
    doc = json.loads(LABELS_FILE.read_text(encoding="utf-8"))
    doc["groups"]["message"]["labels"]["tia-overdue"] = {
        "en": "From {exporter} to {importer}.",
        "nl": "Van {exporter} aan {importer}.",
        "de": "Von {exporter} an {importer}.",
        "fr": "De {exporter} vers {importer}.",
    }
    doc["groups"]["message"]["labels"]["tia-overdue"][lang] = text
    with pytest.raises(LabelsError, match=error):
        labels.__wrapped__(_write(tmp_path, doc))  # type: ignore[attr-defined]


def test_a_message_missing_in_one_language_is_refused(tmp_path: Path) -> None:
    doc = json.loads(LABELS_FILE.read_text(encoding="utf-8"))
    del doc["groups"]["message"]["labels"]["no-safeguard"]["fr"]
    with pytest.raises(LabelsError, match=r"message\.no-safeguard.*fr"):
        labels.__wrapped__(_write(tmp_path, doc))  # type: ignore[attr-defined]


def test_the_english_country_sources_are_the_model_s_own() -> None:
    from model.labels import label

    for source in CountrySource:
        assert label(source, "en") == source.label


def test_a_scenario_reads_in_the_reader_s_language() -> None:
    """Presets by the label table, a decision withdrawn by hand with the country's name in the
    language; the scenario itself keeps its English words (JSON gives them)."""
    from model.labels import scenario_words
    from model.reference import bundled_reference
    from model.scenarios import build_scenario

    scenario = build_scenario(bundled_reference(), ["dpf-invalidated"], ["CH"])
    assert scenario.labels == (
        "EU-US Data Privacy Framework invalidated",
        "Adequacy decision for Switzerland (CH) withdrawn",
    )
    assert scenario_words(scenario.labels, "en") == list(scenario.labels)
    assert scenario_words(scenario.labels, "nl") == [
        "EU-VS Data Privacy Framework ongeldig verklaard",
        "Adequaatheidsbesluit ingetrokken: Zwitserland (CH)",
    ]
    assert scenario_words(scenario.labels, "de")[1] == "Angemessenheitsbeschluss aufgehoben: Schweiz (CH)"
    assert scenario_words(scenario.labels, "fr")[1] == "Décision d'adéquation retirée : Suisse (CH)"
    assert scenario_words((), "nl") == ["geldend recht (geen scenario)"]
    assert scenario_words(["A preset of a newer file"], "de") == ["A preset of a newer file"]
