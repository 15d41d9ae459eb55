"""The labels table: every code a person reads has words in English, Dutch, German and French."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from model.flows import TOOL_INFO, ToolKind
from model.labels import (
    LABELLED,
    LABELS_FILE,
    LANGUAGES,
    LabelsError,
    group_labels,
    label,
    labels,
    language_of,
    system_language,
)
from model.parties import Role, Tristate


@pytest.mark.parametrize("enum", list(LABELLED), ids=lambda e: e.__name__)
def test_every_member_has_a_label_in_every_language(enum: type) -> None:
    for member in enum:
        for lang in LANGUAGES:
            text = label(member, lang)
            assert text.strip(), (member, lang)
            assert text != member.value or member.value.isupper(), f"{member!r} shows its code in {lang}"


def test_labels_differ_by_language_and_are_unique_within_a_group() -> None:
    for group in LABELLED.values():
        for lang in LANGUAGES:
            words = list(group_labels(group, lang).values())
            assert len(set(words)) == len(words), (group, lang)
    assert label(Role.SUB_PROCESSOR, "nl") == "Subverwerker"
    assert label(Role.SUB_PROCESSOR, "de") == "Unterauftragsverarbeiter"
    assert label(Role.SUB_PROCESSOR, "fr") == "Sous-traitant ultérieur"


def test_english_tool_labels_are_the_model_s_own() -> None:
    for kind in ToolKind:
        assert label(kind, "en") == TOOL_INFO[kind].label


def test_codes_as_strings_and_locale_names() -> None:
    assert label("other_third_party", "nl_BE.UTF-8") == "Andere derde"
    assert label("not_started", "de") == "Nicht begonnen"
    assert label(Tristate.UNKNOWN, "fr") == "Inconnu"
    assert label("claims data", "nl") == "claims data"  # free text stays as typed
    assert label(Role.PROCESSOR, "es") == "Processor"  # a language the table lacks reads English
    assert language_of("de-AT") == "de"
    assert language_of(None) == "en"


def test_system_language_follows_the_environment() -> None:
    assert system_language({"LANG": "nl_NL.UTF-8"}) == "nl"
    assert system_language({"LANGUAGE": "fr_BE:en", "LANG": "nl_NL.UTF-8"}) == "fr"
    assert system_language({"LC_ALL": "C.UTF-8", "LANG": "de_DE.UTF-8"}) == "de"
    assert system_language({}) == "en"


def _write(tmp_path: Path, doc: object) -> Path:
    path = tmp_path / "labels.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_a_label_missing_in_one_language_is_refused(tmp_path: Path) -> None:
    doc = json.loads(LABELS_FILE.read_text(encoding="utf-8"))
    del doc["groups"]["role"]["labels"]["processor"]["fr"]
    with pytest.raises(LabelsError, match=r"role\.processor.*fr"):
        labels.__wrapped__(_write(tmp_path, doc))  # type: ignore[attr-defined]


def test_an_unknown_code_or_group_is_refused(tmp_path: Path) -> None:
    entry = dict.fromkeys(LANGUAGES, "x")
    bad_code = {"schema": "transfer-atlas/labels/v1", "groups": {"role": {"labels": {"wizard": entry}}}}
    with pytest.raises(LabelsError, match="wizard"):
        labels.__wrapped__(_write(tmp_path, bad_code))  # type: ignore[attr-defined]
    bad_group = {"schema": "transfer-atlas/labels/v1", "groups": {"spells": {"labels": {}}}}
    with pytest.raises(LabelsError, match="spells"):
        labels.__wrapped__(_write(tmp_path, bad_group))  # type: ignore[attr-defined]
    with pytest.raises(LabelsError, match="labels.json"):
        labels.__wrapped__(_write(tmp_path, {"schema": "other"}))  # type: ignore[attr-defined]


def test_every_notice_safeguard_has_a_label() -> None:
    from importers.notices.types import Safeguard

    table = group_labels("notice_safeguard")
    assert set(table) == {s.value for s in Safeguard}
    assert label(Safeguard.CONSENT, "nl") == "Uitdrukkelijke toestemming"


def test_finding_messages_name_roles_and_rules_in_words_not_codes() -> None:
    """A person reads the messages: "sub-processor", never ``sub_processor``; JSON keeps the codes in
    its own fields (rule, facts)."""
    import datetime as dt

    from model.graph import build_graph
    from model.rules import assess
    from tests.factories import flow, party, project

    vendor = party("sub", "Nebula Analytics Ltd", Role.SUB_PROCESSOR, None)
    found = assess(build_graph(project(vendor, flow("f", "ctrl", "sub"))), as_of=dt.date(2026, 12, 7))
    messages = " ".join(f.message for f in found)
    assert "sub-processor" in messages
    codes = {m.value for enum in LABELLED for m in enum if "_" in m.value or "-" in m.value}
    assert not {c for c in codes if c in messages}, messages


def test_every_recipient_role_has_a_described_name_in_every_language() -> None:
    from model.labels import described_name
    from model.parties import RECIPIENT_ROLES

    table = group_labels("described_recipient")
    assert set(table) == {r.value for r in RECIPIENT_ROLES}
    for role in RECIPIENT_ROLES:
        names = [described_name(role, lang) for lang in LANGUAGES]
        assert all(n.strip() and "_" not in n for n in names), (role, names)
    assert described_name(Role.DEBT_COLLECTOR, "nl") == "Incassobureau"
    assert described_name(Role.DEBT_COLLECTOR, "und") == "Debt collection agency"


def test_a_described_name_for_a_role_that_is_not_a_recipient_role_is_refused(tmp_path: Path) -> None:
    doc = json.loads(LABELS_FILE.read_text(encoding="utf-8"))
    doc["groups"]["described_recipient"]["labels"]["wizard"] = dict.fromkeys(LANGUAGES, "x")
    with pytest.raises(LabelsError, match="described_recipient.*wizard"):
        labels.__wrapped__(_write(tmp_path, doc))  # type: ignore[attr-defined]
