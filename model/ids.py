"""Identifiers: typed ids and the two ways of making them (stable from content, or fresh)."""

from __future__ import annotations

import hashlib
import uuid
from typing import NewType

PartyId = NewType("PartyId", str)
FlowId = NewType("FlowId", str)
DocumentId = NewType("DocumentId", str)


def stable_id(prefix: str, *parts: str) -> str:
    """An id derived from content, so that re-importing the same thing gives the same id."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}-{digest}"


def fresh_id(prefix: str) -> str:
    """A new random id for things a user adds by hand."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"
