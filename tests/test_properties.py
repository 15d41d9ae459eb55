"""Property-based tests: the project formats give back what they were given, the rules do not
depend on order, and the document readers only ever fail with ``ImportFailure``.

Each property runs with a bounded number of examples in the normal suite (``FAST``) and with many
more under ``pytest -m long`` (``LONG``): the fuzzing budget the README reports.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers.base import ImportFailure
from importers.documents import FORMATS, decode_text, html_to_text, read_document
from model.evidence import DocumentRef, Evidence
from model.flows import (
    Flow,
    MeasureKind,
    MeasureStatus,
    SpecialCategory,
    SupplementaryMeasure,
    TiaConclusion,
    TiaStatus,
    ToolKind,
    TransferTool,
)
from model.graph import build_graph
from model.ids import DocumentId, FlowId, PartyId
from model.interchange import project_from_dict, project_json, project_to_dict
from model.parties import Party, PartyKind, ReviewStatus, Role, ScopeAttribute, Tristate
from model.project import Document, DocumentKind, Project
from model.rules import assess
from model.store import load_project, save_project
from tests.document_files import make_docx, make_pdf, paragraph, table

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}
FAST = settings(max_examples=40, **_COMMON)  # type: ignore[arg-type]
LONG = settings(max_examples=2000, **_COMMON)  # type: ignore[arg-type]
BUDGETS = {"fast": FAST, "long": LONG}

# -- strategies --------------------------------------------------------------------------------

texts = st.text(max_size=40)
dates = st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))
countries = st.none() | st.sampled_from(["NL", "DE", "US", "IN", "GB", "CH", "JP", "BR", "CN", "XK", "ZZ"])


@st.composite
def evidence(draw: st.DrawFn) -> Evidence:
    start = draw(st.integers(0, 10_000))
    return Evidence(
        DocumentRef(draw(texts), draw(texts)), start, start + draw(st.integers(0, 500)), draw(texts)
    )


def tuples(strategy: st.SearchStrategy[Any], most: int = 3) -> st.SearchStrategy[tuple[Any, ...]]:
    return st.lists(strategy, max_size=most).map(tuple)


@st.composite
def parties(draw: st.DrawFn, pid: str) -> Party:
    scope = draw(st.dictionaries(st.sampled_from(ScopeAttribute), st.sampled_from(Tristate), max_size=3))
    return Party(
        PartyId(pid),
        draw(texts),
        draw(st.sampled_from(Role)),
        draw(countries),
        kind=draw(st.sampled_from(PartyKind)),
        aliases=draw(tuples(texts)),
        scope=tuple(sorted(scope.items())),
        review=draw(st.sampled_from(ReviewStatus)),
        country_confirmed=draw(st.booleans()),
        placeholder=draw(st.booleans()),
        notes=draw(texts),
        evidence=draw(tuples(evidence(), 2)),
    )


@st.composite
def flows(draw: st.DrawFn, fid: str, ids: list[PartyId]) -> Flow:
    tool = st.builds(TransferTool, st.sampled_from(ToolKind), texts, dates)
    measure = st.builds(
        SupplementaryMeasure, st.sampled_from(MeasureKind), texts, st.sampled_from(MeasureStatus)
    )
    return Flow(
        FlowId(fid),
        draw(st.sampled_from(ids)),
        draw(st.sampled_from(ids)),
        data_categories=draw(tuples(texts)),
        special_categories=draw(tuples(st.sampled_from(SpecialCategory))),
        purposes=draw(tuples(texts)),
        tools=draw(tuples(tool)),
        measures=draw(tuples(measure, 2)),
        leaves_eea=draw(st.booleans()),
        tia_status=draw(st.sampled_from(TiaStatus)),
        tia_review_date=draw(dates),
        tia_conclusion=draw(st.sampled_from(TiaConclusion)),
        review=draw(st.sampled_from(ReviewStatus)),
        notes=draw(texts),
        evidence=draw(tuples(evidence(), 2)),
        dpa=draw(st.sampled_from(Tristate)),
        contract_reference=draw(texts),
    )


@st.composite
def documents(draw: st.DrawFn, did: str, ids: list[PartyId]) -> Document:
    return Document(
        DocumentId(did),
        draw(texts),
        draw(texts),
        draw(st.sampled_from(DocumentKind)),
        draw(st.none() | st.sampled_from(["nl", "en", "de", "fr", "es"])),
        draw(st.none() | texts),
        draw(dates),
        draw(st.none() | st.sampled_from(ids)),
        draw(st.text(max_size=300)),
        draw(st.none() | texts),
    )


@st.composite
def projects(draw: st.DrawFn, most: int = 8) -> Project:
    count = draw(st.integers(1, most))
    people = [draw(parties(f"p{i}")) for i in range(count)]
    ids = [p.id for p in people]
    links = [draw(flows(f"f{i}", ids)) for i in range(draw(st.integers(0, 2 * most)))]
    docs = [draw(documents(f"d{i}", ids)) for i in range(draw(st.integers(0, 3)))]
    return Project(draw(texts), tuple(people), tuple(links), tuple(docs), draw(dates), draw(texts))


def shuffled(project: Project, seed: int) -> Project:
    rng = random.Random(seed)
    return Project(
        project.name,
        tuple(rng.sample(project.parties, len(project.parties))),
        tuple(rng.sample(project.flows, len(project.flows))),
        project.documents,
        project.created,
        project.notes,
    )


# -- properties --------------------------------------------------------------------------------


def json_round_trip(project: Project) -> None:
    text = project_json(project)
    assert project_from_dict(json.loads(text)) == project
    assert project_to_dict(project_from_dict(json.loads(text))) == json.loads(text)


def store_round_trip(project: Project) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.atlas"
        save_project(project, path)
        save_project(project, path)
        assert load_project(path) == project


def assess_is_order_independent(project: Project, seed: int, as_of: dt.date) -> None:
    first = assess(build_graph(project), as_of=as_of)
    assert assess(build_graph(project), as_of=as_of) == first
    assert assess(build_graph(shuffled(project, seed)), as_of=as_of) == first


def reader_fails_only_with_import_failure(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            document = read_document(path)
        except ImportFailure as failure:
            assert failure.path == str(path) and failure.reason
            return
        assert document.text.strip() and "\r" not in document.text and "\x00" not in document.text


def decoding_is_total(data: bytes) -> None:
    text, encoding = decode_text(data)
    assert isinstance(text, str) and encoding
    assert "\x00" not in text and "\r" not in text


MARKUP = [
    "<p>",
    "</p>",
    "<li>",
    "</li>",
    "<ul>",
    "<table>",
    "<tr>",
    "<td>",
    "</td>",
    "<h2>",
    "</h2>",
    "<br>",
    "<script>",
    "</script>",
    "<div hidden>",
    "</div>",
    "<pre>",
    "</pre>",
    "text",
    " ",
    "\n",
    "&amp;",
    "<!--",
]


def html_is_total(markup: str) -> None:
    text, title = html_to_text(markup)
    assert "\n\n\n" not in text and text == text.strip("\n")
    assert title is None or title.strip() == title


def mutated(seed_file: bytes, seed: int, flips: int) -> bytes:
    """``seed_file`` with some bytes changed, a slice removed or duplicated, or cut short."""
    rng = random.Random(seed)
    data = bytearray(seed_file)
    for _ in range(flips):
        if not data:
            break
        at = rng.randrange(len(data))
        action = rng.randrange(4)
        if action == 0:
            data[at] = rng.randrange(256)
        elif action == 1:
            del data[at : at + rng.randrange(1, 64)]
        elif action == 2:
            data[at:at] = data[at : at + rng.randrange(1, 64)]
        elif len(data) > 10:
            del data[rng.randrange(len(data) // 2, len(data)) :]
    return bytes(data)


NOTICE = ["Privacy notice", "We share your data with Intrum, a debt collection agency in the", "Netherlands."]
SEEDS: dict[str, Callable[[], bytes]] = {
    ".pdf": lambda: make_pdf([NOTICE, NOTICE], title="Privacy"),
    ".docx": lambda: make_docx(
        paragraph("Privacy", "Kop1") + paragraph(" ".join(NOTICE)) + table([["a", "b"]])
    ),
    ".html": lambda: (
        b"<html><head><title>T</title></head><body><h1>Privacy</h1><ul><li>Intrum</li></ul>"
        b"<table><tr><td>a</td></tr></table></body></html>"
    ),
}


def property_tests(budget: str) -> dict[str, Callable[..., None]]:
    """The property tests, with the examples budget of ``budget``."""
    limit = BUDGETS[budget]
    return {
        "json_round_trip": limit(given(projects())(json_round_trip)),
        "store_round_trip": settings(limit, max_examples=max(10, limit.max_examples // 4))(
            given(projects(most=5))(store_round_trip)
        ),
        "assess": limit(
            given(projects(), st.integers(0, 1000), st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)))(
                assess_is_order_independent
            )
        ),
        "reader": limit(
            given(st.binary(max_size=4000), st.sampled_from(sorted(FORMATS)))(
                reader_fails_only_with_import_failure
            )
        ),
        "decoder": limit(given(st.binary(max_size=4000))(decoding_is_total)),
        "html": limit(
            given(st.text(max_size=2000) | st.lists(st.sampled_from(MARKUP), max_size=60).map("".join))(
                html_is_total
            )
        ),
        "mutated": limit(
            given(st.sampled_from(sorted(SEEDS)), st.integers(0, 2**32), st.integers(1, 12))(
                lambda suffix, seed, flips: reader_fails_only_with_import_failure(
                    mutated(_seed(suffix), seed, flips), suffix
                )
            )
        ),
    }


_SEED_CACHE: dict[str, bytes] = {}


def _seed(suffix: str) -> bytes:
    if suffix not in _SEED_CACHE:
        _SEED_CACHE[suffix] = SEEDS[suffix]()
    return _SEED_CACHE[suffix]


FAST_TESTS, LONG_TESTS = property_tests("fast"), property_tests("long")


@pytest.mark.parametrize("name", sorted(FAST_TESTS))
def test_property(name: str) -> None:
    FAST_TESTS[name]()


@pytest.mark.long
@pytest.mark.parametrize("name", sorted(LONG_TESTS))
def test_property_long(name: str) -> None:
    LONG_TESTS[name]()


def test_html_text_has_no_markup_or_blank_line_runs() -> None:
    text, _ = html_to_text("<p>a</p>\n\n\n<div><p>b</p></div><ul><li>c<li>d</ul>")
    assert text == "a\n\nb\n\n- c\n- d"
