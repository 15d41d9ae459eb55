"""Matplotlib's side of the map: the figure, its Qt canvas and the navigation tools.

Imported only when there is a map to draw, so the app starts without loading matplotlib.
"""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT
from matplotlib.figure import Figure
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget


class MapToolbar(NavigationToolbar2QT):
    """Matplotlib's navigation tools that make sense on the map: home, back, forward, pan, zoom."""

    toolitems = [
        t for t in NavigationToolbar2QT.toolitems if t[0] in ("Home", "Back", "Forward", "Pan", "Zoom")
    ]
    # Matplotlib's own words for its tools, in the window's language.
    TIPS = {
        "home": (
            QT_TRANSLATE_NOOP("MapToolbar", "Home"),
            QT_TRANSLATE_NOOP("MapToolbar", "Reset original view"),
        ),
        "back": (
            QT_TRANSLATE_NOOP("MapToolbar", "Back"),
            QT_TRANSLATE_NOOP("MapToolbar", "Back to previous view"),
        ),
        "forward": (
            QT_TRANSLATE_NOOP("MapToolbar", "Forward"),
            QT_TRANSLATE_NOOP("MapToolbar", "Forward to next view"),
        ),
        "pan": (
            QT_TRANSLATE_NOOP("MapToolbar", "Pan"),
            QT_TRANSLATE_NOOP("MapToolbar", "Drag to move the map; right button drags to zoom"),
        ),
        "zoom": (
            QT_TRANSLATE_NOOP("MapToolbar", "Zoom"),
            QT_TRANSLATE_NOOP("MapToolbar", "Zoom to a rectangle"),
        ),
    }

    def __init__(self, canvas: FigureCanvasQTAgg, parent: QWidget, coordinates: bool = False) -> None:
        super().__init__(canvas, parent, coordinates=coordinates)
        for name, (text, tip) in self.TIPS.items():
            action = self._actions.get(name)
            if action is not None:
                action.setText(self.tr(text))
                action.setIconText(self.tr(text))
                action.setToolTip(self.tr(tip))


def new_canvas(parent: QWidget) -> tuple[Figure, FigureCanvasQTAgg, Axes, MapToolbar]:
    """A figure with the map's axes, its canvas and the navigation tool bar over it."""
    figure = Figure(figsize=(10, 6), layout=None)
    canvas = FigureCanvasQTAgg(figure)
    canvas.setToolTip("")
    ax = figure.add_axes((0.01, 0.01, 0.85, 0.98))
    toolbar = MapToolbar(canvas, parent, coordinates=False)
    toolbar.setMinimumWidth(toolbar.sizeHint().width())
    return figure, canvas, ax, toolbar
