"""The desktop app on a team register: connect, every edit saved as a transaction with its source,
others' changes shown within seconds (LISTEN/NOTIFY), conflicts asked, auditors read-only, and a
record's history in the Inspector."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from desktop_helpers import sample_project
from PySide6.QtCore import QSettings, Qt

from desktop import team_link
from desktop.window import MainWindow
from model.ids import PartyId
from model.project import with_party
from model.team_admin import grant_role
from model.team_register import TeamRegister
from model.team_schema import TeamRole
from tests.pg_server import LocalServer

pytestmark = [pytest.mark.gui, pytest.mark.postgres]


@pytest.fixture
def window(qtbot, tmp_path: Path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("recovery_dir", str(tmp_path / "recovery"))
    store.setValue("autosave_seconds", 3600)
    win = MainWindow(store)
    win.show()
    yield win
    win.session.undo_stack.setClean()
    win.close()
    win.deleteLater()


@pytest.fixture
def shared(register_url: str) -> str:
    """The register holding the sample project; the admin's URL."""
    register = TeamRegister.connect(register_url)
    register.load()
    register.save(sample_project(), source="setup")
    register.close()
    return register_url


def as_user(pg_server: LocalServer, url: str, user: str, role: TeamRole) -> str:
    grant_role(url, role, pg_server.create_user(user))
    return url.replace("atlas_admin@", f"{user}@", 1)


def set_country(window: MainWindow, qtbot, party_id: str, text: str) -> None:
    window.session.select(parties=(PartyId(party_id),))
    editor = window.inspector.party_editor
    editor.country.setFocus()
    editor.country.lineEdit().selectAll()
    qtbot.keyClicks(editor.country.lineEdit(), text)
    qtbot.keyClick(editor.country.lineEdit(), Qt.Key.Key_Return)


def test_connect_edit_saves_with_its_source_and_history_shows(
    window: MainWindow, qtbot, shared: str, pg_server: LocalServer
) -> None:
    url = as_user(pg_server, shared, "anna", TeamRole.EDITOR)
    assert window.team.connect_to(url)
    assert window.session.project == sample_project() and not window.session.read_only
    assert "anna@" in window.windowTitle() and window.settings.team_register_url == url
    set_country(window, qtbot, "hosting", "Germany (DE)")
    assert window.session.project.party(PartyId("hosting")).country == "DE"
    assert not window.session.modified  # saved as it was made
    other = TeamRegister.connect(shared)
    assert other.load().party(PartyId("hosting")).country == "DE"
    (last,) = [e for e in other.history("party", "hosting") if e.who == "anna"]
    assert last.source == window.session.undo_stack.text(0) and last.source
    window.undo_actions[0].trigger()  # undo is a new, audited transaction
    assert other.load().party(PartyId("hosting")).country == "NL"
    assert other.history("party", "hosting")[-1].source.startswith("Undo ")
    history = [window.inspector.history.item(i).text() for i in range(window.inspector.history.count())]
    assert len(history) == 3 and "anna" in history[0] and '"DE" → "NL"' in history[0]


def test_others_changes_appear_within_seconds(window: MainWindow, qtbot, shared: str) -> None:
    window.open_inputs([shared])  # as `transfer-atlas gui URL` does
    assert window.session.register is not None
    other = TeamRegister.connect(shared)
    project = other.load()
    other.save(with_party(project, replace(project.party(PartyId("crm")), notes="DPF listed")))
    qtbot.waitUntil(lambda: window.session.project.party(PartyId("crm")).notes == "DPF listed", timeout=5000)
    assert window.session.project == other.load()


