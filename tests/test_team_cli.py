"""The command line on a team register: admin init/grant/revoke, import into it, check and export
from it (a lossless round trip through PostgreSQL), the audit trail for the auditor, refusals."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from desktop.cli import main
from model.interchange import read_project_json
from model.store import load_project
from tests.pg_server import LocalServer, free_port

pytestmark = pytest.mark.postgres

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "notices"


@pytest.fixture
def sample_atlas(tmp_path: Path) -> Path:
    """A project file made from the bundled sample notices: documents, evidence, parties, flows."""
    path = tmp_path / "samples.atlas"
    assert (
        main(["import", str(SAMPLES), "--into", str(path), "--name", "Samples group", "--country", "NL"]) == 0
    )
    return path


def test_import_atlas_into_register_and_export_back_is_lossless(
    register_url: str, sample_atlas: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = load_project(sample_atlas)
    assert original.documents and original.flows and any(p.evidence for p in original.parties)
    assert (original.name, original.country) == ("Samples group", "NL")
    assert main(["import", str(sample_atlas), "--into", register_url]) == 0
    assert f"{len(original.parties)} parties" in capsys.readouterr().out
    back, as_json = tmp_path / "back.atlas", tmp_path / "back.json"
    assert main(["export", register_url, "--atlas", str(back), "--project-json", str(as_json)]) == 0
    assert load_project(back) == original
    assert read_project_json(as_json) == original


def test_check_reads_a_register(
    register_url: str, sample_atlas: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["import", str(sample_atlas), "--into", register_url])
    capsys.readouterr()
    from_file = main(["check", str(sample_atlas), "--as-of", "2026-01-01"])
    file_out = capsys.readouterr().out
    from_register = main(["check", register_url, "--as-of", "2026-01-01"])
    assert from_register == from_file and capsys.readouterr().out == file_out


def test_admin_commands_and_an_auditor_refused(
    pg_server: LocalServer,
    register_url: str,
    sample_atlas: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["admin", "init", register_url]) == 0
    assert "exists" in capsys.readouterr().out
    pg_server.create_user("auditor1")
    assert main(["admin", "grant", "auditor", "auditor1", register_url]) == 0
    assert "auditor1 is now auditor" in capsys.readouterr().out
    as_auditor = register_url.replace("atlas_admin@", "auditor1@")
    assert main(["import", str(sample_atlas), "--into", as_auditor]) == 2
    err = capsys.readouterr().err
    assert "auditor1 (auditor) may not make this change" in err and "nothing was saved" in err
    assert main(["export", as_auditor, "--project-json", str(tmp_path / "read.json")]) == 0
    assert main(["admin", "revoke", "auditor1", register_url]) == 0
    assert main(["export", as_auditor, "--project-json", str(tmp_path / "again.json")]) == 2
    assert "auditor1 has no role" in capsys.readouterr().err
    assert main(["admin", "grant", "auditor", "nobody_here", register_url]) == 2
    assert "no database user 'nobody_here'" in capsys.readouterr().err


def test_audit_trail_export_for_the_auditor(
    register_url: str, sample_atlas: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["import", str(sample_atlas), "--into", register_url])
    original = load_project(sample_atlas)
    capsys.readouterr()
    out_csv, out_json = tmp_path / "audit.csv", tmp_path / "audit.json"
    assert main(["audit", register_url, "--csv", str(out_csv), "--json", str(out_json)]) == 0
    entries = json.loads(out_json.read_text(encoding="utf-8"))["entries"]
    inserted = [e for e in entries if e["action"] == "insert" and e["kind"] == "party"]
    assert len(inserted) == len(original.parties)
    assert {e["who"] for e in entries} == {"atlas_admin"}
    assert all(e["source"] == "import samples.atlas" for e in inserted)
    with open(out_csv, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = {r["name"] for r in rows if r["kind"] == "party" and r["field"] == "name"}
    assert names == {p.name for p in original.parties}
    party = original.parties[0]
    assert main(["audit", register_url, "--record", f"party:{party.id}"]) == 0
    printed = capsys.readouterr().out.strip().splitlines()
    assert len(printed) == 1 and "atlas_admin insert party" in printed[0] and party.name in printed[0]
    assert main(["audit", register_url, "--record", "vendor:x"]) == 2


def test_register_errors_are_clear(pg_server: LocalServer, capsys: pytest.CaptureFixture[str]) -> None:
    no_project = pg_server.url(database="postgres")
    assert main(["check", no_project]) == 2
    assert "names no project" in capsys.readouterr().err
    assert main(["check", pg_server.url(database="postgres", project="x")]) == 2
    assert "holds no Transfer Atlas register" in capsys.readouterr().err
    closed = f"postgresql://atlas_admin@127.0.0.1:{free_port()}/postgres?project=x"
    assert main(["export", closed, "--project-json", "unused.json"]) == 2
    assert "cannot connect" in capsys.readouterr().err
