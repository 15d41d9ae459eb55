"""One party per organisation when importing, and merging two parties by hand."""

from __future__ import annotations

from dataclasses import replace

from model.merge import Contribution, merge
from model.parties import PartyKind, ReviewStatus, Role
from model.project import merge_parties
from tests.factories import flow, party, project


def test_same_organisation_under_legal_form_variants_becomes_one_party() -> None:
    base = project(party("intrum", "Intrum B.V.", Role.DEBT_COLLECTOR, "NL"), flow("f1", "ctrl", "intrum"))
    incoming = Contribution(
        parties=(
            party("x", "INTRUM", Role.DEBT_COLLECTOR),
            party("ctrl2", "Zorgverzekeraar Noord NV", Role.CONTROLLER),
        ),
        flows=(flow("f9", "ctrl2", "x"),),
    )
    result = merge(base, incoming)
    names = sorted(p.name for p in result.project.parties)
    assert names == ["Intrum B.V.", "Zorgverzekeraar Noord N.V."]
    assert result.party_map == {"x": "intrum", "ctrl2": "ctrl"}
    merged = result.project.party("intrum")
    assert merged.aliases == ("INTRUM",) and merged.country == "NL"
    assert [(f.exporter, f.importer) for f in result.project.flows] == [
        ("ctrl", "intrum")
    ]  # same edge, one flow


def test_confirmed_party_is_never_overwritten_by_an_import() -> None:
    confirmed = replace(party("hq", "Cigna Europe", Role.GROUP_COMPANY, "BE"), review=ReviewStatus.CONFIRMED)
    incoming = Contribution(parties=(party("y", "Cigna Europe", Role.PROCESSOR, "US"),))
    merged = merge(project(confirmed), incoming).project.party("hq")
    assert (
        merged.country == "BE"
        and merged.role is Role.GROUP_COMPANY
        and merged.review is ReviewStatus.CONFIRMED
    )


def test_described_categories_from_two_notices_stay_apart() -> None:
    a = party("sb1", "een extern onderzoeksbureau", Role.SURVEY_BUREAU, kind=PartyKind.DESCRIBED)
    b = party("sb2", "een extern onderzoeksbureau", Role.SURVEY_BUREAU, kind=PartyKind.DESCRIBED)
    merged = merge(project(a), Contribution(parties=(b,))).project
    assert {p.id for p in merged.parties} == {"ctrl", "sb1", "sb2"}


def test_merge_parties_moves_flows_and_keeps_alias() -> None:
    p = project(
        party("a", "Cigna Europe", Role.GROUP_COMPANY),
        party("b", "Cigna Europe group", Role.GROUP_COMPANY, "BE"),
        flow("f1", "ctrl", "a"),
        flow("f2", "ctrl", "b"),
        flow("f3", "a", "b"),
    )
    merged = merge_parties(p, keep="a", absorb="b")
    kept = merged.party("a")
    assert kept.aliases == ("Cigna Europe group",) and kept.country == "BE"
    assert sorted((f.id, f.importer) for f in merged.flows) == [
        ("f1", "a"),
        ("f2", "a"),
    ]  # self-loop f3 dropped
