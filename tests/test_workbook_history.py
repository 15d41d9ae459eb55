"""The Change log reads real history: the previous export's snapshot, or a team register's audit trail;
it never invents an entry, and says so when it has none."""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exports.history import SNAPSHOT_SCHEMA, read_snapshot
from exports.report import build_report
from exports.workbook import write_xlsx
from model.flows import TiaStatus
from model.ids import PartyId
from model.parties import Party, Role
from model.project import Project
from model.team_audit import AuditEntry
from tests.document_files import BILLION_LAUGHS, EXTERNAL_ENTITY
from tests.factories import flow
from tests.hostile_files import member, replace_members, with_prolog
from tests.test_workbook import insurer_project

AS_OF = dt.date(2026, 11, 30)


def export(project: Project, path: Path, **options: object) -> list[list[object]]:
    write_xlsx(build_report(project, as_of=AS_OF), path, **options)  # type: ignore[arg-type]
    ws = load_workbook(path)["Change log"]
    return [[c.value for c in row] for row in ws.iter_rows()]


def changed(project: Project) -> Project:
    """The insurer's project after a month of work: one country corrected, one party gone, one
    recipient added with a flow to it, a TIA completed."""
    parties = [replace(p, country="DE") if p.id == "uk" else p for p in project.parties if p.id != "nowhere"]
    parties.append(Party(PartyId("ch"), "Zurich Archive AG", Role.PROCESSOR, "CH"))
    flows = [
        replace(f, tia_status=TiaStatus.COMPLETED) if f.id == "f-us" else f
        for f in project.flows
        if "nowhere" not in (f.exporter, f.importer)
    ]
    flows.append(flow("f-ch", "ctrl", "ch"))
    return replace(project, parties=tuple(parties), flows=tuple(flows))


def test_a_first_export_says_no_history_is_known_and_invents_none(tmp_path: Path) -> None:
    rows = export(insurer_project(), tmp_path / "tia.xlsx")
    assert rows[1][0] == "1" and "No earlier export is recorded" in rows[1][3]
    assert not any("added" in str(r[3]) or "changed" in str(r[3]) for r in rows[2:])
    snapshot = read_snapshot(tmp_path / "tia.xlsx")
    assert snapshot is not None and snapshot.version == 1
    assert snapshot.organisation == insurer_project().name
    assert ("party", "uk") in snapshot.records and ("flow", "f-us") in snapshot.records
    wb = load_workbook(tmp_path / "tia.xlsx")
    hidden = [ws for ws in wb.worksheets if ws.sheet_state != "visible"]
    assert [ws["A1"].value for ws in hidden] == [SNAPSHOT_SCHEMA]


def test_exporting_again_lists_what_changed_since_the_previous_export(tmp_path: Path) -> None:
    path = tmp_path / "tia.xlsx"
    before = insurer_project()
    export(before, path)
    rows = export(changed(before), path)  # the same file, a month later
    texts = [str(r[3]) for r in rows]
    assert rows[1][0] == "2" and "No earlier export" not in texts[1]
    summary = next(t for t in texts if t.startswith("Changes since version 1 of"))
    assert "2 added" in summary and "removed" in summary and "is not recorded" in summary
    assert any(t.startswith("changed party") and "Country: GB \u2192 DE" in t for t in texts), texts
    assert any(t.startswith("removed party Unlocated Analytics") for t in texts), texts
    assert any(t.startswith("added party Zurich Archive AG") for t in texts), texts
    assert any(
        t.startswith("changed flow") and "TIA status: Not started \u2192 Completed" in t for t in texts
    )
    who = {r[2] for r in rows if str(r[3]).startswith(("changed ", "added ", "removed "))}
    assert who == {"not recorded (a project file does not record who edits it)"}
    assert read_snapshot(path).version == 2  # type: ignore[union-attr]
    again = export(changed(before), path)  # nothing changed since
    assert "0 added, 0 changed, 0 removed" in str(again[2][3]) and again[1][0] == "3"


def test_the_previous_workbook_may_be_named_and_another_organisations_is_not_used(tmp_path: Path) -> None:
    first, second = tmp_path / "2026-10.xlsx", tmp_path / "2026-11.xlsx"
    export(insurer_project(), first)
    rows = export(changed(insurer_project()), second, previous=first)
    assert rows[1][0] == "2" and any(str(r[3]).startswith("added party Zurich") for r in rows)
    other = replace(insurer_project(), name="Another Insurer N.V.")
    rows = export(other, first)
    assert rows[1][0] == "1" and "made for another organisation (Zorgverzekeraar Noord)" in str(rows[1][3])


def test_a_damaged_snapshot_is_named_not_trusted(tmp_path: Path) -> None:
    path = tmp_path / "tia.xlsx"
    export(insurer_project(), path)
    wb = load_workbook(path)
    snapshot = next(ws for ws in wb.worksheets if ws.sheet_state != "visible")
    snapshot["C3"] = "{not json"
    wb.save(path)
    with pytest.raises(ValueError, match=r"row 3: not a snapshot record"):
        read_snapshot(path)
    rows = export(insurer_project(), path)
    assert rows[1][0] == "1" and "damaged snapshot" in str(rows[1][3]) and "row 3" in str(rows[1][3])


def test_a_file_that_is_no_workbook_gives_no_history(tmp_path: Path) -> None:
    assert read_snapshot(tmp_path / "missing.xlsx") is None
    text = tmp_path / "notes.xlsx"
    text.write_text("not a zip", encoding="utf-8")
    assert read_snapshot(text) is None
    bare = tmp_path / "bare.xlsx"
    with zipfile.ZipFile(bare, "w") as z:
        z.writestr("hello.txt", "x")
    assert read_snapshot(bare) is None


