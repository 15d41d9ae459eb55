"""The PostgreSQL team register against a real local server: round trip, versions and conflicts,
the audit trail, the roles enforced by the database, lost connections and schema versions."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from typing import Any

import psycopg
import pytest

from model import team_schema
from model.catalogue import merged_additions
from model.flows import TiaConclusion, TiaStatus
from model.ids import FlowId, PartyId
from model.parties import ReviewStatus
from model.project import Project, with_party, without_party
from model.stores import FileStore, is_register_url, open_store
from model.team_admin import grant_role, init_register, revoke_roles
from model.team_audit import EditConflict, RegisterConnectionLost, RegisterPermissionError
from model.team_register import TeamRegister
from model.team_schema import RegisterError, RegisterUrl, TeamRole
from tests.factories import flow, insurer_with_three_recipients, party
from tests.pg_server import LocalServer

pytestmark = pytest.mark.postgres


def as_user(url: str, user: str) -> str:
    """The same register URL for another database user."""
    return url.replace("atlas_admin@", f"{user}@", 1)


def member(pg_server: LocalServer, url: str, user: str, role: TeamRole) -> TeamRegister:
    pg_server.create_user(user)
    grant_role(url, role, user)
    return TeamRegister.connect(as_user(url, user))


def filled(url: str) -> Project:
    """The register at ``url`` holding the insurer's project; the project."""
    register = TeamRegister.connect(url)
    register.load()
    register.save(insurer_with_three_recipients(), source="setup")
    register.close()
    return insurer_with_three_recipients()


def test_url_keeps_libpq_part_and_hides_password() -> None:
    url = RegisterUrl.parse(
        "postgresql://ana:secret@db.example:5433/privacy?sslmode=require&project=Group%20NL"
    )
    assert url.project == "Group NL"
    assert url.database == "privacy"
    assert url.conninfo == "postgresql://ana:secret@db.example:5433/privacy?sslmode=require"
    assert "secret" not in url.display and url.has_password
    in_query = RegisterUrl.parse("postgresql://h/db?password=secret&project=p")
    assert in_query.has_password and "secret" not in in_query.display
    assert not RegisterUrl.parse("postgresql://ana@h/db?project=p").has_password
    with pytest.raises(RegisterError, match="names no project"):
        RegisterUrl.parse("postgresql://ana@db.example/privacy")
    assert is_register_url("postgresql://h/db?project=x") and not is_register_url("team.atlas")
    assert isinstance(open_store("team.atlas"), FileStore)


def test_init_is_idempotent_and_adds_projects(register_url: str) -> None:
    assert "exists" in init_register(register_url)
    second = register_url.replace("project=team", "project=other")
    assert "added the project 'other'" in init_register(second)
    assert TeamRegister.connect(second).load().parties == ()


def test_project_round_trips_through_the_register(register_url: str) -> None:
    project = filled(register_url)
    loaded = open_store(register_url).load()
    assert loaded == project
    own = {
        "schema": "transfer-atlas/organisations/v1",
        "version": "1",
        "as_of": "2026-12-01",
        "organisations": [
            {"id": "k", "name": "Kelpie Analytics Pty Ltd", "role": "it_hosting", "country": "AU"}
        ],
    }
    with_own = replace(project, catalogue=merged_additions("", own))  # the project's catalogue additions
    store = open_store(register_url)
    store.load()
    store.save(with_own)
    assert open_store(register_url).load() == with_own


def test_unknown_project_and_empty_database_are_refused(pg_server: LocalServer, register_url: str) -> None:
    with pytest.raises(RegisterError, match="no project 'nope'.*projects: team"):
        TeamRegister.connect(register_url.replace("project=team", "project=nope"))
    empty = pg_server.url(database=pg_server.create_database("plain_db"), project="x")
    with pytest.raises(RegisterError, match="holds no Transfer Atlas register.*admin init"):
        TeamRegister.connect(empty)


