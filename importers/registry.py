"""The registry of importers; the desktop's file-dialog filter is derived from it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from importers.base import Importer
from importers.notices import NoticeImporter
from importers.registers import RegisterImporter, SubprocessorListImporter

IMPORTERS: tuple[Importer, ...] = (SubprocessorListImporter(), RegisterImporter(), NoticeImporter())


def importer_for(path: Path, importers: Sequence[Importer] | None = None) -> Importer | None:
    """The first registered importer (or of ``importers``) that can read ``path``."""
    return next((imp for imp in (IMPORTERS if importers is None else importers) if imp.can_read(path)), None)


def supported_extensions() -> tuple[str, ...]:
    """Every extension some importer reads, lower case with the dot."""
    return tuple(dict.fromkeys(ext for imp in IMPORTERS for ext in imp.extensions))
