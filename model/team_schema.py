"""The team register's database: its URL, its tables, its schema version and its roles.

Everything lives in the PostgreSQL schema ``atlas``. Each party, flow and document row carries a
``version`` that a trigger raises on every change, and a second trigger writes every change into
``atlas.audit`` (who: the database user; when; before and after; the source the client named).
The audit trigger runs with its owner's rights, so the team's roles can read the trail but never
write it. Roles are per database: ``atlas_editor_<db>``, ``atlas_reviewer_<db>``,
``atlas_auditor_<db>``; ``grant_role`` makes an existing database user a member of one.

Who may do what is decided by the privileges the database grants, read inside the triggers with
``has_column_privilege``: an editor is whoever may change a flow's ``exporter``, a reviewer whoever
may change a record's ``review``. So confirming a suggestion and signing off a TIA (marking it
completed, or recording or changing its conclusion) are a reviewer's, and a reviewer who is not also
an editor may change nothing else of a flow.
"""

from __future__ import annotations

from collections.abc import Callable

import psycopg
from psycopg import sql

from model.team import RegisterError, RegisterUrl, TeamRole, role_name

__all__ = ["RegisterError", "RegisterUrl", "TeamRole", "role_name"]

REGISTER_SCHEMA_VERSION = 2

RegisterMigration = Callable[[psycopg.Connection[tuple[object, ...]]], None]
REGISTER_MIGRATIONS: dict[int, RegisterMigration] = {}
"""Register schema version N -> the step that upgrades a version-N register to N + 1.

As for the project file (``model.store.MIGRATIONS``): whoever raises ``REGISTER_SCHEMA_VERSION``
registers the step here. All steps run in one transaction with the register locked, so a register
is either fully upgraded or left as it was.
"""


RECORD_TABLES = ("documents", "parties", "flows")

SCHEMA = """
CREATE SCHEMA atlas;
CREATE TABLE atlas.meta (key text PRIMARY KEY, value text NOT NULL);
CREATE SEQUENCE atlas.record_position;
CREATE TABLE atlas.projects (
    project text PRIMARY KEY, data jsonb NOT NULL,
    version integer NOT NULL DEFAULT 1, updated_by text NOT NULL DEFAULT session_user,
    updated_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE atlas.documents (
    project text NOT NULL REFERENCES atlas.projects(project) ON DELETE CASCADE, id text NOT NULL,
    position bigint NOT NULL DEFAULT nextval('atlas.record_position'), data jsonb NOT NULL,
    version integer NOT NULL DEFAULT 1, updated_by text NOT NULL DEFAULT session_user,
    updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (project, id));
CREATE TABLE atlas.parties (
    project text NOT NULL REFERENCES atlas.projects(project) ON DELETE CASCADE, id text NOT NULL,
    position bigint NOT NULL DEFAULT nextval('atlas.record_position'),
    review text NOT NULL, data jsonb NOT NULL,
    version integer NOT NULL DEFAULT 1, updated_by text NOT NULL DEFAULT session_user,
    updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (project, id));
CREATE TABLE atlas.flows (
    project text NOT NULL, id text NOT NULL,
    position bigint NOT NULL DEFAULT nextval('atlas.record_position'),
    exporter text NOT NULL, importer text NOT NULL, review text NOT NULL, data jsonb NOT NULL,
    version integer NOT NULL DEFAULT 1, updated_by text NOT NULL DEFAULT session_user,
    updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (project, id),
    FOREIGN KEY (project, exporter) REFERENCES atlas.parties(project, id),
    FOREIGN KEY (project, importer) REFERENCES atlas.parties(project, id));
CREATE INDEX flows_exporter ON atlas.flows(project, exporter);
CREATE INDEX flows_importer ON atlas.flows(project, importer);
CREATE TABLE atlas.audit (
    seq bigserial PRIMARY KEY, project text NOT NULL, at timestamptz NOT NULL DEFAULT now(),
    who text NOT NULL DEFAULT session_user, kind text NOT NULL, record text NOT NULL,
    action text NOT NULL, before jsonb, after jsonb, source text NOT NULL DEFAULT '');
CREATE INDEX audit_record ON atlas.audit(project, kind, record);

CREATE FUNCTION atlas.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := CASE WHEN TG_OP = 'UPDATE' THEN OLD.version + 1 ELSE 1 END;
    NEW.updated_by := session_user;
    NEW.updated_at := now();
    RETURN NEW;
END $$;

-- A suggestion is an editor's to make; confirming or rejecting one is a reviewer's.
CREATE FUNCTION atlas.check_review() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.review <> 'suggested'
       AND NOT has_column_privilege(session_user, TG_RELID, 'review', 'UPDATE') THEN
        RAISE EXCEPTION 'only a reviewer may add a % that is already %', TG_TABLE_NAME, NEW.review
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION atlas.record_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, atlas AS $$
DECLARE
    hidden text[] := ARRAY['version', 'updated_by', 'updated_at', 'position', 'project'];
    old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
    rec jsonb := coalesce(new_row, old_row);
BEGIN
    IF TG_OP = 'UPDATE' AND old_row - hidden = new_row - hidden THEN
        RETURN NULL;
    END IF;
    INSERT INTO atlas.audit (project, at, who, kind, record, action, before, after, source)
    VALUES (rec->>'project', now(), session_user, TG_TABLE_NAME, coalesce(rec->>'id', ''),
            lower(TG_OP), old_row - hidden, new_row - hidden,
            coalesce(current_setting('atlas.source', true), ''));
    RETURN NULL;
END $$;
"""

