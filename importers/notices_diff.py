"""What changed between two versions of a privacy notice, with the sentences that say it.

``diff_notices(old, new)`` compares two ``NoticeExtraction`` values (pure): recipients and their
roles and countries, the roles mentioned at all, destination countries, safeguards, special
categories and whether data leaves the EEA. Each change carries the quotes from the version that
states it (old quotes point into the old text, new quotes into the new). ``affects_transfers``
marks the changes a DPO answers by redoing a transfer impact assessment.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from importers.notices import NoticeExtraction
from importers.notices.types import Recipient, Span
from model.names import normalise_name


class Aspect(StrEnum):
    """What a change is about."""

    TRANSFER = "transfer"  # whether data may leave the EEA at all
    COUNTRY = "country"
    SAFEGUARD = "safeguard"
    SPECIAL_CATEGORY = "special_category"
    ROLE = "role"  # a kind of recipient mentioned
    RECIPIENT = "recipient"
    CONTROLLER = "controller"


class ChangeKind(StrEnum):
    """Whether the new version adds, removes or changes the item."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


TRANSFER_ASPECTS = frozenset({Aspect.TRANSFER, Aspect.COUNTRY, Aspect.SAFEGUARD, Aspect.SPECIAL_CATEGORY})


@dataclass(frozen=True, slots=True)
class NoticeChange:
    """One difference between the versions; ``before``/``after`` describe a changed item."""

    aspect: Aspect
    kind: ChangeKind
    subject: str
    before: str = ""
    after: str = ""
    old_quotes: tuple[Span, ...] = ()
    new_quotes: tuple[Span, ...] = ()
    affects_transfers: bool = False


@dataclass(frozen=True, slots=True)
class NoticeDiff:
    """The two versions compared and their differences, transfer-relevant ones first."""

    old: NoticeExtraction
    new: NoticeExtraction
    changes: tuple[NoticeChange, ...]

    @property
    def transfer_changes(self) -> tuple[NoticeChange, ...]:
        """The changes that call for a new look at transfer impact assessments."""
        return tuple(c for c in self.changes if c.affects_transfers)


def diff_notices(old: NoticeExtraction, new: NoticeExtraction) -> NoticeDiff:
    """Every difference between ``old`` and ``new`` (see the module docstring)."""
    changes = [
        *_transfer_presence(old, new),
        *_sets(Aspect.COUNTRY, _countries(old), _countries(new), transfer=True),
        *_sets(Aspect.SAFEGUARD, _safeguards(old), _safeguards(new), transfer=True),
        *_sets(Aspect.SPECIAL_CATEGORY, _categories(old), _categories(new), transfer=True),
        *_sets(Aspect.ROLE, _roles(old), _roles(new), transfer=False),
        *_recipients(old, new),
        *_controller(old, new),
    ]
    order = list(Aspect)
    changes.sort(key=lambda c: (not c.affects_transfers, order.index(c.aspect), c.kind != ChangeKind.ADDED))
    return NoticeDiff(old, new, tuple(changes))


Quotes = dict[str, tuple[Span, ...]]


def _collect(items: Iterable[tuple[str, tuple[Span, ...]]]) -> Quotes:
    out: dict[str, list[Span]] = {}
    for key, spans in items:
        out.setdefault(key, []).extend(s for s in spans if s not in out.get(key, []))
    return {k: tuple(v) for k, v in out.items()}


def _countries(x: NoticeExtraction) -> Quotes:
    stated = [(c, t.evidence) for t in x.transfers if t.outside_eea for c in t.destinations]
    return _collect([*stated, *((r.country, r.evidence) for r in x.recipients if r.country)])


def _safeguards(x: NoticeExtraction) -> Quotes:
    return _collect((s.value, t.evidence) for t in x.transfers if t.outside_eea for s in t.safeguards)


def _categories(x: NoticeExtraction) -> Quotes:
    return _collect((c.category, c.evidence) for c in x.special_categories)


def _roles(x: NoticeExtraction) -> Quotes:
    return _collect((r.role, r.evidence) for r in x.recipients)


def _sets(aspect: Aspect, old: Quotes, new: Quotes, *, transfer: bool) -> Iterator[NoticeChange]:
    for subject in sorted(new.keys() - old.keys()):
        yield NoticeChange(
            aspect, ChangeKind.ADDED, subject, new_quotes=new[subject], affects_transfers=transfer
        )
    for subject in sorted(old.keys() - new.keys()):
        yield NoticeChange(
            aspect, ChangeKind.REMOVED, subject, old_quotes=old[subject], affects_transfers=transfer
        )


def _transfer_presence(old: NoticeExtraction, new: NoticeExtraction) -> Iterator[NoticeChange]:
    before = [s for t in old.transfers if t.outside_eea for s in t.evidence]
    after = [s for t in new.transfers if t.outside_eea for s in t.evidence]
    if bool(before) != bool(after):
        kind = ChangeKind.ADDED if after else ChangeKind.REMOVED
        yield NoticeChange(
            Aspect.TRANSFER,
            kind,
            "data may leave the EEA",
            old_quotes=tuple(before),
            new_quotes=tuple(after),
            affects_transfers=True,
        )


def _key(r: Recipient) -> str:
    return f"named:{normalise_name(r.name)}" if r.named and r.name else f"described:{r.role}"


def _recipients(old: NoticeExtraction, new: NoticeExtraction) -> Iterator[NoticeChange]:
    """Named recipients added, removed, or given another role or country (described ones are roles)."""
    before = {_key(r): r for r in old.recipients if r.named and r.name}
    after = {_key(r): r for r in new.recipients if r.named and r.name}
    outside = {t.recipient for x in (old, new) for t in x.transfers if t.outside_eea and t.recipient}
    for key in sorted(after.keys() - before.keys()):
        r = after[key]
        yield NoticeChange(
            Aspect.RECIPIENT,
            ChangeKind.ADDED,
            _label(r),
            new_quotes=r.evidence,
            affects_transfers=r.name in outside,
        )
    for key in sorted(before.keys() - after.keys()):
        r = before[key]
        yield NoticeChange(
            Aspect.RECIPIENT,
            ChangeKind.REMOVED,
            _label(r),
            old_quotes=r.evidence,
            affects_transfers=r.name in outside,
        )
    for key in sorted(before.keys() & after.keys()):
        yield from _changed(before[key], after[key], r_outside=before[key].name in outside)


def _changed(a: Recipient, b: Recipient, *, r_outside: bool) -> Iterator[NoticeChange]:
    if (a.role, a.country) != (b.role, b.country):
        yield NoticeChange(
            Aspect.RECIPIENT,
            ChangeKind.CHANGED,
            b.name or b.role,
            _describe(a),
            _describe(b),
            a.evidence,
            b.evidence,
            affects_transfers=r_outside or a.country != b.country,
        )


def _describe(r: Recipient) -> str:
    return f"{r.role}, {r.country or 'country not stated'}"


def _label(r: Recipient) -> str:
    where = f", {r.country}" if r.country else ""
    return f"{r.name} ({r.role}{where})"


def _controller(old: NoticeExtraction, new: NoticeExtraction) -> Iterator[NoticeChange]:
    a = old.controller.name if old.controller else ""
    b = new.controller.name if new.controller else ""
    if normalise_name(a) != normalise_name(b):
        yield NoticeChange(
            Aspect.CONTROLLER,
            ChangeKind.CHANGED,
            b or a,
            a or "not stated",
            b or "not stated",
            old.controller.evidence if old.controller else (),
            new.controller.evidence if new.controller else (),
        )
