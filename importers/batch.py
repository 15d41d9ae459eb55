"""Importing a batch of files and folders into a project: one bad file never stops the others."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import defusedxml

from importers.base import Importer, ImportFailure, Progress
from importers.registry import importer_for, supported_extensions
from model.catalogue import Catalogue, bundled_catalogue, with_project_additions
from model.merge import Contribution, adopt_stand_in_controllers, merge
from model.organisation import adopt_organisation
from model.placing import place_from_catalogue
from model.project import Project

PROJECT_SUFFIXES = (".atlas",)


@dataclass(frozen=True, slots=True)
class BatchResult:
    """The project after the batch, the files read, and one failure per file that could not be."""

    project: Project
    read: tuple[str, ...] = ()
    failures: tuple[ImportFailure, ...] = ()


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | ImportFailure]:
    """Files named directly, and the supported files inside named folders (sorted, no loops).

    A named file that does not exist is a failure; inside folders, unsupported files are skipped
    and symbolic-link loops are cut.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path
        else:
            yield ImportFailure(path, _missing(path))


def _missing(path: Path) -> str:
    """Why a named path is neither a file nor a folder."""
    try:
        os.stat(path)
    except FileNotFoundError:
        broken = os.path.lexists(path)
        return "broken symbolic link (its target does not exist)" if broken else "no such file or folder"
    except OSError as err:  # a symbolic-link loop, a permission problem on the way
        return f"cannot be read ({(err.strerror or str(err)).lower()})"
    return "no such file or folder"


def _walk(folder: Path) -> Iterator[Path | ImportFailure]:
    seen: set[str] = set()
    wanted = set(supported_extensions())
    for root, dirs, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        for name in sorted(files):
            if Path(name).suffix.lower() in wanted and not name.startswith((".", "~$")):
                yield Path(root) / name


def import_paths(
    paths: Iterable[str | Path],
    project: Project | None = None,
    progress: Progress | None = None,
    importers: Sequence[Importer] | None = None,
    catalogue: Catalogue | None = None,
) -> BatchResult:
    """Import every file (and folder of files) into ``project``; failures are collected, not raised.

    Rows a file could not use are failures too (naming the row); the file's other rows are kept.
    ``importers`` replaces the registry, for importers configured by the user (a column mapping).
    Named parties that neither the documents nor the project place get the country of the
    catalogue of organisations (``catalogue``, the bundled one when None), marked as such.
    """
    project = project or Project()
    items = list(expand_paths(paths))
    failures: list[ImportFailure] = []
    read: list[str] = []
    for done, item in enumerate(items):
        if progress:
            progress(done, len(items))
        if isinstance(item, ImportFailure):
            failures.append(item)
            continue
        try:
            contribution = _read_one(item, importers)
        except ImportFailure as failure:
            failures.append(failure)
            continue
        project = merge(project, contribution).project
        failures.extend(ImportFailure(p.path, p.reason, row=p.row) for p in contribution.problems)
        read.append(str(item))
    if progress:
        progress(len(items), len(items))
    project = adopt_organisation(adopt_stand_in_controllers(project))
    if read:
        catalogue = with_project_additions(catalogue or bundled_catalogue(), project.catalogue)
        project = place_from_catalogue(project, catalogue)
    return BatchResult(project, tuple(read), tuple(failures))


def _read_one(path: Path, importers: Sequence[Importer] | None) -> Contribution:
    """What ``path`` contributes; every problem, even an importer's own bug, is an ``ImportFailure``."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ImportFailure(path, "file not found (moved or deleted while importing)") from None
    except OSError as err:  # a symbolic-link loop, a vanished network share
        raise ImportFailure(path, f"cannot be read ({(err.strerror or str(err)).lower()})") from None
    if not stat.S_ISREG(info.st_mode):  # an importer peeking into a pipe or device would block
        raise ImportFailure(path, "not a regular file")
    try:
        importer = importer_for(path, importers)
        if importer is None:
            raise ImportFailure(path, f"unsupported file type {path.suffix or '(none)'!r}")
        return importer.read(path)
    except ImportFailure:
        raise
    except Exception as err:  # one file's surprise must not stop the batch
        raise ImportFailure(path, _unexpected(err)) from err


def _unexpected(err: Exception) -> str:
    """A reason for an error no importer anticipated, recognising the hostile-input ones."""
    chain: list[BaseException] = []
    cause: BaseException | None = err
    while cause is not None and len(chain) < 10:
        chain.append(cause)
        cause = cause.__cause__ or cause.__context__
    if any(isinstance(e, defusedxml.DefusedXmlException) for e in chain):
        return "refused: its XML declares entities or a DTD (an entity-expansion or external-entity attack)"
    if any(isinstance(e, RecursionError) for e in chain):
        return "refused: nested too deeply to read"
    if any(isinstance(e, MemoryError) for e in chain):
        return "too large to read in memory"
    return f"could not be read ({type(err).__name__}: {str(err)[:200]})"
