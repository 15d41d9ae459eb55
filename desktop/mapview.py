"""The map in the centre: the Qt-free ``draw_graph`` inside a FigureCanvasQTAgg, with filters."""

from __future__ import annotations

from pathlib import Path

from matplotlib.backend_bases import MouseButton, MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT
from matplotlib.figure import Figure
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QToolButton, QToolTip, QVBoxLayout, QWidget

from desktop.i18n import label
from desktop.session import Session
from exports.flowmap import MapDrawing, MapFilter, draw_graph
from model.countries import country_name
from model.parties import Role

LEGEND_PX = 150  # room kept right of the map for the legend, whatever the window width


class MapToolbar(NavigationToolbar2QT):
    """Matplotlib's navigation tools that make sense on the map: home, back, forward, pan, zoom."""

    toolitems = [
        t for t in NavigationToolbar2QT.toolitems if t[0] in ("Home", "Back", "Forward", "Pan", "Zoom")
    ]


class MapWidget(QWidget):
    """The data-flow map with zoom and pan, hover tooltips, click to select, and filters."""

    export_requested = Signal()
    redrawn = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.figure = Figure(figsize=(10, 6), layout=None)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setToolTip("")
        self.ax = self.figure.add_axes((0.01, 0.01, 0.85, 0.98))
        self.drawing: MapDrawing | None = None
        self.toolbar = MapToolbar(self.canvas, self, coordinates=False)
        self._build_filters()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.toolbar.setMinimumWidth(self.toolbar.sizeHint().width())
        bar.addWidget(self.toolbar)
        bar.addStretch(1)
        for widget in (
            self.only_flagged,
            self.role_filter,
            self.notice_filter,
            self.country_filter,
            self.export,
        ):
            bar.addWidget(widget)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self._timer = QTimer(self, singleShot=True, interval=0, timeout=self.redraw)
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("button_release_event", self._click)
        session.findings_changed.connect(self._project_changed)
        session.selection_changed.connect(self._show_selection)

    def _build_filters(self) -> None:
        self.only_flagged = QCheckBox("Only flagged")
        self.only_flagged.setToolTip("Show only flows with findings, and the parties at their ends")
        self.role_filter = _combo("Show only parties with this role (and the other end of their flows)")
        self.notice_filter = _combo("Show only what this source document gives evidence for")
        self.country_filter = _combo("Show only parties in this country (and the other end of their flows)")
        self.export = QToolButton(text="Export map…")
        self.export.setToolTip("Save the map as PNG or SVG")
        self.export.clicked.connect(self.export_requested)
        self.only_flagged.toggled.connect(self.schedule)
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
            "All roles",
            [(label(r), r.value) for r in Role if any(p.role is r for p in project.parties)],
        )
        _refill(
            self.notice_filter,
            "All sources",
            [(d.title or Path(d.path).name, d.sha256) for d in project.documents],
        )
        codes = sorted({p.country for p in project.parties if p.country}, key=country_name)
        _refill(self.country_filter, "All countries", [(f"{country_name(c)} ({c})", c) for c in codes])
        self.schedule()

    def redraw(self) -> None:
        """Draw the map for the session's graph, findings, date and scenario."""
        s = self.session
        self.drawing = draw_graph(
            s.graph,
            self.ax,
            findings=s.findings,
            reference=s.reference,
            as_of=s.as_of,
            scenario=s.scenario,
            filters=self.filters(),
        )
        self.toolbar.update()  # the home view is the new full map
        self._show_selection()

    def _show_selection(self) -> None:
        if self.drawing is not None:
            self.drawing.show_selection(self.session.selected_parties, self.session.selected_flows)
            self.canvas.draw_idle()
            self.redrawn.emit()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[arg-type]
        width = max(1, self.canvas.width())
        self.ax.set_position((0.01, 0.01, max(0.3, 0.99 - LEGEND_PX / width), 0.98))
        if self.drawing is not None:
            self.drawing.refresh_labels()

    def _hover(self, event: MouseEvent) -> None:
        if self.drawing is None or event.x is None:
            return
        text = self._describe(event.x, event.y)
        if text:
            QToolTip.showText(QCursor.pos(), text, self.canvas)
        else:
            QToolTip.hideText()

    def _describe(self, x: float, y: float) -> str:
        assert self.drawing is not None
        party_id = self.drawing.party_at(x, y)
        graph = self.session.graph
        if party_id is not None:
            p = graph.nodes[party_id]["party"]
            where = f"{country_name(p.country)} ({p.country})" if p.country else "country unknown"
            count = sum(1 for f in self.session.findings if f.importer == party_id)
            return f"<b>{p.name}</b><br>{label(p.role)}, {where}<br>{count} finding(s)"
        flows = self.drawing.flows_at(x, y)
        if flows:
            lines = [self._flow_line(fid) for fid in flows]
            return "<br>".join(lines)
        return ""

    def _flow_line(self, flow_id: str) -> str:
        flow = next(f for u, v, k, f in self.session.graph.edges(keys=True, data="flow") if k == flow_id)
        names = [self.session.graph.nodes[p]["party"].name for p in (flow.exporter, flow.importer)]
        rules = sorted({label(f.rule) for f in self.session.findings if f.flow == flow_id})
        tools = ", ".join(label(t.kind) for t in flow.tools) or "no transfer tool recorded"
        return f"<b>{names[0]} → {names[1]}</b><br>{tools}" + (f"<br>⚠ {', '.join(rules)}" if rules else "")

    def _click(self, event: MouseEvent) -> None:
        if self.drawing is None or event.button is not MouseButton.LEFT or self.toolbar.mode.value:
            return
        party = self.drawing.party_at(event.x, event.y)
        if party is not None:
            self.session.select(parties=(party,))
            return
        self.session.select(flows=self.drawing.flows_at(event.x, event.y))


def _combo(tooltip: str) -> QComboBox:
    combo = QComboBox()
    combo.setToolTip(tooltip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMaximumWidth(220)
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