# Signing off a TIA is a reviewer's; a reviewer who is not an editor changes only the sign-off.
SIGNOFF = """
CREATE FUNCTION atlas.check_signoff() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    signoff text[] := ARRAY['tia_status', 'tia_conclusion', 'tia_review_date'];
    before jsonb := CASE WHEN TG_OP = 'UPDATE' THEN OLD.data ELSE '{}'::jsonb END;
    was_done boolean := coalesce(before->>'tia_status', '') = 'completed';
    is_done boolean := coalesce(NEW.data->>'tia_status', '') = 'completed';
    concluded text := coalesce(NEW.data->>'tia_conclusion', 'undecided');
BEGIN
    IF (was_done <> is_done OR concluded <> coalesce(before->>'tia_conclusion', 'undecided'))
       AND NOT has_column_privilege(session_user, TG_RELID, 'review', 'UPDATE') THEN
        RAISE EXCEPTION 'only a reviewer may sign off a TIA (flow %: status %, conclusion %)',
            NEW.id, coalesce(NEW.data->>'tia_status', 'not_started'), concluded
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'UPDATE' AND (OLD.data - signoff) IS DISTINCT FROM (NEW.data - signoff)
       AND NOT has_column_privilege(session_user, TG_RELID, 'exporter', 'UPDATE') THEN
        RAISE EXCEPTION 'a reviewer may change only the review and the TIA sign-off of flow %', NEW.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER check_signoff BEFORE INSERT OR UPDATE ON atlas.flows
    FOR EACH ROW EXECUTE FUNCTION atlas.check_signoff();
"""

TRIGGERS = """
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON atlas.{table}
    FOR EACH ROW EXECUTE FUNCTION atlas.stamp();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON atlas.{table}
    FOR EACH ROW EXECUTE FUNCTION atlas.record_change();
"""

REVIEW_TRIGGER = """
CREATE TRIGGER check_review BEFORE INSERT ON atlas.{table}
    FOR EACH ROW EXECUTE FUNCTION atlas.check_review();
"""