def test_second_save_of_the_same_party_is_refused_with_who_and_what(
    pg_server: LocalServer, register_url: str
) -> None:
    filled(register_url)
    alice = member(pg_server, register_url, "alice", TeamRole.EDITOR)
    bob = member(pg_server, register_url, "bob", TeamRole.EDITOR)
    mine, theirs = alice.load(), bob.load()
    alice.save(with_party(mine, replace(mine.party(PartyId("in")), country="SG")), source="vendor call")
    bob_edit = with_party(theirs, replace(theirs.party(PartyId("in")), notes="checked the contract"))
    bob_edit = with_party(bob_edit, replace(theirs.party(PartyId("uk")), notes="fine"))
    with pytest.raises(EditConflict) as refused:
        bob.save(bob_edit)
    (conflict,) = refused.value.conflicts
    assert (conflict.kind, conflict.record, conflict.changed_by) == ("party", "in", "alice")
    assert conflict.changed_at is not None
    assert [(c.field, c.before, c.after) for c in conflict.changes] == [("country", "IN", "SG")]
    assert "alice" in str(refused.value) and '"IN" → "SG"' in str(refused.value)
    now = TeamRegister.connect(register_url).load()
    assert (
        now.party(PartyId("in")).country == "SG" and now.party(PartyId("uk")).notes == ""
    )  # nothing of bob's
    bob.keep_mine(refused.value.conflicts)  # bob chooses his version: saved deliberately, audited
    bob.save(bob_edit)
    final = TeamRegister.connect(register_url).load()
    assert final.party(PartyId("in")).notes == "checked the contract"
    assert final.party(PartyId("in")).country == "IN"  # bob's whole record replaced alice's
    assert [e.who for e in alice.history("party", "in")] == ["atlas_admin", "alice", "bob"]


def test_the_same_party_added_twice_is_a_conflict_too(pg_server: LocalServer, register_url: str) -> None:
    filled(register_url)
    alice = member(pg_server, register_url, "alice", TeamRole.EDITOR)
    bob = member(pg_server, register_url, "bob", TeamRole.EDITOR)
    a, b = alice.load(), bob.load()
    alice.save(with_party(a, party("aws", "Amazon Web Services EMEA SARL", country="LU")))
    mine = with_party(b, party("aws", "AWS EMEA", country="IE"))
    with pytest.raises(EditConflict, match="party 'Amazon Web Services EMEA SARL' was added by alice"):
        bob.save(mine)
    bob.keep_mine(bob_conflicts := _conflicts(bob, mine))
    assert bob_conflicts[0].added
    bob.save(mine)
    assert alice.refresh(a).party(PartyId("aws")).name == "AWS EMEA"


def test_a_flow_to_a_party_someone_removed_is_a_conflict_both_ways(
    pg_server: LocalServer, register_url: str
) -> None:
    filled(register_url)
    alice = member(pg_server, register_url, "alice", TeamRole.EDITOR)
    bob = member(pg_server, register_url, "bob", TeamRole.EDITOR)
    a, b = alice.load(), bob.load()
    alice.save(without_party(a, PartyId("uk")))  # removes the UK party and its flow
    with pytest.raises(EditConflict, match="party 'Brighton Actuaries Ltd' was removed by alice"):
        bob.save(replace(b, flows=(*b.flows, flow("f9", "us", "uk"))))
    a, b = alice.load(), bob.load()
    alice.save(replace(a, flows=(*a.flows, flow("f10", "us", "in"))))
    with pytest.raises(EditConflict, match="flow 'f10' was added by alice"):
        bob.save(without_party(b, PartyId("in")))
    assert {f.id for f in bob.load().flows} == {"f1", "f2", "f10"}


def _conflicts(register: TeamRegister, project: Project) -> tuple[object, ...]:
    try:
        register.save(project)
    except EditConflict as err:
        return err.conflicts
    raise AssertionError("no conflict")


