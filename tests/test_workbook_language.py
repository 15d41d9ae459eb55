"""The workbook in the user's language: every text from the validated texts file, every code as words
from the label table, links that follow translated sheet names, and JSON/CSV that keep their codes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from exports.report import Method, build_report
from exports.texts import TEXTS_FILE, TextsError, Words, texts
from exports.workbook import SHEETS, write_xlsx
from model.labels import LANGUAGES, article_text, label
from model.parties import Role
from tests.factories import write_project_json
from tests.test_workbook import insurer_project

AS_OF = dt.date(2026, 11, 30)


def cell_texts(path: Path) -> set[str]:
    """Every text of every cell a reader sees, and the sheet names (the hidden snapshot holds codes)."""
    wb = load_workbook(path)
    visible = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
    found = {ws.title for ws in visible}
    for ws in visible:
        for row in ws.iter_rows(values_only=True):
            found.update(v for v in row if isinstance(v, str))
    return found


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    report = build_report(insurer_project(), as_of=AS_OF, method=Method.ROSENTHAL)
    out = {}
    for lang in LANGUAGES:
        out[lang] = tmp_path_factory.mktemp(lang) / f"tia-{lang}.xlsx"
        write_xlsx(report, out[lang], language=lang)
    return out


def test_every_key_has_every_language_with_the_same_placeholders() -> None:
    table = texts()
    assert len(table) > 300
    for key, entry in table.items():
        assert set(entry) == set(LANGUAGES), key


def _write(tmp_path: Path, entries: dict[str, object]) -> Path:
    path = tmp_path / "texts.json"
    path.write_text(json.dumps({"schema": "transfer-atlas/workbook-texts/v1", "texts": entries}), "utf-8")
    return path


def test_a_key_lacking_a_language_or_with_other_placeholders_fails_loudly(tmp_path: Path) -> None:
    full = {"en": "Page {n}", "nl": "Pagina {n}", "de": "Seite {n}", "fr": "Page {n}"}
    assert texts(_write(tmp_path, {"page": full}))["page"]["nl"] == "Pagina {n}"
    without_french = {k: v for k, v in full.items() if k != "fr"}
    (tmp_path / "a").mkdir()
    with pytest.raises(TextsError, match=r"texts\.json: page: no text in fr"):
        texts(_write(tmp_path / "a", {"page": without_french}))
    (tmp_path / "b").mkdir()
    with pytest.raises(TextsError, match="different placeholders"):
        texts(_write(tmp_path / "b", {"page": {**full, "de": "Seite {m}"}}))
    (tmp_path / "c").mkdir()
    with pytest.raises(TextsError, match="empty or malformed"):
        texts(_write(tmp_path / "c", {"page": {**full, "nl": " "}}))
    (tmp_path / "d").mkdir()
    choices = {lang: ["a", "b"] for lang in LANGUAGES}
    with pytest.raises(TextsError, match="number of choices"):
        texts(_write(tmp_path / "d", {"pick": {**choices, "fr": ["a"]}}))


def test_the_bundled_file_is_the_one_read() -> None:
    assert TEXTS_FILE.name == "texts.json" and TEXTS_FILE.parent.name == "data"


def test_the_dutch_workbook_has_dutch_titles_headers_and_labels(workbooks: dict[str, Path]) -> None:
    wb = load_workbook(workbooks["nl"])
    nl = Words("nl")
    assert wb.sheetnames[:3] == ["Samenvatting", "Doorgiften", "Doorgiften (afdruk)"]
    assert wb.sheetnames[-4:] == [nl.title(k.key) for k in SHEETS[-4:]]
    header = [c.value for c in wb["Doorgiften"][1]]
    assert header[:4] == ["Doorgifte-id", "Exporteur", "Land exporteur", "Importeur"]
    texts_nl = cell_texts(workbooks["nl"])
    assert label(Role.SUB_PROCESSOR, "nl") in texts_nl or label(Role.PROCESSOR, "nl") in texts_nl
    assert "Stap 1. Ken uw doorgifte" in texts_nl and "Hoog" in texts_nl
    tia = wb["TIA-f-in"]
    assert tia.oddFooter.right.text == "Pagina &P van &N"
    assert tia.oddHeader.right.text == "&BVertrouwelijk"  # the default marking in the language
    assert wb.properties.language == "nl"


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_no_english_text_of_the_table_leaks_into_another_language(
    workbooks: dict[str, Path], lang: str
) -> None:
    """A text of the table in English that appears in the workbook of another language, where that
    language has other words for it, is a text the writer did not take from the table."""
    english: set[str] = set()
    for entry in texts().values():
        en, other = entry["en"], entry[lang]
        if isinstance(en, str) and isinstance(other, str) and en != other and "{" not in en:
            english.add(en)
    leaked = english & cell_texts(workbooks[lang])
    assert not leaked, leaked


def test_every_language_gives_a_workbook_whose_formulas_compare_with_its_own_choices(
    workbooks: dict[str, Path],
) -> None:
    for lang, path in workbooks.items():
        words = Words(lang)
        yes, no, _ = words.choices("choices.yes_no")
        ws = load_workbook(path)["TIA-f-in"]
        verdict = next(r[1].value for r in ws.iter_rows() if r[0].value == words("qualify.is_transfer"))
        assert f'="{yes}"' in verdict and f'="{no}"' in verdict, lang
        counted = next(r[1].value for r in ws.iter_rows() if r[0].value == words("risk.counted"))
        applies = words.choices("choices.law_calls")[0].replace('"', '""')
        assert f'"{applies}"' in counted, lang


def test_export_language_option_and_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from model.flows import ToolKind
    from tests.factories import insurer_with_three_recipients

    source = write_project_json(tmp_path, insurer_with_three_recipients(ToolKind.SCC_MODULE_2))
    german, json_out = tmp_path / "de.xlsx", tmp_path / "r.json"
    argv = ["export", str(source), "--as-of", "2026-11-30"]
    assert main([*argv, "--xlsx", str(german), "--json", str(json_out), "--language", "de"]) == 0
    assert load_workbook(german).sheetnames[:2] == ["Übersicht", "Übermittlungen"]
    register = json.loads(json_out.read_text(encoding="utf-8"))
    assert register["transfers"][0]["importer_role"] == register["transfers"][0]["importer_role"].lower()
    assert {t["tia_status"] for t in register["transfers"]} <= {"not_started", "in_progress", "completed"}
    monkeypatch.setenv("LANGUAGE", "fr_BE:en")  # no option: the locale's language, as check follows it
    french = tmp_path / "fr.xlsx"
    assert main([*argv, "--xlsx", str(french)]) == 0
    assert load_workbook(french).sheetnames[0] == "Synthèse"
    capsys.readouterr()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_findings_sheet_says_each_finding_in_the_workbook_s_language(
    workbooks: dict[str, Path], lang: str
) -> None:
    """The Findings sheet and the TIA sheets say what each finding says in the reader's language,
    from the one table of message templates; no English sentence is left in another language."""
    report = build_report(insurer_project(), as_of=AS_OF, method=Method.ROSENTHAL)
    words = Words(lang)
    wb = load_workbook(workbooks[lang])
    sheet = wb[words.title("findings")]
    header = [c.value for c in sheet[1]]
    column = header.index(words("column.message"))
    shown = [row[column] for row in sheet.iter_rows(min_row=2, values_only=True) if row[column]]
    assert sorted(shown) == sorted(f.text(lang) for f in report.findings)
    assert len(shown) >= 3
    tia_rows = {r[1] for r in wb["TIA-f-in"].iter_rows(values_only=True) if isinstance(r[1], str)}
    in_tia = [f for f in report.findings if f.flow == "f-in"]
    assert in_tia and all(f"{f.text(lang)} [{article_text(f.article, lang)}]" in tia_rows for f in in_tia)
    if lang != "en":
        assert not {f.message for f in report.findings} & cell_texts(workbooks[lang])
        assert all(f.text(lang) != f.message for f in report.findings)


def test_the_dutch_findings_sheet_reads_dutch(workbooks: dict[str, Path]) -> None:
    sheet = load_workbook(workbooks["nl"])[Words("nl").title("findings")]
    sentences = " ".join(str(v) for row in sheet.iter_rows(min_row=2, values_only=True) for v in row if v)
    assert (
        "Persoonsgegevens gaan van Zorgverzekeraar Noord N.V. naar Mumbai Claims Services in IN, waarvoor "
        "geen adequaatheidsbesluit geldt, en er is geen passende waarborg (art. 46) of afwijking (art. 49) "
        "vastgelegd."
    ) in sentences
    assert (
        "berust op Modelcontractbepalingen module 2 (C2P), maar er is geen afgeronde doorgiftetoets"
        in sentences
    )


def test_an_untitled_project_is_untitled_in_the_workbook_s_language(tmp_path: Path) -> None:
    from dataclasses import replace

    from model.labels import project_title
    from model.project import DEFAULT_NAME

    report = build_report(replace(insurer_project(), name=DEFAULT_NAME), as_of=AS_OF, method=Method.EDPB)
    path = tmp_path / "nl.xlsx"
    write_xlsx(report, path, language="nl")
    found = " ".join(cell_texts(path))
    assert "Naamloos project" in found and DEFAULT_NAME not in found
    assert load_workbook(path).properties.title.endswith("Naamloos project")
    assert (
        project_title(DEFAULT_NAME, "de") == "Unbenanntes Projekt"
        and project_title("", "fr") == "Projet sans titre"
    )
    assert project_title("Noorderlicht Zorg", "nl") == "Noorderlicht Zorg"


def test_the_german_workbook_and_window_name_parties_alike(workbooks: dict[str, Path]) -> None:
    """The German window says "Partei" (its tab is "&Parteien"); the workbook uses the same word."""
    import xml.etree.ElementTree as ET

    ts = ET.parse(Path(__file__).parents[1] / "desktop" / "translations" / "transfer_atlas_de.ts")
    tabs = {m.findtext("source"): m.findtext("translation") for m in ts.iter("message")}
    assert tabs["&Parties"].replace("&", "") == "Parteien"
    wb = load_workbook(workbooks["de"])
    assert "Parteien" in wb.sheetnames
    assert not any("Beteiligte" in text for text in cell_texts(workbooks["de"]))


def test_the_scenario_reads_in_the_workbook_s_language(tmp_path: Path) -> None:
    from model.reference import bundled_reference
    from model.scenarios import build_scenario

    scenario = build_scenario(bundled_reference(), ["dpf-invalidated"], ["CH"])
    report = build_report(insurer_project(), as_of=AS_OF, method=Method.EDPB, scenario=scenario)
    path = tmp_path / "nl.xlsx"
    write_xlsx(report, path, language="nl")
    found = cell_texts(path)
    assert any("Adequaatheidsbesluit ingetrokken: Zwitserland (CH)" in t for t in found)
    assert any("EU-VS Data Privacy Framework ongeldig verklaard" in t for t in found)
    assert not any("withdrawn" in t or "invalidated" in t for t in found)