GRANTS: dict[TeamRole, tuple[str, ...]] = {
    TeamRole.AUDITOR: (
        "GRANT USAGE ON SCHEMA atlas TO {role}",
        "GRANT SELECT ON ALL TABLES IN SCHEMA atlas TO {role}",
    ),
    TeamRole.EDITOR: (
        "GRANT USAGE ON SCHEMA atlas TO {role}",
        "GRANT SELECT ON ALL TABLES IN SCHEMA atlas TO {role}",
        "GRANT USAGE ON SEQUENCE atlas.record_position TO {role}",
        "GRANT INSERT, DELETE, UPDATE (data) ON atlas.documents TO {role}",
        "GRANT INSERT, DELETE, UPDATE (data) ON atlas.parties TO {role}",
        "GRANT INSERT, DELETE, UPDATE (data, exporter, importer) ON atlas.flows TO {role}",
        "GRANT UPDATE (data) ON atlas.projects TO {role}",
    ),
    TeamRole.REVIEWER: (
        "GRANT USAGE ON SCHEMA atlas TO {role}",
        "GRANT SELECT ON ALL TABLES IN SCHEMA atlas TO {role}",
        "GRANT UPDATE (review) ON atlas.parties TO {role}",
        "GRANT UPDATE (review) ON atlas.flows TO {role}",
        "GRANT UPDATE (data) ON atlas.flows TO {role}",  # the TIA sign-off only (``SIGNOFF``)
    ),
}

Conn = psycopg.Connection[tuple[object, ...]]


def schema_version(conn: Conn) -> int | None:
    """The register's schema version, or None when the database holds no register."""
    found = conn.execute("SELECT to_regclass('atlas.meta') IS NOT NULL").fetchone()
    if not found or not found[0]:
        return None
    row = conn.execute("SELECT value FROM atlas.meta WHERE key = 'schema_version'").fetchone()
    return int(str(row[0])) if row else None


def create_schema(conn: Conn, database: str) -> None:
    """Create the tables, triggers and the three roles with their grants (inside the caller's transaction)."""
    conn.execute(SCHEMA)
    for table in (*RECORD_TABLES, "projects"):
        conn.execute(TRIGGERS.format(table=table))
    for table in ("parties", "flows"):
        conn.execute(REVIEW_TRIGGER.format(table=table))
    conn.execute(SIGNOFF)
    conn.execute(
        "INSERT INTO atlas.meta (key, value) VALUES ('schema_version', %s)", (str(REGISTER_SCHEMA_VERSION),)
    )
    for role in TeamRole:
        name = role_name(database, role)
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
        for grant in GRANTS[role]:
            conn.execute(sql.SQL(grant).format(role=sql.Identifier(name)))


def _add_signoff(conn: Conn) -> None:
    """Schema 1 -> 2: signing off a TIA becomes a reviewer's, and reviewers may write the sign-off."""
    conn.execute(SIGNOFF)
    reviewer = role_name(conn.info.dbname, TeamRole.REVIEWER)
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (reviewer,)).fetchone()
    if exists:
        conn.execute(sql.SQL("GRANT UPDATE (data) ON atlas.flows TO {}").format(sql.Identifier(reviewer)))


REGISTER_MIGRATIONS[1] = _add_signoff


def migrate(conn: Conn, found: int, where: str) -> None:
    """Upgrade a register from schema ``found`` (inside the caller's transaction)."""
    for step in range(found, REGISTER_SCHEMA_VERSION):
        if step not in REGISTER_MIGRATIONS:
            raise RegisterError(f"{where}: register schema {found} cannot be upgraded (no step from {step})")
        REGISTER_MIGRATIONS[step](conn)
    conn.execute(
        "UPDATE atlas.meta SET value = %s WHERE key = 'schema_version'", (str(REGISTER_SCHEMA_VERSION),)
    )


def newer_schema_error(where: str, found: int) -> RegisterError:
    """The refusal for a register made by a newer Transfer Atlas."""
    return RegisterError(
        f"{where}: made by a newer Transfer Atlas (register schema {found}; this version reads up to "
        f"{REGISTER_SCHEMA_VERSION}); the register was not changed"
    )