def test_conflict_asks_and_keep_mine_replaces_theirs(
    window: MainWindow, qtbot, shared: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.team.connect_to(shared)
    window.team._close_register()  # deaf to notifications: the colleague's edit arrives unseen
    other = TeamRegister.connect(shared)
    project = other.load()
    other.save(with_party(project, replace(project.party(PartyId("hosting")), country="BE")))
    asked: list[str] = []
    monkeypatch.setattr(window.team, "ask_conflict", lambda c: asked.append(str(c)) or team_link.KEEP_MINE)
    set_country(window, qtbot, "hosting", "France (FR)")
    assert len(asked) == 1 and "was changed by atlas_admin" in asked[0] and '"NL" → "BE"' in asked[0]
    assert other.load().party(PartyId("hosting")).country == "FR"


def test_conflict_take_theirs_shows_their_version(
    window: MainWindow, qtbot, shared: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.team.connect_to(shared)
    window.team._close_register()
    other = TeamRegister.connect(shared)
    project = other.load()
    other.save(with_party(project, replace(project.party(PartyId("hosting")), country="BE")))
    monkeypatch.setattr(window.team, "ask_conflict", lambda c: team_link.TAKE_THEIRS)
    set_country(window, qtbot, "hosting", "France (FR)")
    assert window.session.project.party(PartyId("hosting")).country == "BE"
    assert other.load().party(PartyId("hosting")).country == "BE"


def test_an_auditor_gets_a_read_only_window(
    window: MainWindow, qtbot, shared: str, pg_server: LocalServer
) -> None:
    url = as_user(pg_server, shared, "iris", TeamRole.AUDITOR)
    assert window.team.connect_to(url)
    assert window.session.read_only and "read-only" in window.windowTitle()
    window.session.select(parties=(PartyId("hosting"),))
    assert window.inspector.party_editor.isVisible() and not window.inspector.party_editor.isEnabled()
    assert not window.edits.confirm.isEnabled()


def test_unsaved_work_is_asked_about_before_connecting(
    window: MainWindow, qtbot, shared: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.session.reset(sample_project())
    window.session.mark_modified()
    asked: list[bool] = []
    monkeypatch.setattr(window.files, "maybe_save", lambda: asked.append(True) and False)  # the user cancels
    window.team.may_leave = window.files.maybe_save
    assert not window.team.connect_to(shared)
    assert asked and window.session.register is None and window.session.modified


def test_a_password_in_the_url_is_refused_and_never_remembered(
    window: MainWindow, qtbot, shared: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(team_link.QMessageBox, "critical", lambda _w, _t, text: shown.append(text))
    with_password = shared.replace("atlas_admin@", "atlas_admin:secret@")
    assert not window.team.connect_to(with_password)
    assert "password file" in shown[0] and "secret" not in shown[0]
    assert "secret" not in window.settings.team_register_url and window.session.register is None


def test_a_connection_lost_mid_save_says_so_keeps_the_edit_and_saves_it_after_reconnecting(
    window: MainWindow, qtbot, shared: str, pg_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = as_user(pg_server, shared, "lena", TeamRole.EDITOR)
    assert window.team.connect_to(url)
    warnings: list[str] = []
    monkeypatch.setattr(team_link.QMessageBox, "warning", lambda _w, _t, text: warnings.append(text))
    blocker = psycopg.connect(shared.split("?")[0])
    blocker.execute("BEGIN")
    blocker.execute("LOCK TABLE atlas.parties IN EXCLUSIVE MODE")  # the app's save waits here...
    killer = threading.Thread(target=_kill_when_waiting, args=(pg_server, "lena"))
    killer.start()  # ...and its connection is killed while it waits
    set_country(window, qtbot, "hosting", "Austria (AT)")
    killer.join(10)
    blocker.rollback()
    blocker.close()
    assert len(warnings) == 1 and "connection to the register was lost while saving" in warnings[0]
    assert "nothing was saved" in warnings[0] and window.session.modified
    other = TeamRegister.connect(shared)
    assert other.load().party(PartyId("hosting")).country == "NL"  # the register is as it was
    set_country(window, qtbot, "crm", "Canada (CA)")  # the next edit reconnects and saves both
    now = other.load()
    assert (now.party(PartyId("hosting")).country, now.party(PartyId("crm")).country) == ("AT", "CA")
    assert not window.session.modified


def _kill_when_waiting(pg_server: LocalServer, user: str) -> None:
    for _ in range(400):
        rows = pg_server.admin(
            f"SELECT pid FROM pg_stat_activity WHERE usename = '{user}' AND wait_event_type = 'Lock'"
        )
        if rows:
            pg_server.admin(f"SELECT pg_terminate_backend({rows[0][0]})")
            return
        time.sleep(0.05)


def test_the_apps_workbook_change_log_reads_the_audit_trail(
    window: MainWindow, qtbot, shared: str, pg_server: LocalServer, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    url = as_user(pg_server, shared, "erik", TeamRole.EDITOR)
    assert window.team.connect_to(url)
    set_country(window, qtbot, "hosting", "Germany (DE)")
    target = tmp_path / "team TIA.xlsx"
    with qtbot.waitSignal(window.io.export_finished, timeout=60000):
        window.io.write_workbook(target)
    book = load_workbook(target, read_only=True)
    log = [r for r in book["Change log"].iter_rows(values_only=True) if r and r[2] == "erik"]
    assert log and "DE" in str(log[-1][3])  # who (the database user) and what, from the register's trail
