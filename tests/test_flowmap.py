"""The data-flow map under the Agg backend: bands, colours, flagged flows, picking, PNG and SVG."""

from __future__ import annotations

import datetime as dt
import io

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.image import imread

from exports.flowmap import FLAG_RED, Band, MapFilter, draw_graph, render_map
from exports.flowmap_style import BAND_COLOURS, ROLE_GROUPS, role_group
from model.findings import RuleId
from model.flows import Flow, ToolKind, TransferTool
from model.graph import build_graph
from model.ids import FlowId, PartyId
from model.parties import Party, PartyKind, Role
from model.project import Project
from model.reference import bundled_reference
from model.rules import assess
from model.scenarios import build_scenario

AS_OF = dt.date(2025, 6, 1)


def _party(pid: str, name: str, role: Role, country: str | None, kind: PartyKind = PartyKind.NAMED) -> Party:
    return Party(id=PartyId(pid), name=name, role=role, country=country, kind=kind)


def _flow(fid: str, exporter: str, importer: str, *tools: ToolKind) -> Flow:
    return Flow(
        id=FlowId(fid),
        exporter=PartyId(exporter),
        importer=PartyId(importer),
        tools=tuple(TransferTool(t) for t in tools),
    )


@pytest.fixture
def project() -> Project:
    parties = (
        _party("ctrl", "Zorgverzekeraar Noord", Role.CONTROLLER, "NL"),
        _party("hosting", "Cloudhuis B.V.", Role.IT_HOSTING, "DE"),
        _party("crm", "Pipeline CRM Inc.", Role.PROCESSOR, "US"),
        _party("uk", "Claims Handling Ltd", Role.INSURER, "GB"),
        _party("india", "Offshore Support Pvt", Role.PROCESSOR, "IN"),
        _party("unknown", "debt collection agencies", Role.DEBT_COLLECTOR, None, PartyKind.DESCRIBED),
    )
    flows = (
        _flow("f-host", "ctrl", "hosting"),
        _flow("f-crm", "ctrl", "crm", ToolKind.SCC_MODULE_2),
        _flow("f-uk", "ctrl", "uk"),
        _flow("f-india", "ctrl", "india"),  # no safeguard: the one flagged flow
        _flow("f-debt", "ctrl", "unknown"),
    )
    return Project(name="Noord", parties=parties, flows=flows)


def _draw(project: Project, size: tuple[float, float] = (10, 6), **options: object):
    graph = build_graph(project)
    findings = assess(graph, as_of=AS_OF)
    figure = Figure(figsize=size)
    FigureCanvasAgg(figure)
    ax = figure.add_axes((0.02, 0.02, 0.8, 0.96))
    drawing = draw_graph(graph, ax, findings=findings, as_of=AS_OF, **options)
    figure.canvas.draw()
    return drawing, findings


def test_parties_sit_in_their_jurisdiction_band(project: Project) -> None:
    drawing, _ = _draw(project)
    assert drawing.bands == {
        "ctrl": Band.EEA,
        "hosting": Band.EEA,
        "crm": Band.PARTIAL,
        "uk": Band.ADEQUATE,
        "india": Band.THIRD,
        "unknown": Band.UNKNOWN,
    }
    xs = {p: drawing.position(p)[0] for p in drawing.parties}
    assert xs["ctrl"] < xs["uk"] < xs["crm"] < xs["india"] < xs["unknown"]


def test_a_scenario_moves_withdrawn_destinations_to_third_countries(project: Project) -> None:
    scenario = build_scenario(bundled_reference(), ["dpf-invalidated", "uk-adequacy-lapses"])
    drawing, _ = _draw(project, scenario=scenario)
    assert drawing.bands["crm"] is Band.THIRD
    assert drawing.bands["uk"] is Band.THIRD


def test_nodes_are_filled_by_jurisdiction_and_shaped_by_role_group(project: Project) -> None:
    drawing, _ = _draw(project)
    by_kind: dict[str, list] = {}
    for artist, ids in drawing.node_artists:
        by_kind.setdefault(artist.get_gid(), []).append((artist, ids))
    assert set(by_kind) == {"named", "described"}
    for artist, ids in by_kind["named"]:
        for i, party_id in enumerate(ids):
            band = drawing.bands[party_id]
            assert tuple(artist.get_facecolors()[i]) == pytest.approx(to_rgba(BAND_COLOURS[band]))
    ((described, ids),) = by_kind["described"]
    assert ids == ["unknown"] and tuple(described.get_facecolors()[0]) == pytest.approx(to_rgba("white"))
    assert {role_group(r).marker for r in Role} == {g.marker for g in ROLE_GROUPS}
    assert len(ROLE_GROUPS) <= 6 and len(set(BAND_COLOURS.values())) == len(Band)
    assert FLAG_RED not in BAND_COLOURS.values()  # red is for risk only


