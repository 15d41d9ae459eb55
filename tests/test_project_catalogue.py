"""A project carries its own additions to the catalogue of organisations: stored in the .atlas file,
the JSON interchange and the team register, added with ``orgs --add``, used by every import into
the project and by ``orgs --project``; a bad file is refused and leaves the project as it was."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.cli import main
from model.catalogue import bundled_catalogue, merged_additions, with_project_additions
from model.interchange import InterchangeError, project_from_dict, project_to_dict
from model.store import load_project, save_project
from tests.factories import insurer_with_three_recipients
from tests.test_catalogue import entry, write_catalogue

# A vendor no public catalogue knows, named by a sub-processor list without its country.
REGISTER = "Processor,Sub-processor,Service\nNoorderwind Zorg B.V.,Kelpie Analytics,Usage statistics\n"
KELPIE = entry(
    id="kelpie",
    name="Kelpie Analytics Pty Ltd",
    aliases=["Kelpie Analytics"],
    country="AU",
    role="it_hosting",
    service="usage statistics",
)


def additions(tmp_path: Path, *organisations: dict[str, object], name: str = "ours.json") -> Path:
    return write_catalogue(tmp_path / name, list(organisations))


def test_additions_round_trip_through_the_file_and_json(tmp_path: Path) -> None:
    raw = json.loads(additions(tmp_path, KELPIE).read_text(encoding="utf-8"))
    project = replace(insurer_with_three_recipients(), catalogue=merged_additions("", raw))
    path = tmp_path / "p.atlas"
    save_project(project, path)
    assert load_project(path) == project
    document = project_to_dict(project)
    assert document["catalogue"]["extends"] == "bundled"  # additions never replace the catalogue
    assert project_from_dict(json.loads(json.dumps(document))) == project
    used = with_project_additions(bundled_catalogue(), project.catalogue)
    found = used.match("Kelpie Analytics")
    assert found is not None and found.country == "AU" and used.match("Mailchimp") is not None
    document["catalogue"]["organisations"][0]["role"] = "vendor"
    with pytest.raises(
        InterchangeError, match=r"project\.catalogue: organisation 1 \(kelpie\): unknown role"
    ):
        project_from_dict(document)


def test_later_additions_replace_entries_with_the_same_id(tmp_path: Path) -> None:
    first = json.loads(additions(tmp_path, KELPIE, entry()).read_text(encoding="utf-8"))
    moved = json.loads(additions(tmp_path, {**KELPIE, "country": "NZ"}, name="b.json").read_text())
    merged = json.loads(merged_additions(merged_additions("", first), moved))
    assert sorted((o["id"], o["country"]) for o in merged["organisations"]) == [
        ("acme", "NL"),
        ("kelpie", "NZ"),
    ]


def test_orgs_add_then_every_import_into_the_project_uses_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "group.atlas"
    register = tmp_path / "subprocessors.csv"
    register.write_text(REGISTER, encoding="utf-8")
    assert main(["import", str(register), "--into", str(project)]) == 0
    kelpie = [p for p in load_project(project).parties if p.name.startswith("Kelpie")]
    assert len(kelpie) == 1 and kelpie[0].country is None  # the bundled catalogue does not know it
    assert main(["orgs", "--add", str(additions(tmp_path, KELPIE)), "--project", str(project)]) == 0
    assert "holds 1 organisations" in capsys.readouterr().err
    assert main(["orgs", "Kelpie Analytics", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["matches"][0]["match"] is None
    assert main(["orgs", "Kelpie Analytics", "--project", str(project), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["matches"][0]["match"]["country"] == "AU"
    assert main(["import", str(register), "--into", str(project)]) == 0
    kelpie = [p for p in load_project(project).parties if p.name.startswith("Kelpie")]
    assert [(p.country, p.country_source and p.country_source.value) for p in kelpie] == [("AU", "catalogue")]


def test_a_bad_additions_file_is_refused_and_the_project_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.atlas"
    save_project(insurer_with_three_recipients(), project)
    before = project.read_bytes()
    bad = additions(tmp_path, {**KELPIE, "country": "Atlantis"})
    assert main(["orgs", "--add", str(bad), "--project", str(project)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "kelpie" in err and "not changed" in err
    assert project.read_bytes() == before
    assert main(["orgs", "--add", str(bad)]) == 2
    assert "--add needs --project" in capsys.readouterr().err
