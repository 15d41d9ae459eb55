"""``transfer-atlas export`` end to end: several outputs at once, options, and exit 2 on bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from model.flows import ToolKind
from model.store import save_project
from tests.factories import flow, insurer_with_three_recipients, party, project, write_project_json


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    return write_project_json(tmp_path, insurer_with_three_recipients(ToolKind.SCC_MODULE_2))


def test_writes_workbook_json_csv_and_project_at_once(project_file: Path, tmp_path: Path, capsys) -> None:
    out = {ext: tmp_path / f"out.{ext}" for ext in ("xlsx", "json", "csv")}
    project_out = tmp_path / "project-copy.json"
    code = main(
        [
            "export",
            str(project_file),
            "--as-of",
            "2026-11-30",
            "--xlsx",
            str(out["xlsx"]),
            "--json",
            str(out["json"]),
            "--csv",
            str(out["csv"]),
            "--project-json",
            str(project_out),
        ]
    )
    assert code == 0
    err = capsys.readouterr().err
    assert all(f"{p}: written" in err for p in (*out.values(), project_out))
    wb = load_workbook(out["xlsx"])
    assert "TIA-f2" in wb.sheetnames and "TIA-f1" not in wb.sheetnames  # DPF-certified: covered
    register = json.loads(out["json"].read_text(encoding="utf-8"))
    assert register["as_of"] == "2026-11-30" and register["method"] == "edpb"
    assert {t["id"] for t in register["transfers"]} == {"f1", "f2", "f3"}
    rows = list(csv.reader(io.StringIO(out["csv"].read_text(encoding="utf-8-sig"))))
    assert len(rows) == 4
    assert json.loads(project_out.read_text(encoding="utf-8"))["schema"] == "transfer-atlas/project/v1"


def test_scenario_withdraw_and_rosenthal_method_reach_the_workbook(
    project_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "what-if.xlsx"
    code = main(
        [
            "export",
            str(project_file),
            "--as-of",
            "2026-11-30",
            "--withdraw",
            "US",
            "--method",
            "rosenthal",
            "--xlsx",
            str(target),
        ]
    )
    assert code == 0
    wb = load_workbook(target)
    assert "TIA-f1" in wb.sheetnames  # the US decision withdrawn: the certified importer needs a TIA
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True) if r[0]}
    assert "United States (US) withdrawn" in summary["Scenario"]
    assert "Rosenthal" in summary["Method"]
    formulas = [c for row in wb["TIA-f1"].iter_rows() for c in row if c.data_type == "f"]
    assert formulas


def test_atlas_project_file_is_accepted(tmp_path: Path) -> None:
    atlas = tmp_path / "insurer.atlas"
    save_project(project(party("in", "Mumbai Claims", country="IN"), flow("f1", "ctrl", "in")), atlas)
    assert main(["export", str(atlas), "--xlsx", str(tmp_path / "o.xlsx")]) == 0
    assert "TIA-f1" in load_workbook(tmp_path / "o.xlsx").sheetnames


def test_nothing_requested_is_a_usage_error(project_file: Path, capsys) -> None:
    assert main(["export", str(project_file)]) == 2
    assert "nothing to write" in capsys.readouterr().err


def test_unreadable_input_exits_2_and_writes_nothing(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    target = tmp_path / "o.xlsx"
    assert main(["export", str(bad), "--xlsx", str(target)]) == 2
    assert "broken.json" in capsys.readouterr().err
    assert not target.exists()


def test_unknown_scenario_exits_2(project_file: Path, tmp_path: Path, capsys) -> None:
    assert (
        main(["export", str(project_file), "--scenario", "no-such", "--xlsx", str(tmp_path / "o.xlsx")]) == 2
    )
    assert "unknown scenario" in capsys.readouterr().err


def test_unwritable_target_exits_2_naming_it_and_other_outputs_still_written(
    project_file: Path, tmp_path: Path, capsys
) -> None:
    missing = tmp_path / "no-such-folder" / "o.xlsx"
    good = tmp_path / "register.json"
    code = main(["export", str(project_file), "--xlsx", str(missing), "--json", str(good)])
    assert code == 2
    err = capsys.readouterr().err
    assert str(missing) in err and "does not exist" in err
    assert good.exists()


def test_locked_workbook_is_not_replaced(project_file: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "tia.xlsx"
    target.write_bytes(b"open in Excel")
    (tmp_path / "~$tia.xlsx").write_bytes(b"lock")
    assert main(["export", str(project_file), "--xlsx", str(target)]) == 2
    assert "open in another program" in capsys.readouterr().err
    assert target.read_bytes() == b"open in Excel"