@pytest.mark.parametrize("part", ["xl/workbook.xml", "xl/styles.xml", "docProps/core.xml"])
@pytest.mark.parametrize("dtd", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["laughs", "external"])
def test_a_previous_workbook_declaring_entities_neither_expands_nor_leaks_them(
    tmp_path: Path, part: str, dtd: str
) -> None:
    # openpyxl reads these parts with lxml, which expands no entity (the snapshot sheet itself is
    # read through defusedxml): the export finishes and carries nothing an entity would pull in.
    path = tmp_path / "tia.xlsx"
    export(insurer_project(), path)
    data = path.read_bytes()
    xml = with_prolog(member(data, part), dtd).replace(b">Transfer Atlas<", b">&lol9;&secret;<", 1)
    path.write_bytes(replace_members(data, {part: xml}))
    rows = export(changed(insurer_project()), path)
    assert rows[1][0] in ("1", "2")  # a first export, or the second after the snapshot read
    with zipfile.ZipFile(path) as archive:
        text = b"".join(archive.read(name) for name in archive.namelist())
    assert b"lollol" not in text and b"root:" not in text and b"&secret;" not in text


@pytest.mark.parametrize("part", ["[Content_Types].xml", "xl/styles.xml", "docProps/core.xml"])
def test_a_previous_workbook_with_damaged_xml_gives_no_history_and_the_export_goes_on(
    tmp_path: Path, part: str
) -> None:
    path = tmp_path / "tia.xlsx"
    export(insurer_project(), path)
    data = path.read_bytes()
    path.write_bytes(replace_members(data, {part: member(data, part)[:200]}))
    rows = export(insurer_project(), path)
    assert rows[1][0] == "1" and "No earlier export is recorded" in rows[1][3]


def entry(
    seq: int, at: dt.datetime, who: str, action: str, before: dict | None, after: dict | None
) -> AuditEntry:
    return AuditEntry(seq, at, who, "party", "uk", action, before, after, "register.xlsx (import)")


def test_a_team_registers_audit_trail_gives_who_when_what_and_from_which_document(tmp_path: Path) -> None:
    path = tmp_path / "tia.xlsx"
    export(insurer_project(), path)
    taken = read_snapshot(path).taken  # type: ignore[union-attr]
    old = entry(1, taken - dt.timedelta(days=3), "alice", "insert", None, {"data": {"name": "UK Claims Ltd"}})
    new = entry(
        2,
        taken + dt.timedelta(hours=2),
        "bob",
        "update",
        {"data": {"name": "UK Claims Ltd", "country": "GB", "role": "processor"}},
        {"data": {"name": "UK Claims Ltd", "country": "DE", "role": "sub_processor"}},
    )
    rows = export(insurer_project(), path, audit=[old, new])
    listed = [r for r in rows if r[2] in ("alice", "bob")]
    assert [r[2] for r in listed] == ["bob"]  # only what happened since the previous export
    text = str(listed[0][3])
    assert text.startswith(
        "changed party UK Claims Ltd: Country: GB \u2192 DE; Role: Processor \u2192 Sub-processor"
    )
    assert text.endswith("(from register.xlsx (import))")
    assert listed[0][1] == f"{new.at.astimezone():%Y-%m-%d %H:%M}"
    assert any(
        str(r[3]).startswith("Changes recorded in the team register's audit trail since version 1")
        for r in rows
    )
    (tmp_path / "fresh").mkdir()
    rows = export(insurer_project(), tmp_path / "fresh" / "tia.xlsx", audit=[old, new])
    assert [r[2] for r in rows if r[2] in ("alice", "bob")] == ["alice", "bob"]  # no earlier export: all


def test_the_change_log_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "tia.xlsx"
    write_xlsx(build_report(insurer_project(), as_of=AS_OF), path, language="nl")
    write_xlsx(build_report(changed(insurer_project()), as_of=AS_OF), path, language="nl")
    ws = load_workbook(path)["Wijzigingslog"]
    texts = [str(r[3].value) for r in ws.iter_rows()]
    assert texts[0] == "Wat is gewijzigd"
    assert any(t.startswith("Wijzigingen sinds versie 1 van") for t in texts)
    assert any(t.startswith("partij Zurich Archive AG toegevoegd") for t in texts), texts


@pytest.mark.postgres
def test_export_of_a_team_register_lists_its_audit_trail(
    register_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main
    from model.store import save_project

    atlas = tmp_path / "insurer.atlas"
    save_project(insurer_project(), atlas)
    assert main(["import", str(atlas), "--into", register_url]) == 0
    target = tmp_path / "team.xlsx"
    assert (
        main(["export", register_url, "--as-of", "2026-11-30", "--xlsx", str(target), "--language", "en"])
        == 0
    )
    rows = [[c.value for c in r] for r in load_workbook(target)["Change log"].iter_rows()]
    added = [r for r in rows if str(r[3]).startswith("added party")]
    assert len(added) == len(insurer_project().parties)
    assert {r[2] for r in added} == {"atlas_admin"}  # the database user who imported them
    assert all(str(r[3]).endswith("(from import insurer.atlas)") for r in added)
    assert any(str(r[3]).startswith("Every change recorded in the team register") for r in rows)
    # exported again: only what changed since (nothing)
    assert (
        main(["export", register_url, "--as-of", "2026-11-30", "--xlsx", str(target), "--language", "en"])
        == 0
    )
    rows = [[c.value for c in r] for r in load_workbook(target)["Change log"].iter_rows()]
    assert rows[1][0] == "2" and not any(str(r[3]).startswith("added party") for r in rows)
    assert any("since version 1" in str(r[3]) and "0 added, 0 changed, 0 removed" in str(r[3]) for r in rows)
    capsys.readouterr()