def test_flagged_flows_are_red_and_thicker(project: Project) -> None:
    drawing, findings = _draw(project)
    assert any(f.rule is RuleId.NO_SAFEGUARD and f.flow == "f-india" for f in findings)
    colours = drawing.edge_artist.get_colors()
    widths = drawing.edge_artist.get_linewidths()
    flagged = {f.flow for f in findings if f.flow}
    for j, flows in enumerate(drawing.edges):
        is_red = tuple(colours[j][:3]) == pytest.approx(to_rgba(FLAG_RED)[:3])
        assert is_red == bool(flagged.intersection(flows)), flows
    india = next(j for j, fl in enumerate(drawing.edges) if "f-india" in fl)
    host = next(j for j, fl in enumerate(drawing.edges) if "f-host" in fl)
    assert widths[india] > widths[host]


def test_picking_finds_the_party_and_the_flow_under_the_pointer(project: Project) -> None:
    drawing, _ = _draw(project)
    x, y = drawing.ax.transData.transform(drawing.position("india"))
    assert drawing.party_at(x + 2, y - 2) == "india"
    assert drawing.party_at(x + 200, y + 200) is None
    j = next(j for j, fl in enumerate(drawing.edges) if "f-india" in fl)
    middle = drawing.segments[j][len(drawing.segments[j]) // 2]
    mx, my = drawing.ax.transData.transform(middle)
    assert drawing.flows_at(mx, my) == ("f-india",)


def test_selection_is_drawn_and_replaced(project: Project) -> None:
    drawing, _ = _draw(project)
    drawing.show_selection(parties=["crm"], flows=["f-crm"])
    assert len(drawing.selection_artists) == 2
    drawing.show_selection(parties=["uk"])
    assert len(drawing.selection_artists) == 1


def test_filters_keep_only_what_was_asked(project: Project) -> None:
    drawing, _ = _draw(project, filters=MapFilter(only_flagged=True))
    assert sorted(drawing.parties) == ["crm", "ctrl", "india"]  # no-safeguard and tia-missing flows
    assert sorted(f for fl in drawing.edges for f in fl) == ["f-crm", "f-india"]
    drawing, _ = _draw(project, filters=MapFilter(roles=frozenset({Role.INSURER})))
    assert sorted(drawing.parties) == ["ctrl", "uk"]  # the match, with the other end of its flow
    drawing, _ = _draw(project, filters=MapFilter(countries=frozenset({"US"})))
    assert sorted(drawing.parties) == ["crm", "ctrl"]


def _written(drawing) -> dict[str, str]:
    """The names the map wrote, lines joined again, by the text of their node."""
    return {" ".join(t.get_text().split("\n")): t for t in drawing.label_artists if t.get_gid() == "name"}


def test_names_appear_whole_when_few_parties_are_in_view(project: Project) -> None:
    drawing, _ = _draw(project, size=(16, 9))
    written = _written(drawing)
    for party in project.parties:
        expected = f"{party.name} ({party.country})" if party.country else party.name
        assert expected in written, (expected, sorted(written))
    drawing, _ = _draw(project, label_limit=2)
    assert _written(drawing) == {}


def test_long_names_wrap_at_word_boundaries_and_never_overlap() -> None:
    names = [
        "Bundesanstalt für Finanzdienstleistungsaufsicht",
        "Skyline Support Services Private Limited Bengaluru Branch",
        "Incasso Partners Noord-Holland B.V.",
        "CheckSure Data Ltd",
    ]
    parties = [_party("ctrl", "Zorgverzekeraar Noord", Role.CONTROLLER, "NL")]
    countries = ("DE", "IN", "NL", "GB")
    pairs = enumerate(zip(names, countries, strict=True))
    parties += [_party(f"p{i}", n, Role.PROCESSOR, c) for i, (n, c) in pairs]
    flows = [_flow(f"f{i}", "ctrl", f"p{i}") for i in range(len(names))]
    graph = build_graph(Project(parties=tuple(parties), flows=tuple(flows)))
    buffer = io.BytesIO()
    drawing = render_map(graph, buffer, "png", as_of=AS_OF, dpi=72)
    written = _written(drawing)
    for p in parties:
        text = f"{p.name} ({p.country})"
        assert text in written, (text, sorted(written))
        for line in written[text].get_text().split("\n"):
            assert line and not line.endswith("…") and all(w in text.split() for w in line.split())
    renderer = FigureCanvasAgg(drawing.ax.figure).get_renderer()
    boxes = [t.get_window_extent(renderer) for t in written.values()]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b), "two names overlap"


