"""The map marks positions only the catalogue, a legal form or a web domain gives, and says so."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from matplotlib.figure import Figure

from exports.flowmap import UNCONFIRMED_MARK, draw_graph
from model.graph import build_graph
from model.parties import CountrySource
from tests.factories import flow, party, project

AS_OF = dt.date(2026, 12, 7)


def drawn(lang: str = "en", overview: bool | None = None):  # type: ignore[no-untyped-def]
    p = project(
        replace(party("mc", "Mailchimp", country="US"), country_source=CountrySource.CATALOGUE),
        replace(party("hz", "Hetzner Online GmbH", country="DE"), country_source=CountrySource.DOMAIN),
        replace(party("us", "Cloudly Inc.", country="US"), country_source=CountrySource.USER),
        party("old", "Oldfile Ltd", country="GB"),  # saved before sources were recorded: settled
        party("x", "Onbekend B.V."),
        *(flow(f"f{i}", "ctrl", pid) for i, pid in enumerate(("mc", "hz", "us", "old", "x"))),
    )
    ax = Figure().add_subplot()
    return ax, draw_graph(build_graph(p), ax, as_of=AS_OF, lang=lang, overview=overview)


def test_unconfirmed_positions_get_a_question_mark_beside_the_node_and_in_the_label() -> None:
    ax, drawing = drawn()
    marked = {m for n in drawing.nodes if n.unconfirmed for m in n.members}
    assert marked == {"mc", "hz"}
    [marks] = [c for c in ax.collections if c.get_gid() == "unconfirmed"]
    assert len(marks.get_offsets()) == 2
    assert "Mailchimp (US?)" in drawing.labels and "Cloudly Inc. (US)" in drawing.labels
    assert "Oldfile Ltd (GB)" in drawing.labels and "Onbekend B.V." in drawing.labels


def test_the_legend_says_what_the_mark_means_in_the_maps_language() -> None:
    for lang, words in (("en", "Country unconfirmed"), ("nl", "Land onbevestigd")):
        ax, _ = drawn(lang)
        legend = ax.get_legend()
        [entry] = [t.get_text() for t in legend.get_texts() if words in t.get_text()]
        assert "catalog" in entry  # catalogue / catalogus
        handle = legend.legend_handles[[t.get_text() for t in legend.get_texts()].index(entry)]
        assert handle.get_marker() == UNCONFIRMED_MARK


def test_a_country_node_holding_an_unconfirmed_party_is_marked_and_nothing_when_all_are_settled() -> None:
    ax, drawing = drawn(overview=True)
    us = next(n for n in drawing.nodes if n.grouped == "country" and "mc" in n.members)
    assert us.unconfirmed and "us" in us.members
    settled = project(party("us", "Cloudly Inc.", country="US"), flow("f", "ctrl", "us"))
    ax2 = Figure().add_subplot()
    draw_graph(build_graph(settled), ax2, as_of=AS_OF)
    assert not [c for c in ax2.collections if c.get_gid() == "unconfirmed"]
    assert not any("unconfirmed" in t.get_text() for t in ax2.get_legend().get_texts())
