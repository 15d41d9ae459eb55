"""Unknown is never good: a blank or missing reviewer cell in a register stays unknown through the
model and the rules, and every role word of the four languages is read (or warned about)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from importers.batch import import_paths
from importers.registers import values
from importers.registers.lexicon import LANGUAGES, LexiconError, _role_words, lexicon
from model.flows import TiaStatus, ToolKind
from model.parties import Role, Tristate
from model.project import Project


def register(tmp_path: Path, header: str, row: str, name: str = "register.csv") -> Path:
    path = tmp_path / name
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    return path


def imported_flow(path: Path):
    result = import_paths([str(path)], Project())
    assert not result.failures
    (flow,) = result.project.flows
    return flow, result


def rules_fired(path: Path, capsys: pytest.CaptureFixture[str]) -> set[str]:
    main(["check", str(path), "--json", "--fail-on", "never", "--as-of", "2026-11-22"])
    return {f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]}


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("Leverancier;Land;Doorgiftemechanisme", "Acme Inc.;Verenigde Staten;SCC"),  # no TIA column
        ("Leverancier;Land;Doorgiftemechanisme;TIA status", "Acme Inc.;Verenigde Staten;SCC;"),  # blank cell
        ("Vendor,Country,Transfer mechanism,TIA status", "Acme Inc.,United States,SCC,  "),
        ("Anbieter;Land;Transfermechanismus;TIA-Status", "Acme Inc.;USA;SCC;nein"),
    ],
)
def test_blank_or_missing_tia_status_is_not_started(tmp_path, capsys, header, row) -> None:
    path = register(tmp_path, header, row)
    flow, _ = imported_flow(path)
    assert flow.tia_status is TiaStatus.NOT_STARTED
    assert "tia-missing" in rules_fired(path, capsys)


def test_only_explicit_words_mean_completed() -> None:
    assert values.tia_status("") is None
    assert values.tia_status("   ") is None
    assert values.tia_status(None) is None
    assert values.tia_status("✓") is TiaStatus.COMPLETED
    assert values.tia_status("afgerond") is TiaStatus.COMPLETED
    assert "" not in lexicon().tia_status


@pytest.mark.parametrize("cell", ["", " ", "-", "n/a", "?"])
def test_blank_dpa_scc_and_dpf_cells_are_unknown_never_yes(tmp_path, cell) -> None:
    header = "Vendor,Country,DPA,SCC,DPF"
    path = register(tmp_path, header, f"Acme Inc.,United States,{cell},{cell},{cell}")
    flow, result = imported_flow(path)
    assert flow.dpa is Tristate.UNKNOWN
    assert not flow.tools
    importer = next(p for p in result.project.parties if p.name == "Acme Inc.")
    assert all(value is not Tristate.YES for _, value in importer.scope)


def test_ticks_still_mean_yes(tmp_path) -> None:
    path = register(tmp_path, "Vendor,Country,DPA,SCC", "Acme Inc.,United States,✓,✔")
    flow, _ = imported_flow(path)
    assert flow.dpa is Tristate.YES and flow.tools and flow.tools[0].kind is ToolKind.SCC


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("controller", Role.INDEPENDENT_CONTROLLER),
        ("Verantwortlicher", Role.INDEPENDENT_CONTROLLER),
        ("joint controller", Role.JOINT_CONTROLLER),
        ("gezamenlijke verwerkingsverantwoordelijke", Role.JOINT_CONTROLLER),
        ("gemeinsam Verantwortlicher", Role.JOINT_CONTROLLER),
        ("responsable conjoint", Role.JOINT_CONTROLLER),
        ("Enquêtebureau", Role.SURVEY_BUREAU),
        ("Hostingpartij", Role.IT_HOSTING),
        ("Marktforschungsinstitut", Role.SURVEY_BUREAU),
        ("Incassobureau", Role.DEBT_COLLECTOR),
    ],
)
def test_register_role_words_become_their_own_kinds(tmp_path, word, role) -> None:
    path = register(tmp_path, "Leverancier;Rol;Land", f"Acme B.V.;{word};Nederland")
    _, result = imported_flow(path)
    assert next(p for p in result.project.parties if p.name == "Acme B.V.").role is role
    assert not result.failures  # warnings are reported as failures of a row


def test_an_unrecognised_role_word_is_warned_about_with_its_row(tmp_path) -> None:
    path = register(tmp_path, "Leverancier;Rol;Land", "Acme B.V.;Tovenaar;Nederland")
    result = import_paths([str(path)], Project())
    said = [str(f) for f in result.failures]
    assert any("row 2" in w and "register.csv" in w and "Tovenaar" in w and "recognised" in w for w in said)


def test_every_recipient_role_has_register_words_in_the_four_languages() -> None:
    raw = json.loads((Path(values.__file__).parent / "lexicon.json").read_text(encoding="utf-8"))["roles"]
    expected = {r.value for r in Role if r is not Role.CONTROLLER}
    assert set(raw) == expected
    for role, by_language in raw.items():
        assert sorted(by_language) == sorted(LANGUAGES), role
        assert all(by_language[lang] for lang in LANGUAGES), role


def test_the_role_vocabulary_refuses_unknown_roles_and_missing_languages() -> None:
    with pytest.raises(LexiconError, match="unknown role"):
        _role_words({"wizard": {lang: ["x"] for lang in LANGUAGES}})
    with pytest.raises(LexiconError, match="needs words"):
        _role_words({"processor": {"en": ["processor"]}})
