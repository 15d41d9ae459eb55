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

from exports.flowmap import FLAG_RED, ROLE_COLOURS, Band, MapFilter, draw_graph, render_map
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
    return Flow(id=FlowId(fid), exporter=PartyId(exporter), importer=PartyId(importer),
                tools=tuple(TransferTool(t) for t in tools))


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


def _draw(project: Project, **options: object):
    graph = build_graph(project)
    findings = assess(graph, as_of=AS_OF)
    figure = Figure(figsize=(10, 6))
    FigureCanvasAgg(figure)
    ax = figure.add_axes((0.02, 0.02, 0.8, 0.96))
    drawing = draw_graph(graph, ax, findings=findings, as_of=AS_OF, **options)
    figure.canvas.draw()
    return drawing, findings


def test_parties_sit_in_their_jurisdiction_band(project: Project) -> None:
    drawing, _ = _draw(project)
    assert drawing.bands == {"ctrl": Band.EEA, "hosting": Band.EEA, "crm": Band.PARTIAL,
                             "uk": Band.ADEQUATE, "india": Band.THIRD, "unknown": Band.UNKNOWN}
    xs = {p: drawing.position(p)[0] for p in drawing.parties}
    assert xs["ctrl"] < xs["uk"] < xs["crm"] < xs["india"] < xs["unknown"]


def test_a_scenario_moves_withdrawn_destinations_to_third_countries(project: Project) -> None:
    scenario = build_scenario(bundled_reference(), ["dpf-invalidated", "uk-adequacy-lapses"])
    drawing, _ = _draw(project, scenario=scenario)
    assert drawing.bands["crm"] is Band.THIRD
    assert drawing.bands["uk"] is Band.THIRD


def test_nodes_are_coloured_by_role_and_shaped_by_kind(project: Project) -> None:
    drawing, _ = _draw(project)
    by_kind = {artist.get_gid(): (artist, ids) for artist, ids in drawing.node_artists}
    assert set(by_kind) == {"named", "described"}
    named, ids = by_kind["named"]
    faces = named.get_facecolors()
    for i, party_id in enumerate(ids):
        role = project.party(party_id).role
        assert tuple(faces[i]) == pytest.approx(to_rgba(ROLE_COLOURS[role]))
    assert by_kind["described"][1] == ["unknown"]
    assert len(set(ROLE_COLOURS.values())) == len(Role)  # every role tells itself apart


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


def test_names_appear_when_few_parties_are_in_view(project: Project) -> None:
    drawing, _ = _draw(project)
    written = {t.get_text() for t in drawing.label_artists}
    assert any(text.startswith("Offshore Supp") for text in written)
    drawing, _ = _draw(project, label_limit=2)
    assert drawing.label_artists == []


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
    render_map(graph, target, "svg", findings=assess(graph, as_of=AS_OF), as_of=AS_OF, title="Noord")
    text = target.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "Pipeline CRM Inc." in text or "Pipeline" in text


def test_an_unknown_format_is_refused(project: Project, tmp_path) -> None:
    with pytest.raises(ValueError, match="unsupported map format"):
        render_map(build_graph(project), tmp_path / "map.pdf", "pdf")


def test_an_empty_project_draws_a_message() -> None:
    drawing, _ = _draw(Project())
    assert drawing.parties == [] and drawing.edges == []
    assert any("No parties" in t.get_text() for t in drawing.ax.texts)