def test_edits_of_different_records_both_land(pg_server: LocalServer, register_url: str) -> None:
    filled(register_url)
    alice = member(pg_server, register_url, "alice", TeamRole.EDITOR)
    bob = member(pg_server, register_url, "bob", TeamRole.EDITOR)
    a, b = alice.load(), bob.load()
    alice.save(with_party(a, replace(a.party(PartyId("us")), notes="DPF listed")))
    bob.save(with_party(b, replace(b.party(PartyId("uk")), notes="UK adequacy")))
    now = bob.load()
    assert now.party(PartyId("us")).notes == "DPF listed" and now.party(PartyId("uk")).notes == "UK adequacy"


def test_audit_trail_holds_every_change_with_before_after_and_source(
    pg_server: LocalServer, register_url: str
) -> None:
    filled(register_url)
    alice = member(pg_server, register_url, "alice", TeamRole.EDITOR)
    p = alice.load()
    p = with_party(p, party("de", "Berlin Hosting GmbH", country="DE"))
    alice.save(p, source="register.xlsx")
    p = with_party(p, replace(p.party(PartyId("de")), country="AT"))
    alice.save(p, source="edit")
    alice.save(without_party(p, PartyId("de")), source="edit")
    trail = alice.history("party", "de")
    assert [(e.action, e.who, e.source) for e in trail] == [
        ("insert", "alice", "register.xlsx"),
        ("update", "alice", "edit"),
        ("delete", "alice", "edit"),
    ]
    assert trail[0].before is None and trail[0].after["data"]["name"] == "Berlin Hosting GmbH"
    assert [(c.field, c.before, c.after) for c in trail[1].changes()] == [("country", "DE", "AT")]
    assert trail[2].after is None and trail[2].before["data"]["country"] == "AT"
    everything = alice.history()
    # init adds the project; setup renames it and adds 4 parties and 3 flows; then alice's three
    kinds = ["project"] * 2 + ["party"] * 4 + ["flow"] * 3 + ["party"] * 3
    assert [e.kind for e in everything] == kinds
    assert everything == sorted(everything, key=lambda e: e.seq)


