"""The map in the centre: the Qt-free ``draw_graph`` inside a FigureCanvasQTAgg, with filters."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolBar,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import label, language
from desktop.session import Session
from exports.flowmap_layout import MapFilter
from model.countries import country_name
from model.parties import Role

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import MouseEvent
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from desktop.map_canvas import MapToolbar
    from exports.flowmap_drawing import MapDrawing

LEGEND_PX = 190  # room kept right of the map for the legend, whatever the window width
READABLE_SCALE = 0.75  # below this a whole map's names would be too small: start at natural size


class MapWidget(QWidget):
    """The data-flow map with zoom and pan, hover tooltips, click to select, and filters."""

    export_requested = Signal()
    redrawn = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # Matplotlib's figure, canvas and tools are made on the first map with parties: until then
        # the app has no need to load matplotlib, and starts sooner.
        self.figure: Figure | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self.ax: Axes | None = None
        self.toolbar: MapToolbar | None = None
        self.drawing: MapDrawing | None = None
        self.placeholder = QLabel(
            self.tr("The map is drawn here once notices or registers are imported (File › Import)."),
            alignment=Qt.AlignmentFlag.AlignCenter,
            wordWrap=True,
        )
        self._build_filters()
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._bar = bar = QHBoxLayout()
        # The filters sit in a tool bar of their own: on a narrow screen the last ones fold into its
        # ">>" menu instead of widening the window past the screen.
        self.controls = QToolBar(self.tr("Map filters"), self)
        self.controls.setObjectName("map_filters")
        for widget in (
            self.only_flagged,
            self.countries,
            self.flow_labels,
            self.role_filter,
            self.notice_filter,
            self.country_filter,
            self.export,
        ):
            self.controls.addWidget(widget)
        bar.addWidget(self.controls, 1)
        layout.addLayout(bar)
        layout.addWidget(self.placeholder, 1)
        self._timer = QTimer(self, singleShot=True, interval=0, timeout=self.redraw)
        session.findings_changed.connect(self._project_changed)
        session.selection_changed.connect(self._show_selection)

    def _build_filters(self) -> None:
        self.only_flagged = QCheckBox(self.tr("Only flagged"))
        self.only_flagged.setToolTip(self.tr("Show only flows with findings, and the parties at their ends"))
        self.role_filter = _combo(
            self.tr("Show only parties with this role (and the other end of their flows)")
        )
        self.notice_filter = _combo(self.tr("Show only what this source document gives evidence for"))
        self.country_filter = _combo(
            self.tr("Show only parties in this country (and the other end of their flows)")
        )
        self.countries = QCheckBox(self.tr("Countries"))
        self.countries.setToolTip(
            self.tr(
                "Draw the parties of each country as one node (on by itself above 120 nodes); "
                "double-click a country to see its parties"
            )
        )
        self.countries.setTristate(True)
        self.countries.setCheckState(Qt.CheckState.PartiallyChecked)
        self.flow_labels = QCheckBox(self.tr("Label flows"))
        self.flow_labels.setToolTip(
            self.tr("Write each flow's transfer tool and data categories on its line")
        )
        self.export = QToolButton(text=self.tr("Export map…"))
        self.export.setToolTip(self.tr("Save the map as PNG or SVG"))
        self.export.clicked.connect(self.export_requested)
        self.only_flagged.toggled.connect(self.schedule)
        self.countries.stateChanged.connect(self.schedule)
        self.flow_labels.toggled.connect(self.schedule)
        for combo in (self.role_filter, self.notice_filter, self.country_filter):
            combo.currentIndexChanged.connect(self.schedule)

    def filters(self) -> MapFilter:
        """The filter the controls describe."""
        role, notice, country = (
            c.currentData() for c in (self.role_filter, self.notice_filter, self.country_filter)
        )
        return MapFilter(
            only_flagged=self.only_flagged.isChecked(),
            roles=frozenset({Role(role)}) if role else frozenset(),
            documents=frozenset({notice}) if notice else frozenset(),
            countries=frozenset({country}) if country else frozenset(),
        )

    def schedule(self) -> None:
        """Redraw once control returns to the event loop (many changes, one redraw)."""
        self._timer.start()

    def _project_changed(self) -> None:
        project = self.session.project
        _refill(
            self.role_filter,
            self.tr("All roles"),
            [(label(r), r.value) for r in Role if any(p.role is r for p in project.parties)],
        )
        _refill(
            self.notice_filter,
            self.tr("All sources"),
            [(d.title or Path(d.path).name, d.sha256) for d in project.documents],
        )
        names = {c: country_name(c, language()) for p in project.parties if (c := p.country)}
        codes = sorted(names, key=lambda c: names[c])
        _refill(self.country_filter, self.tr("All countries"), [(f"{names[c]} ({c})", c) for c in codes])
        self.schedule()

    def _make_canvas(self) -> None:
        """Load matplotlib and put its canvas and tools where the placeholder was."""
        from desktop.map_canvas import new_canvas

        self.figure, self.canvas, self.ax, self.toolbar = new_canvas(self)
        self._bar.insertWidget(0, self.toolbar)
        self._layout.replaceWidget(self.placeholder, self.canvas)
        self.placeholder.hide()
        # Shown at once and laid out, so the figure has the canvas's size before the first drawing
        # (a hidden widget would receive its size, and the figure its scale, only later).
        self.toolbar.show()
        self.canvas.show()
        self._layout.activate()
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("button_release_event", self._click)
        self.canvas.mpl_connect("resize_event", lambda _: self._fit_axes())
        self._fit_axes()

    def redraw(self) -> None:
        """Draw the map for the session's graph, findings, date and scenario."""
        s = self.session
        if self.canvas is None:
            if not s.graph.number_of_nodes():
                return  # nothing to draw yet: the placeholder says so
            self._make_canvas()
        assert self.canvas is not None and self.ax is not None and self.toolbar is not None
        from exports.flowmap import draw_graph

        self.drawing = draw_graph(
            s.graph,
            self.ax,
            findings=s.findings,
            reference=s.reference,
            as_of=s.as_of,
            scenario=s.scenario,
            filters=self.filters(),
            aspect=self._aspect(),
            **self.draw_options(),
        )
        self.canvas.draw()  # lay out the axes, so the scale below is the one on screen
        if self.drawing.scale() < READABLE_SCALE:
            self._zoom_to_natural_size()
        self.toolbar.update()  # the home view is the new map
        self._show_selection()

    def draw_options(self) -> dict[str, object]:
        """The drawing choices the controls make (language, country overview, flow labels)."""
        state = self.countries.checkState()
        overview = None if state == Qt.CheckState.PartiallyChecked else state == Qt.CheckState.Checked
        return {"lang": language(), "overview": overview, "flow_labels": self.flow_labels.isChecked()}

    def _aspect(self) -> float:
        assert self.ax is not None
        box = self.ax.get_window_extent()
        return max(0.6, min(3.0, box.width / max(1.0, box.height)))

    def _zoom_to_natural_size(self) -> None:
        """Show the top left of a map too big for the window at a size where names can be read."""
        assert self.drawing is not None and self.ax is not None and self.figure is not None
        x0, y1 = self.ax.get_xlim()[0], self.ax.get_ylim()[1]
        box = self.ax.get_window_extent()
        dpi = self.figure.dpi
        self.ax.set_xlim(x0, x0 + box.width / dpi)
        self.ax.set_ylim(y1 - box.height / dpi, y1)

    def _show_selection(self) -> None:
        if self.drawing is not None and self.canvas is not None:
            self.drawing.show_selection(self.session.selected_parties, self.session.selected_flows)
            self.canvas.draw_idle()
            self.redrawn.emit()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_axes()

    def _fit_axes(self) -> None:
        """Keep room right of the map for the legend at any width."""
        if self.canvas is None or self.ax is None:
            return
        width = max(1, self.canvas.width())
        self.ax.set_position((0.01, 0.01, max(0.3, 0.99 - LEGEND_PX / width), 0.98))
        if self.drawing is not None:
            self.drawing.refresh_labels()

    def _hover(self, event: MouseEvent) -> None:
        if self.drawing is None or event.x is None:
            return
        text = self._describe(event.x, event.y)
        if text:
            QToolTip.showText(QCursor.pos(), text, self.canvas)  # type: ignore[arg-type]
        else:
            QToolTip.hideText()

    def _describe(self, x: float, y: float) -> str:
        assert self.drawing is not None
        party_id = self.drawing.party_at(x, y)
        graph = self.session.graph
        node = self.drawing.node_of(party_id) if party_id is not None else None
        if node is not None:
            members = [graph.nodes[m]["party"] for m in node.members]
            count = sum(1 for f in self.session.findings if f.importer in node.members)
            lines = [f"{p.name} — {label(p.role)}, {_where(p.country)}" for p in members[:12]]
            if len(members) > 12:
                lines.append("… " + self.tr("%n more", "", len(members) - 12))
            findings = self.tr("%n finding(s)", "", count)
            return f"<b>{node.text}</b><br>" + "<br>".join(lines) + f"<br>{findings}"
        flows = self.drawing.flows_at(x, y)
        if flows:
            lines = [self._flow_line(fid) for fid in flows]
            return "<br>".join(lines)
        return ""

    def _flow_line(self, flow_id: str) -> str:
        """A flow for the tooltip: its ends, tools, data categories, purposes and findings."""
        flow = next(f for u, v, k, f in self.session.graph.edges(keys=True, data="flow") if k == flow_id)
        names = [self.session.graph.nodes[p]["party"].name for p in (flow.exporter, flow.importer)]
        rules = sorted({label(f.rule) for f in self.session.findings if f.flow == flow_id})
        tools = ", ".join(label(t.kind) for t in flow.tools) or self.tr("no transfer tool recorded")
        data = ", ".join([*flow.data_categories, *(label(c) for c in flow.special_categories)])
        lines = [
            f"<b>{names[0]} → {names[1]}</b>",
            tools,
            self.tr("Data: {categories}").format(categories=data or self.tr("not recorded")),
        ]
        if flow.purposes:
            lines.append(self.tr("Purposes: {purposes}").format(purposes=", ".join(flow.purposes)))
        if rules:
            lines.append("⚠ " + ", ".join(rules))
        return "<br>".join(lines)

    def _open_country(self, party: str) -> None:
        """Open a country node into its parties: filter on the country, drawn party by party."""
        code = self.session.graph.nodes[party]["party"].country
        index = self.country_filter.findData(code) if code else -1
        if index >= 0:
            self.countries.setCheckState(Qt.CheckState.Unchecked)
            self.country_filter.setCurrentIndex(index)

    def _click(self, event: MouseEvent) -> None:
        from matplotlib.backend_bases import MouseButton

        if self.drawing is None or event.button is not MouseButton.LEFT or self.toolbar is None:
            return
        if self.toolbar.mode.value:
            return
        party = self.drawing.party_at(event.x, event.y)
        node = self.drawing.node_of(party) if party is not None else None
        if node is not None:
            if event.dblclick and node.grouped == "country":
                self._open_country(node.members[0])
            self.session.select(parties=node.members)
            return
        self.session.select(flows=self.drawing.flows_at(event.x, event.y))


def _where(country: str | None) -> str:
    if not country:
        return QCoreApplication.translate("MapWidget", "country unknown")
    return f"{country_name(country, language())} ({country})"


def _combo(tooltip: str) -> QComboBox:
    combo = QComboBox()
    combo.setToolTip(tooltip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(9)  # a long country or source name never widens the window
    combo.setMaximumWidth(180)
    return combo


def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    """Replace a filter's choices, keeping the current one when it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(current) if current else 0
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)
    if current and index < 0:
        combo.currentIndexChanged.emit(0)
