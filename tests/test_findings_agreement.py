"""One right answer everywhere: `check --json`, the desktop's Findings tab and the workbook's
Findings sheet hold the same findings for the same inputs, and the README's rule table is the
rule registry's."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections import Counter
from pathlib import Path

import pytest
from desktop_helpers import desktop_settings
from openpyxl import load_workbook

from desktop.cli import main
from desktop.window import MainWindow
from model.findings import RULES, RuleId, Severity
from model.labels import label

FIXTURES = Path(__file__).parent / "fixtures" / "registers"
AS_OF = dt.date(2026, 11, 22)
NOTICE_AND_REGISTERS = [
    FIXTURES / "privacyverklaring_noorderlicht.txt",
    FIXTURES / "verwerkersregister_nl.xlsx",
    FIXTURES / "subprocessors_en.csv",
]
COUNTRIES = ["Nederland", "Verenigde Staten", "India", "Duitsland", "Verenigd Koninkrijk", "Zwitserland", ""]
MECHANISMS = ["SCC", "", "DPF", "BCR", "toestemming", "contractuele verplichtingen"]
ROLES = ["Verwerker", "Incassobureau", "Hostingpartij", "Enquêtebureau", "Verwerker", ""]
TIA = ["ja", "nee", "", "in uitvoering", "n.v.t."]

Key = tuple[str, str, str, str, str]


def vendor_register(folder: Path, count: int = 300) -> Path:
    """A Dutch register of ``count`` vendors with every kind of gap a real one has."""
    rng = random.Random(300)
    lines = ["Leverancier;Rol;Land;Doorgiftemechanisme;Verwerkersovereenkomst;TIA status"]
    for i in range(count):
        lines.append(
            ";".join(
                [
                    f"Leverancier {i:03d} B.V.",
                    rng.choice(ROLES),
                    rng.choice(COUNTRIES),
                    rng.choice(MECHANISMS),
                    rng.choice(["ja", "nee", ""]),
                    rng.choice(TIA),
                ]
            )
        )
    path = folder / "leveranciers.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def from_check(paths: list[Path], capsys: pytest.CaptureFixture[str]) -> Counter[Key]:
    code = main(["check", *map(str, paths), "--json", "--fail-on", "never", "--as-of", AS_OF.isoformat()])
    assert code == 0
    doc = json.loads(capsys.readouterr().out)
    return Counter(
        (f["rule"], f["severity"], f["exporter"] or "", f["importer"] or "", f["country"] or "")
        for f in doc["findings"]
    )


def from_workbook(paths: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Counter[Key]:
    target = tmp_path / "tia.xlsx"
    code = main(["export", *map(str, paths), "--xlsx", str(target), "--as-of", AS_OF.isoformat()])
    capsys.readouterr()
    assert code == 0
    ws = load_workbook(target, read_only=True)["Findings"]
    rows = ws.iter_rows(values_only=True)
    header = [str(h) for h in next(rows)]
    names = ("Rule code", "Severity", "Exporter", "Importer", "Country")  # "Rule" and "Severity" show words
    at = {name: header.index(name) for name in names}
    severity = {label(s): s.value for s in Severity}
    return Counter(
        tuple(  # type: ignore[misc]
            severity.get(str(row[at[name]]), "?") if name == "Severity" else str(row[at[name]] or "")
            for name in names
        )
        for row in rows
        if row[at["Rule code"]]
    )


def from_desktop(paths: list[Path], qtbot, tmp_path: Path) -> Counter[Key]:
    settings = desktop_settings(tmp_path)
    window = MainWindow(settings)
    try:
        window.session.set_as_of(AS_OF)
        with qtbot.waitSignal(window.io.import_finished, timeout=60000):
            window.io.start_import([str(p) for p in paths])
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=60000)
        model = window.tables.findings.model
        found = [model.row_at(model.index(i, 0)).finding for i in range(model.rowCount())]
        return Counter(
            (f.rule.value, f.severity.value, f.exporter_name, f.importer_name, f.country or "") for f in found
        )
    finally:
        window.session.undo_stack.setClean()
        window.close()
        window.deleteLater()


@pytest.mark.gui
@pytest.mark.parametrize("case", ["notice-register-subprocessors", "300-vendor-register"])
def test_check_desktop_and_workbook_hold_the_same_findings(case, qtbot, tmp_path, capsys) -> None:
    paths = NOTICE_AND_REGISTERS if case.startswith("notice") else [vendor_register(tmp_path)]
    cli = from_check(paths, capsys)
    assert from_workbook(paths, tmp_path, capsys) == cli
    assert from_desktop(paths, qtbot, tmp_path) == cli
    rules = {key[0] for key in cli}
    if case.startswith("notice"):
        # the reconciliation's findings are there, not only the Chapter V rules'
        assert {"undisclosed-recipient", "register-missing-contract"} <= rules
    else:
        assert sum(cli.values()) > 300 and {"tia-missing", "register-missing-contract"} <= rules


def test_every_rule_is_in_the_registry_with_an_article_and_an_explanation() -> None:
    assert set(RULES) == set(RuleId)
    for rule, info in RULES.items():
        assert info.rule is rule
        assert info.article and info.when and info.severity.split()[0] in ("high", "medium", "low")


def test_the_readme_rule_table_is_the_registry() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Rules", 1)[1].split("\n#", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    found = {}
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        found[re.sub(r"`", "", cells[0])] = tuple(cells[1:])
    expected = {rule.value: (info.severity, info.article, info.when) for rule, info in RULES.items()}
    assert found == expected