def test_auditor_reads_but_every_edit_is_refused(pg_server: LocalServer, register_url: str) -> None:
    filled(register_url)
    carol = member(pg_server, register_url, "carol", TeamRole.AUDITOR)
    p = carol.load()
    assert len(p.parties) == 4 and carol.history()
    for edit in (
        with_party(p, replace(p.party(PartyId("us")), notes="x")),
        with_party(p, party("fr", "Paris SAS", country="FR")),
        without_party(p, PartyId("uk")),
        replace(p, notes="auditor note"),
    ):
        with pytest.raises(RegisterPermissionError, match=r"carol \(auditor\) may not"):
            carol.save(edit)
        carol.load()
    with (
        psycopg.connect(as_user(register_url.split("?")[0], "carol")) as raw,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        raw.execute("DELETE FROM atlas.audit")
    assert TeamRegister.connect(register_url).load() == p


def test_reviewer_confirms_but_editor_may_not(pg_server: LocalServer, register_url: str) -> None:
    filled(register_url)
    rita = member(pg_server, register_url, "rita", TeamRole.REVIEWER)
    ed = member(pg_server, register_url, "ed", TeamRole.EDITOR)
    p = rita.load()
    rita.save(with_party(p, replace(p.party(PartyId("us")), review=ReviewStatus.CONFIRMED)))
    with pytest.raises(RegisterPermissionError, match="rita"):
        rita.save(with_party(p, replace(p.party(PartyId("uk")), name="Renamed Ltd")))
    q = ed.load()
    assert q.party(PartyId("us")).review is ReviewStatus.CONFIRMED
    with pytest.raises(RegisterPermissionError, match="ed"):
        ed.save(with_party(q, replace(q.party(PartyId("uk")), review=ReviewStatus.REJECTED)))
    with pytest.raises(RegisterPermissionError, match="only a reviewer"):
        ed.save(with_party(q, replace(party("jp", "Tokyo KK", country="JP"), review=ReviewStatus.CONFIRMED)))
    ed.save(with_party(q, party("jp", "Tokyo KK", country="JP")))  # a suggestion is an editor's to add


def signed_off(p: Project, fid: str = "f2", conclusion: TiaConclusion = TiaConclusion.PERMITTED) -> Project:
    """``p`` with the TIA of flow ``fid`` completed with ``conclusion``."""
    flows = tuple(
        replace(f, tia_status=TiaStatus.COMPLETED, tia_conclusion=conclusion) if f.id == FlowId(fid) else f
        for f in p.flows
    )
    return replace(p, flows=flows)


def test_only_a_reviewer_signs_off_a_tia(pg_server: LocalServer, register_url: str) -> None:
    filled(register_url)
    ed = member(pg_server, register_url, "ed3", TeamRole.EDITOR)
    rita = member(pg_server, register_url, "rita3", TeamRole.REVIEWER)
    q = ed.load()
    refused = r"ed3 \(editor\) may not.*only a reviewer may sign off"
    with pytest.raises(RegisterPermissionError, match=refused):
        ed.save(signed_off(q))
    with pytest.raises(RegisterPermissionError, match="only a reviewer may sign off"):
        done = replace(flow("f9", "ctrl", "uk"), tia_status=TiaStatus.COMPLETED)
        ed.save(replace(q, flows=(*q.flows, done)))
    ed.load()
    ed.save(replace(q, flows=tuple(replace(f, tia_status=TiaStatus.IN_PROGRESS) for f in q.flows)))
    p = rita.load()
    assert all(f.tia_status is TiaStatus.IN_PROGRESS for f in p.flows)  # an editor prepares the TIA
    rita.save(signed_off(p, conclusion=TiaConclusion.PERMITTED_WITH_MEASURES))
    p = rita.load()
    with pytest.raises(RegisterPermissionError, match="a reviewer may change only the review and the TIA"):
        rita.save(replace(p, flows=tuple(replace(f, notes="reviewer's edit") for f in p.flows)))
    q = ed.load()
    done = {f.id: (f.tia_status, f.tia_conclusion) for f in q.flows}
    assert done[FlowId("f2")] == (TiaStatus.COMPLETED, TiaConclusion.PERMITTED_WITH_MEASURES)
    assert all(f.notes != "reviewer's edit" for f in q.flows)
    with pytest.raises(RegisterPermissionError, match="only a reviewer"):  # nor withdraw it
        ed.save(replace(q, flows=tuple(replace(f, tia_status=TiaStatus.IN_PROGRESS) for f in q.flows)))
    who = {(e.who, e.record) for e in ed.history() if e.kind == "flow" and e.action == "update"}
    assert ("rita3", "f2") in who


def test_a_schema_1_register_is_upgraded_to_reviewer_sign_off(
    pg_server: LocalServer, register_url: str
) -> None:
    """The real step from schema 1: before it, reviewers could not write a flow's TIA at all."""
    filled(register_url)
    rita = member(pg_server, register_url, "rita4", TeamRole.REVIEWER)
    rita.close()
    admin = psycopg.connect(register_url.split("?")[0], autocommit=True)
    reviewer = team_schema.role_name(RegisterUrl.parse(register_url).database, TeamRole.REVIEWER)
    with admin.transaction():  # what a schema-1 register holds
        admin.execute("DROP TRIGGER check_signoff ON atlas.flows")
        admin.execute("DROP FUNCTION atlas.check_signoff()")
        admin.execute(f'REVOKE UPDATE (data) ON atlas.flows FROM "{reviewer}"')
        admin.execute("UPDATE atlas.meta SET value = '1' WHERE key = 'schema_version'")
    assert "upgraded the register from schema 1 to 2" in init_register(register_url)
    rita = TeamRegister.connect(as_user(register_url, "rita4"))
    rita.save(signed_off(rita.load()))
    assert {f.tia_status for f in TeamRegister.connect(register_url).load().flows} >= {TiaStatus.COMPLETED}


def test_revoked_user_can_no_longer_read(pg_server: LocalServer, register_url: str) -> None:
    filled(register_url)
    member(pg_server, register_url, "dora", TeamRole.EDITOR).close()
    assert "no longer" in revoke_roles(register_url, "dora")
    with pytest.raises(RegisterPermissionError, match="dora has no role.*admin grant"):
        TeamRegister.connect(as_user(register_url, "dora"))
    with pytest.raises(RegisterError, match="no database user 'ghost'"):
        grant_role(register_url, TeamRole.EDITOR, "ghost")


def test_connection_killed_mid_transaction_leaves_the_register_unchanged(
    pg_server: LocalServer, register_url: str
) -> None:
    before = filled(register_url)
    register, _, saver, failure, blocker, waiting = _save_stopped_halfway(pg_server, register_url, "half")
    pg_server.admin(f"SELECT pg_terminate_backend({waiting})")
    saver.join(10)
    blocker.rollback()
    blocker.close()
    assert len(failure) == 1 and isinstance(failure[0], RegisterConnectionLost)
    assert "nothing was saved" in str(failure[0])
    assert TeamRegister.connect(register_url).load().parties == before.parties
    assert register.load().flows == before.flows  # and the same register object reconnects


def test_a_save_during_a_server_restart_is_refused_whole_and_then_lands(
    pg_server: LocalServer, register_url: str
) -> None:
    """The server restarts while a save waits halfway (its party rows written, its flows not yet):
    the save is refused with "nothing was saved", the register is as it was, and once the server is
    back the same register object reconnects and the retried save lands whole."""
    before = filled(register_url)
    register, edited, saver, failure, blocker, _ = _save_stopped_halfway(pg_server, register_url, "restart")
    pg_server.halt()
    try:
        saver.join(30)
        assert len(failure) == 1 and isinstance(failure[0], RegisterConnectionLost)
        assert "nothing was saved" in str(failure[0])
        with pytest.raises(RegisterConnectionLost, match="nothing was saved"):  # while it is down
            register.save(edited)
    finally:
        pg_server.resume()
        blocker.close()
    assert TeamRegister.connect(register_url).load() == before
    register.load()
    register.save(edited)
    after = TeamRegister.connect(register_url).load()
    assert after.party(PartyId("us")).notes == "restart"
    assert {f.notes for f in after.flows} == {"restart"}


def _save_stopped_halfway(
    pg_server: LocalServer, register_url: str, notes: str
) -> tuple[TeamRegister, Project, threading.Thread, list[BaseException], psycopg.Connection[Any], int]:
    """A save (``notes`` on a party and every flow) started in a thread and stopped halfway: its party
    update is written, its flows wait on a lock another connection holds. Returns the register, the
    edited project, the thread, where its failure lands, the blocking connection and the waiting pid."""
    register = TeamRegister.connect(register_url)
    p = register.load()
    edited = with_party(p, replace(p.party(PartyId("us")), notes=notes))
    edited = replace(edited, flows=tuple(replace(f, notes=notes) for f in edited.flows))
    blocker = psycopg.connect(register_url.split("?")[0])
    blocker.execute("BEGIN")
    blocker.execute("LOCK TABLE atlas.flows IN EXCLUSIVE MODE")  # the save stops after its party update
    failure: list[BaseException] = []
    saver = threading.Thread(target=lambda: _capture(failure, lambda: register.save(edited)))
    saver.start()
    waiting = _wait_for_lock(pg_server, RegisterUrl.parse(register_url).database)
    return register, edited, saver, failure, blocker, waiting


def _capture(failures: list[BaseException], action: object) -> None:
    try:
        action()  # type: ignore[operator]
    except BaseException as err:  # noqa: BLE001 - handed to the test thread
        failures.append(err)


def _wait_for_lock(pg_server: LocalServer, database: str) -> int:
    for _ in range(200):
        rows = pg_server.admin(
            "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            f"AND datname = '{database}' AND application_name = 'transfer-atlas'"
        )
        if rows:
            return int(str(rows[0][0]))
        time.sleep(0.05)
    raise AssertionError("the save never reached the locked table")


def test_newer_schema_is_refused_and_left_unchanged(register_url: str) -> None:
    filled(register_url)
    admin = psycopg.connect(register_url.split("?")[0], autocommit=True)
    admin.execute("UPDATE atlas.meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(RegisterError, match="newer Transfer Atlas.*schema 99.*not changed"):
        TeamRegister.connect(register_url)
    with pytest.raises(RegisterError, match="newer"):
        init_register(register_url)
    assert admin.execute("SELECT value FROM atlas.meta").fetchall() == [("99",)]
    assert admin.execute("SELECT count(*) FROM atlas.parties").fetchone() == (4,)


def test_older_schema_is_upgraded_in_one_transaction(
    pg_server: LocalServer, register_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build one schema ahead opening today's register runs the registered step (here: a test step)."""
    filled(register_url)
    now = team_schema.REGISTER_SCHEMA_VERSION

    def add_review_note(conn: psycopg.Connection[tuple[object, ...]]) -> None:
        conn.execute("ALTER TABLE atlas.parties ADD COLUMN review_note text NOT NULL DEFAULT ''")

    monkeypatch.setattr(team_schema, "REGISTER_SCHEMA_VERSION", now + 1)
    monkeypatch.setitem(team_schema.REGISTER_MIGRATIONS, now, add_review_note)
    grant_role(register_url, TeamRole.EDITOR, pg_server.create_user("ed2"))  # not the owner: may not upgrade
    with pytest.raises(RegisterError, match=f"older schema {now}.*admin init"):
        TeamRegister.connect(as_user(register_url, "ed2"))
    assert f"upgraded the register from schema {now} to {now + 1}" in init_register(register_url)
    admin = psycopg.connect(register_url.split("?")[0], autocommit=True)
    assert admin.execute("SELECT value FROM atlas.meta").fetchall() == [(str(now + 1),)]
    assert admin.execute("SELECT count(review_note) FROM atlas.parties").fetchone() == (4,)
    assert len(TeamRegister.connect(as_user(register_url, "ed2")).load().parties) == 4


def test_failed_upgrade_leaves_the_older_register_as_it_was(
    register_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled(register_url)
    now = team_schema.REGISTER_SCHEMA_VERSION

    def broken(conn: psycopg.Connection[tuple[object, ...]]) -> None:
        conn.execute("ALTER TABLE atlas.parties ADD COLUMN half text")
        conn.execute("SELECT 1/0")

    monkeypatch.setattr(team_schema, "REGISTER_SCHEMA_VERSION", now + 1)
    monkeypatch.setitem(team_schema.REGISTER_MIGRATIONS, now, broken)
    with pytest.raises(RegisterError, match="nothing was changed"):
        init_register(register_url)
    admin = psycopg.connect(register_url.split("?")[0], autocommit=True)
    assert admin.execute("SELECT value FROM atlas.meta").fetchall() == [(str(now),)]
    columns = admin.execute(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_name = 'parties' AND column_name = 'half'"
    ).fetchall()
    assert columns == []


def test_refresh_brings_in_others_changes_and_then_saves_cleanly(
    pg_server: LocalServer, register_url: str
) -> None:
    filled(register_url)
    alice = member(pg_server, register_url, "alice", TeamRole.EDITOR)
    bob = member(pg_server, register_url, "bob", TeamRole.EDITOR)
    a, b = alice.load(), bob.load()
    a = with_party(a, replace(a.party(PartyId("us")), notes="renewed DPA"))
    a = with_party(a, party("ch", "Zürich Data AG", country="CH"))
    a = replace(a, flows=a.flows[1:], notes="quarterly review")
    alice.save(a)
    b = bob.refresh(b)
    assert b == alice.load()
    b = with_party(b, replace(b.party(PartyId("us")), country="IE"))
    bob.save(b)  # bob now holds alice's version: no conflict
    assert alice.refresh(a).party(PartyId("us")) == replace(a.party(PartyId("us")), country="IE")
    assert bob.refresh(b) == b  # nothing new
