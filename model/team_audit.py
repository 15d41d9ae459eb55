"""What changed in a team register, by whom and when: audit entries and edit conflicts as values."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from model.team import RegisterError

KINDS = {"parties": "party", "flows": "flow", "documents": "document", "projects": "project"}
"""The register's tables and the word for one of their records."""


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a record, before and after a change (None where it did not exist)."""

    field: str
    before: Any
    after: Any

    def describe(self) -> str:
        """``country: 'US' → 'DE'``."""
        return f"{self.field}: {_short(self.before)} → {_short(self.after)}"


def field_changes(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None
) -> tuple[FieldChange, ...]:
    """The fields that differ between two versions of a record (``data`` is opened up)."""
    old, new = _flatten(before or {}), _flatten(after or {})
    return tuple(
        FieldChange(key, old.get(key), new.get(key))
        for key in sorted(old.keys() | new.keys())
        if old.get(key) != new.get(key)
    )


def _flatten(row: Mapping[str, Any]) -> dict[str, Any]:
    flat = {k: v for k, v in row.items() if k != "data"}
    data = row.get("data")
    if isinstance(data, Mapping):
        flat.update(data)
    return flat


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "…"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One change in the register: who (the database user), when, which record, before and after.

    ``source`` is what the client said the change came from (a document, an import, an edit).
    """

    seq: int
    at: dt.datetime
    who: str
    kind: str
    record: str
    action: str  # insert, update or delete
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    source: str

    def changes(self) -> tuple[FieldChange, ...]:
        """The fields this change touched."""
        return field_changes(self.before, self.after)

    def label(self) -> str:
        """The record's name when it has one, else its id."""
        for row in (self.after, self.before):
            data = (row or {}).get("data")
            if isinstance(data, Mapping) and data.get("name"):
                return str(data["name"])
        return self.record

    def to_dict(self) -> dict[str, Any]:
        """The entry as a JSON object (times in ISO 8601 with their offset)."""
        return {
            "seq": self.seq,
            "at": self.at.isoformat(),
            "who": self.who,
            "kind": self.kind,
            "record": self.record,
            "action": self.action,
            "source": self.source,
            "before": self.before,
            "after": self.after,
        }


@dataclass(frozen=True, slots=True)
class Conflict:
    """A record someone else changed (or removed) since this client last read it."""

    kind: str
    record: str
    label: str
    changed_by: str | None
    changed_at: dt.datetime | None
    changes: tuple[FieldChange, ...]  # what they changed, from the version this client had
    removed: bool = False  # they removed it
    added: bool = False  # they added a record of the same id as one this client adds

    def describe(self) -> str:
        """One sentence: which record, who, when, what."""
        who = self.changed_by or "someone"
        when = f" at {self.changed_at:%Y-%m-%d %H:%M:%S %Z}".rstrip() if self.changed_at else ""
        if self.removed:
            return f"{self.kind} {self.label!r} was removed by {who}{when}"
        if self.added:
            return f"{self.kind} {self.label!r} was added by {who}{when}"
        what = "; ".join(c.describe() for c in self.changes[:4]) or "no visible field"
        more = f" (and {len(self.changes) - 4} more)" if len(self.changes) > 4 else ""
        return f"{self.kind} {self.label!r} was changed by {who}{when}: {what}{more}"


class EditConflict(RegisterError):
    """A save refused because others changed the same records; nothing of it was applied."""

    def __init__(self, where: str, conflicts: tuple[Conflict, ...]) -> None:
        listed = "\n  ".join(c.describe() for c in conflicts)
        super().__init__(
            f"{where}: your save was not applied, because {len(conflicts)} record(s) changed since you "
            f"opened them:\n  {listed}\nReload to take their version, or save again to replace it with yours."
        )
        self.conflicts = conflicts


class RegisterPermissionError(RegisterError):
    """The database refused a change for the user's role; nothing was applied."""


class RegisterConnectionLost(RegisterError):
    """The connection broke; the message says whether anything could have been applied."""
