"""The Chapter V rules on small realistic projects: each rule fires where it should and only there."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from model.findings import RuleId, Severity, compare
from model.flows import SpecialCategory, TiaStatus, ToolKind
from model.graph import build_graph
from model.parties import PartyKind, ReviewStatus, Role, ScopeAttribute, Tristate
from model.project import Project
from model.reference import bundled_reference
from model.rules import assess
from model.scenarios import ScenarioError, build_scenario
from tests.factories import flow, party, project

TODAY = dt.date(2026, 11, 22)
K = ToolKind


def run(p: Project, as_of: dt.date = TODAY, scenario=()):  # type: ignore[no-untyped-def]
    sc = build_scenario(bundled_reference(), scenario)
    return assess(build_graph(p), as_of=as_of, scenario=sc)


def rules_of(findings, flow_id: str | None = None) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.rule.value for f in findings if flow_id is None or f.flow == flow_id}


# --- no-safeguard -----------------------------------------------------------------------------


def test_no_safeguard_to_india_without_tool() -> None:
    p = project(party("in", "Mumbai Claims Pvt Ltd", Role.PROCESSOR, "IN"), flow("f", "ctrl", "in"))
    [finding] = [f for f in run(p) if f.flow == "f"]
    assert finding.rule is RuleId.NO_SAFEGUARD
    assert finding.severity is Severity.HIGH
    assert finding.exporter_name == "Zorgverzekeraar Noord N.V." and finding.country == "IN"
    assert "Art. 46" in finding.article and finding.evidence
    assert ("destination status", "third country") in finding.facts


@pytest.mark.parametrize("country", ["DE", "NO", "AX", "CH", "GB", "JP"])
def test_no_finding_inside_eea_or_adequate(country: str) -> None:
    importer = party("x", "Receiver", Role.PROCESSOR, country).with_scope(
        ScopeAttribute.PRIVATE_SECTOR, Tristate.YES
    )
    p = project(importer, flow("f", "ctrl", "x"))
    assert rules_of(run(p), "f") == set()


def test_japan_public_body_needs_a_tool() -> None:
    importer = party("x", "Tokyo Metropolitan Office", Role.REGULATOR, "JP")
    p = project(importer.with_scope(ScopeAttribute.PRIVATE_SECTOR, Tristate.NO), flow("f", "ctrl", "x"))
    assert rules_of(run(p), "f") == {"no-safeguard"}


@pytest.mark.parametrize("tool", [K.SCC_MODULE_2, K.BCR_CONTROLLER, K.CERTIFICATION, K.AD_HOC_CLAUSES])
def test_art46_tool_replaces_no_safeguard_with_tia_check(tool: ToolKind) -> None:
    p = project(party("in", "Mumbai Claims", Role.PROCESSOR, "IN"), flow("f", "ctrl", "in", tool))
    assert rules_of(run(p), "f") == {"tia-missing"}


def test_rejected_flow_is_not_assessed() -> None:
    p = project(party("in", "Mumbai Claims", Role.PROCESSOR, "IN"), flow("f", "ctrl", "in"))
    p = replace(p, flows=tuple(replace(f, review=ReviewStatus.REJECTED) for f in p.flows))
    assert rules_of(run(p), "f") == set()


# --- US and the Data Privacy Framework --------------------------------------------------------


def test_us_importer_certified_under_dpf_is_covered() -> None:
    p = project(party("us", "Cloudly Inc.", Role.IT_HOSTING, "US", dpf=Tristate.YES), flow("f", "ctrl", "us"))
    assert rules_of(run(p), "f") == set()


def test_us_importer_not_certified_without_tool_has_no_safeguard() -> None:
    p = project(party("us", "Cloudly Inc.", Role.IT_HOSTING, "US", dpf=Tristate.NO), flow("f", "ctrl", "us"))
    [finding] = [f for f in run(p) if f.flow == "f"]
    assert finding.rule is RuleId.NO_SAFEGUARD
    assert "partial adequacy" in finding.message


def test_us_importer_with_unknown_certification_is_unverified() -> None:
    p = project(party("us", "Cloudly Inc.", Role.IT_HOSTING, "US"), flow("f", "ctrl", "us"))
    [finding] = [f for f in run(p) if f.flow == "f"]
    assert finding.rule is RuleId.PARTIAL_ADEQUACY_UNVERIFIED and finding.severity is Severity.MEDIUM
    assert any("2023/1795" in r for r in finding.reference)


def test_us_unknown_certification_but_sccs_needs_tia_not_verification() -> None:
    p = project(party("us", "Cloudly Inc.", Role.IT_HOSTING, "US"), flow("f", "ctrl", "us", K.SCC_MODULE_2))
    assert rules_of(run(p), "f") == {"tia-missing"}


def test_dpf_invalidated_scenario_turns_certified_importer_into_no_safeguard() -> None:
    p = project(party("us", "Cloudly Inc.", Role.IT_HOSTING, "US", dpf=Tristate.YES), flow("f", "ctrl", "us"))
    today = run(p)
    what_if = run(p, scenario=["dpf-invalidated"])
    [finding] = [f for f in what_if if f.flow == "f"]
    assert finding.rule is RuleId.NO_SAFEGUARD and "withdrawn under the scenario" in finding.message
    assert ("scenario", "EU-US Data Privacy Framework invalidated") in finding.facts
    diff = compare(today, what_if)
    assert [f.rule for f in diff.added] == [RuleId.NO_SAFEGUARD] and diff.resolved == ()


def test_dpf_invalidated_does_not_touch_flows_with_sccs_and_tia() -> None:
    p = project(
        party("us", "Cloudly Inc.", Role.IT_HOSTING, "US", dpf=Tristate.YES),
        flow("f", "ctrl", "us", K.SCC_MODULE_2, tia=TiaStatus.COMPLETED, review=dt.date(2027, 6, 1)),
    )
    assert rules_of(run(p, scenario=["dpf-invalidated"]), "f") == set()


def test_unknown_scenario_is_refused() -> None:
    with pytest.raises(ScenarioError, match="unknown scenario"):
        build_scenario(bundled_reference(), ["moon-landing"])
    with pytest.raises(ScenarioError, match="no adequacy decision"):
        build_scenario(bundled_reference(), withdraw=["IN"])


# --- UK expiry and dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (dt.date(2031, 12, 26), set()),
        (dt.date(2031, 12, 27), set()),
        (dt.date(2031, 12, 28), {"adequacy-expired"}),
        (dt.date(2032, 1, 1), {"adequacy-expired"}),
    ],
)
def test_uk_adequacy_expires_after_27_december_2031(as_of: dt.date, expected: set[str]) -> None:
    p = project(party("uk", "Brighton Actuaries Ltd", Role.AUDITOR_ADVISOR, "GB"), flow("f", "ctrl", "uk"))
    found = [f for f in run(p, as_of=as_of) if f.flow == "f"]
    assert rules_of(found) == expected
    if expected:
        assert found[0].severity is Severity.HIGH and "2031-12-27" in found[0].message


def test_uk_expiry_with_sccs_becomes_a_tia_question() -> None:
    p = project(
        party("uk", "Brighton Actuaries Ltd", Role.AUDITOR_ADVISOR, "GB"),
        flow("f", "ctrl", "uk", K.SCC_MODULE_1),
    )
    assert rules_of(run(p, as_of=dt.date(2032, 1, 1)), "f") == {"tia-missing"}


def test_withdraw_any_decision_by_code() -> None:
    p = project(party("ch", "Zürich Re", Role.REINSURER, "CH"), flow("f", "ctrl", "ch"))
    sc = build_scenario(bundled_reference(), withdraw=["ch"])
    found = assess(build_graph(p), as_of=TODAY, scenario=sc)
    assert rules_of(found, "f") == {"no-safeguard"}


def test_decision_not_yet_in_force_before_adoption() -> None:
    p = project(party("br", "São Paulo Saúde Ltda", Role.HEALTHCARE_PROVIDER, "BR"), flow("f", "ctrl", "br"))
    assert rules_of(run(p, as_of=dt.date(2026, 1, 1)), "f") == {"no-safeguard"}
    assert rules_of(run(p, as_of=dt.date(2026, 2, 1)), "f") == set()


# --- other single-flow rules -----------------------------------------------------------------


def test_unknown_destination_and_unspecified_safeguard_for_notice_statement() -> None:
    p = project(
        party(
            "anon",
            "unspecified recipients outside the EEA",
            Role.OTHER_THIRD_PARTY,
            kind=PartyKind.DESCRIBED,
            placeholder=True,
        ),
        flow("f", "ctrl", "anon", K.CONTRACTUAL_UNSPECIFIED, leaves_eea=True),
    )
    found = run(p)
    assert rules_of(found, "f") == {"unknown-destination", "unspecified-safeguard"}
    assert "location-unconfirmed" not in rules_of(found)  # placeholders are not locations to confirm


def test_unknown_country_without_leaving_statement_only_asks_for_location() -> None:
    p = project(
        party("sb", "een extern onderzoeksbureau", Role.SURVEY_BUREAU, kind=PartyKind.DESCRIBED),
        party("dc", "Incasso Partners B.V.", Role.DEBT_COLLECTOR),
        flow("f1", "ctrl", "sb"),
        flow("f2", "ctrl", "dc"),
        flow("f3", "sb", "dc"),
    )
    found = run(p)
    located = [f for f in found if f.rule is RuleId.LOCATION_UNCONFIRMED]
    assert sorted(f.importer for f in located) == ["dc", "sb"]  # one per party, not per flow
    assert all(f.severity is Severity.LOW for f in located)
    assert rules_of(found) == {"location-unconfirmed"}


def test_unspecified_safeguard_to_known_third_country() -> None:
    p = project(
        party("in", "Mumbai Claims", Role.PROCESSOR, "IN"), flow("f", "ctrl", "in", K.CONTRACTUAL_UNSPECIFIED)
    )
    assert rules_of(run(p), "f") == {"unspecified-safeguard"}


def test_derogation_only() -> None:
    p = project(
        party("us", "Mayo Travel Clinic", Role.HEALTHCARE_PROVIDER, "US", dpf=Tristate.NO),
        flow("f", "ctrl", "us", K.DEROGATION_VITAL_INTERESTS),
    )
    [finding] = [f for f in run(p) if f.flow == "f"]
    assert finding.rule is RuleId.DEROGATION_ONLY and "Art. 49" in finding.article


@pytest.mark.parametrize(
    ("review", "expected"),
    [(dt.date(2026, 11, 21), {"tia-overdue"}), (dt.date(2026, 11, 22), set()), (None, set())],
)
def test_tia_overdue_only_after_review_date(review: dt.date | None, expected: set[str]) -> None:
    p = project(
        party("in", "Mumbai Claims", Role.PROCESSOR, "IN"),
        flow("f", "ctrl", "in", K.SCC_MODULE_2, tia=TiaStatus.COMPLETED, review=review),
    )
    assert rules_of(run(p), "f") == expected


@pytest.mark.parametrize("tool", [K.PRIVACY_SHIELD, K.SAFE_HARBOUR, K.SCC_LEGACY])
def test_invalid_mechanism_alone_is_high(tool: ToolKind) -> None:
    p = project(
        party("us", "Legacy Corp", Role.PROCESSOR, "US", dpf=Tristate.NO), flow("f", "ctrl", "us", tool)
    )
    [finding] = [f for f in run(p) if f.flow == "f"]
    assert finding.rule is RuleId.INVALID_MECHANISM and finding.severity is Severity.HIGH


def test_invalid_mechanism_beside_valid_tool_is_medium() -> None:
    p = project(
        party("us", "Legacy Corp", Role.PROCESSOR, "US", dpf=Tristate.NO),
        flow("f", "ctrl", "us", K.PRIVACY_SHIELD, K.SCC_MODULE_2, tia=TiaStatus.COMPLETED),
    )
    [finding] = [f for f in run(p) if f.flow == "f"]
    assert finding.rule is RuleId.INVALID_MECHANISM and finding.severity is Severity.MEDIUM


def test_special_categories_raise_severity_one_step() -> None:
    plain = project(party("in", "Mumbai Claims", Role.PROCESSOR, "IN"), flow("f", "ctrl", "in", K.SCC))
    health = project(
        party("in", "Mumbai Claims", Role.PROCESSOR, "IN"),
        flow("f", "ctrl", "in", K.SCC, special=(SpecialCategory.HEALTH,)),
    )
    assert [f.severity for f in run(plain) if f.flow == "f"] == [Severity.MEDIUM]
    assert [f.severity for f in run(health) if f.flow == "f"] == [Severity.HIGH]


# --- onward transfers ------------------------------------------------------------------------


def chain_project(sub_tools: tuple[ToolKind, ...] = (), sub_dpf: Tristate = Tristate.NO) -> Project:
    return project(
        party("tpa", "Claims Services Europe B.V.", Role.PROCESSOR, "NL"),
        party("host", "Rechenzentrum Süd GmbH", Role.IT_HOSTING, "DE"),
        party("sub", "Ticketing Cloud Inc.", Role.SUB_PROCESSOR, "US", dpf=sub_dpf),
        flow("f1", "ctrl", "tpa"),
        flow("f2", "tpa", "host"),
        flow("f3", "host", "sub", *sub_tools),
    )


def test_three_hop_onward_transfer_names_whole_path() -> None:
    found = run(chain_project())
    [onward] = [f for f in found if f.rule is RuleId.ONWARD_TRANSFER]
    assert onward.path == ("ctrl", "tpa", "host", "sub")
    assert onward.severity is Severity.HIGH
    assert (
        "Zorgverzekeraar Noord N.V. -> Claims Services Europe B.V. -> Rechenzentrum Süd GmbH -> "
        "Ticketing Cloud Inc." in onward.message
    )
    assert ("hops", "3") in onward.facts
    assert {f.rule for f in found if f.flow == "f3"} == {RuleId.NO_SAFEGUARD, RuleId.ONWARD_TRANSFER}


@pytest.mark.parametrize(("tools", "dpf"), [((K.SCC_MODULE_3,), Tristate.NO), ((), Tristate.YES)])
def test_safeguarded_last_hop_is_not_an_onward_problem(tools: tuple[ToolKind, ...], dpf: Tristate) -> None:
    assert RuleId.ONWARD_TRANSFER not in {f.rule for f in run(chain_project(tools, dpf))}


def test_onward_from_third_country_importer_without_tool_is_medium() -> None:
    p = project(
        party("us", "Cloudly Inc.", Role.IT_HOSTING, "US", dpf=Tristate.NO),
        party("cn", "Shenzhen Support Ltd", Role.SUB_PROCESSOR, "CN"),
        flow("f1", "ctrl", "us", K.SCC_MODULE_2, tia=TiaStatus.COMPLETED),
        flow("f2", "us", "cn"),
    )
    [onward] = [f for f in run(p) if f.rule is RuleId.ONWARD_TRANSFER]
    assert onward.path == ("ctrl", "us", "cn") and onward.severity is Severity.MEDIUM


def test_onward_through_processor_of_unknown_location() -> None:
    p = project(
        party("proc", "Mailhouse", Role.PROCESSOR),
        party("in", "Bangalore Print Pvt Ltd", Role.SUB_PROCESSOR, "IN"),
        flow("f1", "ctrl", "proc"),
        flow("f2", "proc", "in"),
    )
    found = run(p)
    assert {"onward-transfer", "no-safeguard", "location-unconfirmed"} <= rules_of(found)


def test_cycles_do_not_hang() -> None:
    p = project(
        party("a", "Alpha B.V.", Role.GROUP_COMPANY, "NL"),
        party("b", "Beta Inc.", Role.GROUP_COMPANY, "IN"),
        flow("f1", "ctrl", "a"),
        flow("f2", "a", "b"),
        flow("f3", "b", "a"),
        flow("f4", "a", "ctrl"),
    )
    assert RuleId.ONWARD_TRANSFER in {f.rule for f in run(p)}


# --- determinism -----------------------------------------------------------------------------


def test_assess_is_order_independent() -> None:
    p = chain_project()
    shuffled = replace(p, parties=tuple(reversed(p.parties)), flows=tuple(reversed(p.flows)))
    assert run(p) == run(shuffled)
