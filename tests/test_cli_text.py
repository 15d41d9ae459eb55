"""The command line's text output fits the terminal, breaks no word and speaks in labels."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.commands.table import fit_widths, render_table
from model.findings import RuleId, Severity
from model.labels import label

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "notices"
QUOTES = "\"“”'"


def _run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, width: int, *args: str) -> str:
    monkeypatch.setenv("COLUMNS", str(width))
    main(list(args))
    return capsys.readouterr().out


def _tokens(text: str) -> list[str]:
    return [t.strip(QUOTES) for t in text.split()]


@pytest.mark.parametrize("width", [80, 120])
def test_check_table_fits_the_terminal_and_breaks_no_word(
    width: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ("check", str(SAMPLES), "--as-of", "2026-11-22")
    out = _run(capsys, monkeypatch, width, *args, "--fail-on", "never")
    doc = json.loads(_run(capsys, monkeypatch, width, *args, "--json"))
    findings = doc["findings"]
    assert findings
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= width, [line for line in lines if len(line) > width]
    said = [
        "As of 2026-11-22; scenario: current law (no scenario)",
        "findings: high, medium, low evidence: ? SEVERITY RULE EXPORTER IMPORTER COUNTRY",
        *(label(s) for s in Severity),
        *(label(r) for r in RuleId),
    ]
    for f in findings:
        said += [f["message"], f["exporter"] or "", f["importer"] or "", f["country"] or ""]
        said += [f"{Path(e['document']).name} [{e['start']}:{e['end']}] {e['quote']}" for e in f["evidence"]]
    vocabulary = {t for text in said for t in _tokens(text)} | {str(len(findings))}
    vocabulary |= {str(n) for n in range(len(findings) + 1)}
    broken = [t for t in _tokens(out) if t and t not in vocabulary]
    assert not broken, broken[:10]
    flat = " ".join(out.split())
    for f in findings:  # each message reads whole, in one piece under its row
        assert " ".join(f["message"].split()) in flat
    assert not re.search(r"\n\s*\n\s*\n", out)  # no runs of blank lines


def test_cells_wrap_inside_their_columns_and_never_below_the_longest_word() -> None:
    rows = [("High", "Partial adequacy not verified", "Zilverdijk Verzekeringen N.V.", "NL")]
    widths = fit_widths(("SEVERITY", "RULE", "EXPORTER", "COUNTRY"), rows, 50)
    assert widths[1] >= len("adequacy") and widths[2] >= len("Verzekeringen")
    lines = render_table(("Severity", "Rule", "Exporter", "Country"), rows, 50)
    assert all(len(line) <= 50 for line in lines)
    assert lines[1].startswith("High")
    start = lines[0].index("RULE")
    rule = " ".join(line[start : start + widths[1]].strip() for line in lines[1:])
    assert " ".join(rule.split()) == "Partial adequacy not verified"


def test_check_speaks_the_system_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "nl")
    out = _run(capsys, monkeypatch, 120, "check", str(SAMPLES), "--fail-on", "never", "--as-of", "2026-11-22")
    assert label(RuleId.TIA_MISSING, "nl") in out and "tia-missing" not in out
    assert "Hoog" in out
    # the table's own words too: heading, count, column titles and the evidence line
    assert out.startswith("Peildatum 2026-11-22; scenario: geldend recht (geen scenario)\n")
    assert re.search(r"^\d+ bevindingen: \d+ hoog, \d+ gemiddeld, \d+ laag$", out, re.M)
    assert re.search(r"^ERNST +REGEL +EXPORTEUR +IMPORTEUR +LAND$", out, re.M)
    assert "bewijs: " in out and not re.search(r"SEVERITY|findings:|evidence:|As of", out)


def test_parties_table_shows_role_labels_within_the_width(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _run(capsys, monkeypatch, 80, "parties", str(SAMPLES))
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "Group company" in out and "group_company" not in out and "other_third_party" not in out


def test_extract_prints_each_fact_with_its_sentence(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    notice = SAMPLES / "harbourline_privacy_notice_en.md"
    doc = json.loads(_run(capsys, monkeypatch, 100, "extract", "--json", str(notice)))
    out = _run(capsys, monkeypatch, 100, "extract", str(notice))
    flat = " ".join(out.split())
    entry = doc["notices"][0]
    facts = [*entry["recipients"], *entry["special_categories"], *entry["transfers"]]
    assert facts
    for fact in facts:
        for e in fact["evidence"]:
            assert " ".join(e["quote"].split()) in flat
    assert "Processor" in out and "fraud_register" not in out
    assert max(len(line) for line in out.splitlines()) <= 100


def test_version_everywhere(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["--version"], ["check", "--version"], ["extract", "--version"]):
        with pytest.raises(SystemExit) as exit_:
            main(args)
        assert exit_.value.code == 0
        out = capsys.readouterr().out
        assert re.search(r"transfer-atlas.* \d+\.\d+", out), out
