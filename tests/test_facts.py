"""A finding's facts as a person reads them: names and words in the reader's language, names of
parties and files as they are; the JSON output keeps the English names and codes."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exports.report import Method, build_report
from exports.workbook import write_xlsx
from model.findings import RULES
from model.flows import ToolKind
from model.labels import LANGUAGES, article_text, fact_text, labels, rule_when
from tests.test_messages import _reconcile_cases, _rule_cases
from tests.test_workbook import insurer_project

FINDINGS = [f for _, found in [*_rule_cases(), *_reconcile_cases()] for f in found]


def test_every_fact_the_rules_write_has_a_name_in_every_language() -> None:
    named = labels()["fact"]
    written = {name for f in FINDINGS for name, _ in f.facts}
    assert written, "the cases produce findings with facts"
    assert written <= set(named), sorted(written - set(named))
    for name in written:
        texts = {lang: fact_text(name, "x", lang) for lang in LANGUAGES}
        assert texts["en"] == f"{named[name]['en']}: x"
        assert all(t.endswith(": x") and t[:-3].strip() for t in texts.values())


def test_words_in_facts_read_in_the_language_and_names_stay() -> None:
    assert fact_text("destination status", "third country", "nl") == "Status bestemming: Derde land"
    assert fact_text("tools", "scc, dpf", "de").startswith(
        "Übermittlungsinstrumente: Standardvertragsklauseln, "
    )
    assert fact_text("tools", "none recorded", "fr") == "Outils de transfert: rien d'enregistré"
    assert fact_text("TIA status", "not_started", "nl") == "Status TIA: Niet begonnen"
    assert fact_text("importer country from", "stated in the notice", "de") == (
        "Land des Datenimporteurs laut: in der Datenschutzerklärung angegeben"
    )
    # a name is never taken for a word, even one that reads like a label
    assert fact_text("path", "Insurer -> Processor", "nl") == "Pad: Insurer -> Processor"
    assert fact_text("controller", "Processor", "de") == "Verantwortlicher: Processor"
    # free text that is no known word stays as it is
    assert fact_text("tool reference", "DPA of 2024-03-01, annex 2", "nl") == (
        "Verwijzing instrument: DPA of 2024-03-01, annex 2"
    )


def test_english_facts_read_as_the_json_keeps_them() -> None:
    for f in FINDINGS:
        for name, value in f.facts:
            shown = fact_text(name, value, "en")
            assert shown.split(": ", 1)[0] == labels()["fact"][name]["en"]


@pytest.mark.parametrize("lang", ["nl", "de", "fr"])
def test_the_workbook_shows_facts_in_its_language(tmp_path: Path, lang: str) -> None:
    report = build_report(insurer_project(), as_of=dt.date(2026, 11, 22), method=Method.EDPB)
    target = tmp_path / f"tia-{lang}.xlsx"
    write_xlsx(report, target, language=lang)
    cells = [
        str(c.value)
        for ws in load_workbook(target).worksheets
        for row in ws.iter_rows()
        for c in row
        if c.value
    ]
    status = labels()["fact"]["destination status"][lang]
    assert any(f"{status}: " in v for v in cells)
    assert not [v for v in cells if "destination status: " in v or "TIA status: not_started" in v]


def test_citations_read_in_each_language_with_their_numbers() -> None:
    cited = "Art. 46 GDPR; SCC Clause 14; EDPB Recommendations 01/2020"
    assert article_text(cited, "en") == cited
    assert article_text(cited, "nl") == "Art. 46 AVG; SCC-clausule 14; EDPB-aanbevelingen 01/2020"
    assert article_text(cited, "de") == "Art. 46 DSGVO; SCC-Klausel 14; EDSA-Empfehlungen 01/2020"
    assert article_text(cited, "fr").startswith("Art. 46 RGPD; CCT, clause 14")
    # the longest term wins, and a term inside a word is no term
    assert article_text("Decisions 2001/497/EC, repealed", "de") == "Entscheidungen 2001/497/EG, aufgehoben"
    assert article_text("Art. 45; Decision (EU) 2023/1795", "fr") == "Art. 45; Décision (UE) 2023/1795"
    assert article_text("GDPRX and ECB", "nl") == "GDPRX and ECB"


def test_every_citation_the_rules_give_leaves_no_english_term_in_dutch() -> None:
    english = re.compile(r"GDPR|Clause|Recommendation|Decision|onward")
    for f in FINDINGS:
        assert not english.search(article_text(f.article, "nl")), f.article
    for kind in ToolKind:
        assert not english.search(article_text(kind.info.article, "de")), kind.info.article


@pytest.mark.gui
def test_the_dutch_findings_table_cites_the_avg_and_explains_in_dutch(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from desktop_helpers import desktop_settings, sample_project
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    from desktop.i18n import set_language
    from desktop.window import MainWindow

    store = desktop_settings(tmp_path)
    store.setValue("language", "nl")
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.session.reset(sample_project())
        tables = [t for t in window.findChildren(QTableView) if t.model() is not None]
        model = next(
            t.model()
            for t in tables
            if any(
                t.model().headerData(c, Qt.Orientation.Horizontal) == "Artikel"
                for c in range(t.model().columnCount())
            )
        )
        headers = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        article_column = headers.index("Artikel")
        finding_column = headers.index("Bevinding")
        cited = [
            str(model.data(model.index(r, article_column))) for r in range(model.rowCount())
        ]
        tips = [
            str(model.data(model.index(r, finding_column), Qt.ItemDataRole.ToolTipRole))
            for r in range(model.rowCount())
        ]
        window.session.undo_stack.setClean()
        window.close()
    finally:
        set_language("en")
    assert cited and all("AVG" in c and "GDPR" not in c for c in cited), cited[:3]
    assert any("Status bestemming: " in t or "Rol: " in t for t in tips), tips[:3]


def test_the_guide_says_when_each_rule_fires_in_every_language() -> None:
    for rule, info in RULES.items():
        assert rule_when(rule, "en") == info.when  # the code's text and the table's agree
        for lang in ("nl", "de", "fr"):
            text = rule_when(rule, lang)
            assert text.strip() and text != info.when, (rule, lang)