def test_described_categories_of_one_role_are_drawn_once_with_a_count() -> None:
    parties = [_party("ctrl", "Zorgverzekeraar Noord", Role.CONTROLLER, "NL")]
    parties += [
        _party(f"d{i}", f"incassobureaus {i}", Role.DEBT_COLLECTOR, None, PartyKind.DESCRIBED)
        for i in range(4)
    ]
    flows = [_flow(f"f{i}", "ctrl", f"d{i}") for i in range(4)]
    project = Project(parties=tuple(parties), flows=tuple(flows))
    drawing, _ = _draw(project, size=(16, 9))
    group = drawing.node_of(PartyId("d2"))
    assert group is not None and set(group.members) == {"d0", "d1", "d2", "d3"}
    assert "Debt collector ×4" in _written(drawing)
    assert len({tuple(drawing.position(p)) for p in group.members}) == 1
    assert sorted(f for fl in drawing.edges for f in fl) == ["f0", "f1", "f2", "f3"]
    drawing, _ = _draw(project, lang="nl", size=(16, 9))
    assert "Incassobureau ×4" in _written(drawing)


def test_a_described_category_reads_in_the_map_s_language_unless_a_person_named_it() -> None:
    """The importer names a described recipient in its notice's language; the map shows that
    category in its own language, but keeps a name a person typed."""
    parties = [
        _party("ctrl", "Zorgverzekeraar Noord", Role.CONTROLLER, "NL"),
        _party("d", "Incassobureau", Role.DEBT_COLLECTOR, None, PartyKind.DESCRIBED),
        _party("s", "Our panel of surveyors", Role.SURVEY_BUREAU, None, PartyKind.DESCRIBED),
    ]
    flows = [_flow("f1", "ctrl", "d"), _flow("f2", "ctrl", "s")]
    project = Project(parties=tuple(parties), flows=tuple(flows))
    written = _written(_draw(project, lang="fr", size=(16, 9))[0])
    assert "Société de recouvrement" in written and "Incassobureau" not in written
    assert "Our panel of surveyors" in written


def test_the_country_overview_draws_a_node_per_country(project: Project) -> None:
    drawing, _ = _draw(project, overview=True, size=(16, 9))
    assert "United States (US) · 1" in _written(drawing)
    assert drawing.node_of(PartyId("crm")).grouped == "country"
    assert drawing.node_of(PartyId("ctrl")).grouped == ""  # controllers stay themselves
    drawing, _ = _draw(project, overview=True, size=(16, 9), lang="nl")
    assert "Verenigde Staten (US) · 1" in _written(drawing)  # country names in the map's language


def test_flow_labels_name_the_transfer_tool(project: Project) -> None:
    drawing, _ = _draw(project, flow_labels=True)
    texts = {t.get_text() for t in drawing.ax.texts}
    assert "SCC 2" in texts and "no tool" in texts


def test_png_is_drawn_with_red_flows(project: Project) -> None:
    graph = build_graph(project)
    buffer = io.BytesIO()
    render_map(graph, buffer, "png", findings=assess(graph, as_of=AS_OF), as_of=AS_OF, dpi=60)
    buffer.seek(0)
    pixels = imread(buffer)[:, :, :3]
    assert pixels.std() > 0.05  # not a blank page
    red = np.array(to_rgba(FLAG_RED)[:3])
    assert (np.abs(pixels - red).sum(axis=2) < 0.1).sum() > 50


def test_svg_is_written_with_the_party_names(project: Project, tmp_path) -> None:
    graph = build_graph(project)
    target = tmp_path / "map.svg"
    scenario = build_scenario(bundled_reference(), ["dpf-invalidated"])
    render_map(
        graph,
        target,
        "svg",
        findings=assess(graph, as_of=AS_OF),
        as_of=AS_OF,
        organisation="Noord",
        scenario=scenario,
    )
    text = target.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "Pipeline CRM Inc. (US)" in text
    assert (
        "Noord — data-flow map · as of 2025-06-01 · scenario: EU-US Data Privacy Framework invalidated"
        in text
    )


def test_an_unknown_format_is_refused(project: Project, tmp_path) -> None:
    with pytest.raises(ValueError, match="unsupported map format"):
        render_map(build_graph(project), tmp_path / "map.pdf", "pdf")


def test_an_empty_project_draws_a_message() -> None:
    drawing, _ = _draw(Project())
    assert drawing.parties == [] and drawing.edges == []
    assert any("No parties" in t.get_text() for t in drawing.ax.texts)
