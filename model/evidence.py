"""Evidence: where a fact came from, down to the characters of the quoted sentence."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """A source document as it was read: the path given by the user and the sha256 of its bytes."""

    path: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """A quoted span of a document's extracted text: ``text[start:end] == quote``."""

    document: DocumentRef
    start: int
    end: int
    quote: str

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"evidence offsets out of order: {self.start}..{self.end}")
