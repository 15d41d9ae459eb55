"""Starting the desktop app: check the display, create the QApplication, open the window."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from desktop.platform_check import display_problem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.window import MainWindow

APP_NAME = "Transfer Atlas"


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named so settings and recovery files have a home."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    return app  # type: ignore[return-value]


def create_window(inputs: list[str] | None = None, *, offer_recovery: bool = True) -> MainWindow:
    """The main window on the user's settings, shown, with recovery offered and inputs opened."""
    from desktop.settings import open_store
    from desktop.window import MainWindow

    window = MainWindow(open_store())
    window.show()
    if offer_recovery:
        window.offer_recovery()
    if inputs:
        window.open_inputs(inputs)
    return window


def run_app(inputs: list[str]) -> int:
    """Open the app on ``inputs`` (a project and/or documents to import); returns the exit status."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    try:
        app = application()
    except ImportError as err:  # a Qt library the wheel links against is missing
        print(f"transfer-atlas: cannot start the desktop app: {err}", file=sys.stderr)
        return 2
    window = create_window(inputs)
    window.raise_()
    return int(app.exec())
