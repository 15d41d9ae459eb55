"""The user's dated checks of the DPF List: kept in the project file, the JSON interchange and the
team register, recorded from the command line and the Inspector, and counted by the findings only
while current (a year), never when absent."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.cli import main
from model.assessment import findings
from model.findings import RuleId
from model.ids import PartyId
from model.interchange import InterchangeError, project_from_dict, project_json, project_to_dict
from model.parties import ScopeAttribute, ScopeCheck, Tristate
from model.project import Project, parties_named
from model.store import load_project, migration_backup_path, save_project
from tests.factories import flow, party, project

DPF = ScopeAttribute.DPF_CERTIFIED
CHECKED = dt.date(2026, 3, 2)


def listed(on: dt.date = CHECKED, value: Tristate = Tristate.YES) -> ScopeCheck:
    return ScopeCheck(DPF, value, on, "A. de Vries (DPO)", "https://www.dataprivacyframework.gov/list")


def us_vendor(*checks: ScopeCheck, dpf: Tristate | None = None) -> Project:
    vendor = party("us", "Cloudly Inc.", country="US", dpf=dpf)
    for check in checks:
        vendor = vendor.with_scope_check(check)
    return project(vendor, flow("f1", "ctrl", "us"))


def rules_on(p: Project, as_of: dt.date) -> set[RuleId]:
    return {f.rule for f in findings(p, as_of=as_of) if f.importer == "us"}


def test_a_current_check_covers_the_transfer_and_a_year_later_it_asks_again() -> None:
    p = us_vendor(listed())
    assert rules_on(p, CHECKED) == set()
    assert rules_on(p, CHECKED + dt.timedelta(days=365)) == set()
    later = CHECKED + dt.timedelta(days=366)
    [stale] = [f for f in findings(p, as_of=later) if f.importer == "us"]
    assert stale.rule is RuleId.PARTIAL_ADEQUACY_UNVERIFIED  # unknown again, not a safeguard
    assert "2026-03-02" in stale.message and "check the official list again" in stale.message
    assert dict(stale.facts)["last check"].startswith("yes: checked on 2026-03-02, more than 365 days")


def test_a_check_made_after_the_as_of_date_says_nothing_about_it() -> None:
    before = CHECKED - dt.timedelta(days=1)
    [found] = [f for f in findings(us_vendor(listed()), as_of=before) if f.importer == "us"]
    assert found.rule is RuleId.PARTIAL_ADEQUACY_UNVERIFIED and "after the as-of date" in found.message


def test_never_checked_is_unknown_and_not_listed_is_no_safeguard() -> None:
    assert rules_on(us_vendor(), CHECKED) == {RuleId.PARTIAL_ADEQUACY_UNVERIFIED}
    assert rules_on(us_vendor(listed(value=Tristate.NO)), CHECKED) == {RuleId.NO_SAFEGUARD}
    stale_no = us_vendor(listed(value=Tristate.NO))
    assert rules_on(stale_no, CHECKED + dt.timedelta(days=400)) == {RuleId.PARTIAL_ADEQUACY_UNVERIFIED}


def test_an_undated_value_stands_as_recorded() -> None:
    """A register's DPF column or the editor's combo has no date: it counts as the user stated it."""
    assert rules_on(us_vendor(dpf=Tristate.YES), CHECKED) == set()


def test_setting_the_value_otherwise_drops_the_check_and_a_new_check_replaces_the_old() -> None:
    vendor = us_vendor(listed()).party("us")
    assert vendor.scope_value(DPF) is Tristate.YES and vendor.scope_check(DPF) == listed()
    assert vendor.with_scope(DPF, Tristate.YES).scope_check(DPF) == listed()
    overruled = vendor.with_scope(DPF, Tristate.NO)
    assert overruled.scope_checks == () and overruled.scope_value(DPF) is Tristate.NO
    newer = vendor.with_scope_check(listed(CHECKED + dt.timedelta(days=30), Tristate.NO))
    assert newer.scope_value(DPF) is Tristate.NO and len(newer.scope_checks) == 1
    with pytest.raises(ValueError, match="listed"):
        vendor.with_scope_check(listed(value=Tristate.UNKNOWN))


def test_checks_round_trip_through_json_and_the_project_file(tmp_path: Path) -> None:
    p = us_vendor(listed())
    assert project_from_dict(json.loads(project_json(p))) == p
    path = tmp_path / "checked.atlas"
    save_project(p, path)
    assert load_project(path) == p
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT party, attribute, value, checked_on, checked_by FROM scope_checks"
        ).fetchall()
    assert rows == [("us", "dpf_certified", "yes", "2026-03-02", "A. de Vries (DPO)")]


def test_a_bad_check_in_json_is_named() -> None:
    raw = project_to_dict(us_vendor(listed()))
    raw["parties"][1]["scope_checks"][0]["checked_on"] = "2 March"
    with pytest.raises(InterchangeError, match=r"parties\[1\].scope_checks\[0\].checked_on: not a date"):
        project_from_dict(raw)
    raw["parties"][1]["scope_checks"][0].update(checked_on="2026-03-02", value="unknown")
    with pytest.raises(InterchangeError, match=r"scope_checks\[0\].value"):
        project_from_dict(raw)


def test_a_schema_2_file_is_migrated_and_saved_with_the_table(tmp_path: Path) -> None:
    path = tmp_path / "old.atlas"
    save_project(us_vendor(dpf=Tristate.YES), path)
    with sqlite3.connect(path) as conn:  # as schema 2 made it: no table, no checks
        conn.execute("DROP TABLE scope_checks")
        conn.execute("UPDATE parties SET data = json_remove(data, '$.scope_checks')")
        conn.execute("PRAGMA user_version=2")
    loaded = load_project(path)
    assert loaded == us_vendor(dpf=Tristate.YES)
    assert migration_backup_path(path, 2).exists()  # the schema-2 file is kept before the next save
    save_project(with_check(loaded), path)
    assert load_project(path).party("us").scope_check(DPF) == listed()


def with_check(p: Project) -> Project:
    return replace(p, parties=tuple(x.with_scope_check(listed()) if x.id == "us" else x for x in p.parties))


def test_parties_named_by_id_name_alias_or_normal_form() -> None:
    p = project(
        replace(party("us", "Cloudly Inc.", country="US"), aliases=("Cloudly",)),
        party("us2", "Cloudly LLC", country="US"),
    )
    assert [x.id for x in parties_named(p, "us2")] == ["us2"]
    assert [x.id for x in parties_named(p, "cloudly inc.")] == ["us"]
    assert [x.id for x in parties_named(p, "CLOUDLY")] == ["us"]  # the alias, exactly
    assert [x.id for x in parties_named(p, "Cloudly, Inc")] == ["us", "us2"]  # legal forms set aside
    assert parties_named(p, "Nobody") == ()


def test_cli_records_a_check_and_refuses_unknown_or_ambiguous_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "vendors.atlas"
    save_project(us_vendor(), path)
    code = main(
        ["parties", str(path), "--dpf", "Cloudly Inc.=listed", "--checked-on", "2026-03-02",
         "--checked-by", "A. de Vries (DPO)", "--note", "https://www.dataprivacyframework.gov/list"]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0 and "Cloudly Inc.: listed on the DPF List, checked on 2026-03-02" in out
    assert load_project(path).party("us").scope_check(DPF) == listed()
    saved = path.read_bytes()
    assert main(["parties", str(path), "--dpf", "Nobody=listed"]) == 2
    assert "no party is named 'Nobody'" in capsys.readouterr().err and path.read_bytes() == saved
    assert main(["parties", str(path), "--json"]) == 0
    row = next(r for r in json.loads(capsys.readouterr().out)["parties"] if r["id"] == "us")
    assert row["scope_checks"][0] == {
        "attribute": "dpf_certified",
        "value": "yes",
        "checked_on": "2026-03-02",
        "checked_by": "A. de Vries (DPO)",
        "note": "https://www.dataprivacyframework.gov/list",
    }
    with pytest.raises(SystemExit):
        main(["parties", str(path), "--dpf", "Cloudly Inc.=maybe"])
    assert "expected NAME=listed or NAME=not-listed" in capsys.readouterr().err


@pytest.mark.postgres
def test_checks_round_trip_through_the_team_register(register_url: str) -> None:
    from model.stores import open_store
    from model.team_register import TeamRegister

    register = TeamRegister.connect(register_url)
    register.load()
    register.save(us_vendor(listed()), source="test")
    register.close()
    assert open_store(register_url).load().party("us").scope_check(DPF) == listed()


@pytest.mark.gui
def test_the_inspector_records_a_check_as_one_undoable_edit(qtbot, tmp_path: Path) -> None:
    from desktop_helpers import desktop_settings, sample_project
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from desktop.scope_check_dialog import ScopeCheckDialog
    from desktop.window import MainWindow

    window = MainWindow(desktop_settings(tmp_path))
    window.show()
    window.session.reset(sample_project())
    window.session.select(parties=(PartyId("crm"),))
    editor = window.inspector.party_editor
    assert editor.isVisible() and editor.party is not None and editor.party.id == "crm"
    assert editor.dpf_check.text() == "DPF List: never checked"

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ScopeCheckDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.answer.setCurrentIndex(dialog.answer.findData(Tristate.NO))
        dialog.checked_on.set_date(CHECKED)
        dialog.checked_by.setText("A. de Vries (DPO)")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(50, answer)
    qtbot.mouseClick(editor.record_dpf, Qt.MouseButton.LeftButton)
    crm = window.session.project.party("crm")
    assert crm.scope_check(DPF) == ScopeCheck(DPF, Tristate.NO, CHECKED, "A. de Vries (DPO)", "")
    assert crm.scope_value(DPF) is Tristate.NO
    assert editor.dpf_check.text().startswith("not listed, checked on 2026-03-02 by A. de Vries (DPO)")
    assert window.session.undo_stack.undoText().endswith("DPF List check of Pipeline CRM Inc.")
    window.session.undo_stack.undo()
    assert window.session.project.party("crm").scope_checks == ()
    window.session.undo_stack.setClean()
    window.close()
