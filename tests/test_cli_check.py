"""``transfer-atlas check`` end to end on project files: table, JSON, exit codes, scenarios."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from model.flows import ToolKind
from model.store import save_project
from tests.factories import flow, insurer_with_three_recipients, party, project, write_project_json


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    return write_project_json(tmp_path, insurer_with_three_recipients(ToolKind.CONTRACTUAL_UNSPECIFIED))


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(["check", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_json_document_shape(project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = run_json(capsys, str(project_file), "--as-of", "2026-11-22")
    assert code == 0  # only a medium finding: below the default --fail-on high
    assert (
        doc["schema"] == "transfer-atlas/findings/v1"
        and doc["as_of"] == "2026-11-22"
        and doc["scenario"] == []
    )
    [finding] = doc["findings"]
    assert finding["rule"] == "unspecified-safeguard" and finding["severity"] == "medium"
    assert (
        finding["exporter"] == "Zorgverzekeraar Noord N.V." and finding["importer"] == "Mumbai Claims Pvt Ltd"
    )
    assert finding["country"] == "IN" and finding["article"].startswith("Art. 46")
    assert finding["evidence"][0]["quote"] == "Wij delen gegevens met in."


def test_fail_on_levels(project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(project_file), "--fail-on", "medium"]) == 1
    assert main(["check", str(project_file), "--fail-on", "never", "--scenario", "dpf-invalidated"]) == 0
    assert main(["check", str(project_file), "--scenario", "dpf-invalidated"]) == 1
    capsys.readouterr()


def test_scenario_and_date_and_compare(project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = run_json(
        capsys, str(project_file), "--as-of", "2032-01-01", "--scenario", "dpf-invalidated", "--compare"
    )
    assert code == 1
    assert doc["scenario"] == ["EU-US Data Privacy Framework invalidated"]
    assert {(f["rule"], f["country"]) for f in doc["compare"]["added"]} == {("no-safeguard", "US")}
    assert ("adequacy-expired", "GB") in {(f["rule"], f["country"]) for f in doc["findings"]}


def test_readable_table(project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(project_file), "--withdraw", "US", "--compare", "--as-of", "2026-11-22"])
    out = capsys.readouterr().out
    assert "2 findings: 1 high, 1 medium, 0 low" in out
    assert "No safeguard" in out and "Cloudly Inc." in out and "evidence: privacyverklaring" in out
    assert "Compared with current law: 1 added, 0 resolved" in out


def test_atlas_project_file_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "insurer.atlas"
    save_project(project(party("in", "Mumbai Claims", country="IN"), flow("f", "ctrl", "in")), path)
    code, doc = run_json(capsys, str(path))
    assert code == 1 and doc["findings"][0]["rule"] == "no-safeguard"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.atlas"], "no such project file"),
        (["--scenario", "moon", "x.json"], "unknown scenario"),
        (["a.json", "b.json"], "at most one project file"),
    ],
)
def test_unusable_input_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["check", *[str(tmp_path / a) if a.endswith((".json", ".atlas")) else a for a in args]]) == 2
    assert message in capsys.readouterr().err


def test_foreign_sqlite_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    other = tmp_path / "other.atlas"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    assert main(["check", str(other)]) == 2
    assert "not a Transfer Atlas project" in capsys.readouterr().err
