"""The window's menus and main toolbar, built from the actions its parts own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStyle, QToolBar

from desktop.edit_actions import make_action
from desktop.organisation_dialog import OrganisationDialog

if TYPE_CHECKING:
    from desktop.window import MainWindow

translate = QCoreApplication.translate


def _undo_actions(window: MainWindow) -> tuple[QAction, QAction]:
    stack = window.session.undo_stack
    undo = stack.createUndoAction(window, translate("Menus", "&Undo"))
    redo = stack.createRedoAction(window, translate("Menus", "&Redo"))
    # Every binding of the platform (Ctrl+Y and Ctrl+Shift+Z both redo), not only the first.
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo.setShortcuts(QKeySequence.StandardKey.Redo)
    # The toolbar shows a fixed word, so it does not shift as the edit's name changes; the menu and
    # the tooltip say which edit.
    undo.setIconText(translate("Menus", "Undo"))
    redo.setIconText(translate("Menus", "Redo"))
    stack.indexChanged.connect(window.update_undo_tips)  # a window slot: disconnected with it
    return undo, redo


def build_menus(window: MainWindow) -> None:
    """File, Edit, View and Help."""
    files, io = window.files, window.io
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("Menus", "&File"))
    file_menu.setToolTipsVisible(True)
    file_menu.addActions([files.new, files.open])
    file_menu.addMenu(files.recent_menu)
    file_menu.addAction(window.team.action)
    file_menu.addActions([files.save, files.save_as])
    file_menu.addSeparator()
    file_menu.addActions([io.import_files, io.import_folder, window.mapping.action])
    file_menu.addSeparator()
    file_menu.addActions([io.export_workbook, io.export_map])
    file_menu.addSeparator()
    quit_action = make_action(
        window,
        translate("Menus", "&Quit"),
        translate("Menus", "Close Transfer Atlas"),
        QKeySequence.StandardKey.Quit,
    )
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)
    edit_menu = bar.addMenu(translate("Menus", "&Edit"))
    edit_menu.setToolTipsVisible(True)
    edit_menu.addActions(list(window.undo_actions))
    edit_menu.addSeparator()
    edit_menu.addActions(window.edits.all())
    edit_menu.addSeparator()
    organisation = make_action(
        window,
        translate("Menus", "&Organisation…"),
        translate("Menus", "The organisation's name and country"),
    )
    organisation.setObjectName("edit_organisation")
    organisation.triggered.connect(lambda: OrganisationDialog(window.session, window).exec())
    edit_menu.addAction(organisation)
    _view_menu(window)
    tools = bar.addMenu(translate("Menus", "&Tools"))
    tools.setToolTipsVisible(True)
    tools.addAction(window.compare.action)
    help_menu = bar.addMenu(translate("Menus", "&Help"))
    help_menu.setToolTipsVisible(True)
    guide = make_action(
        window,
        translate("Menus", "&Guide to the map and the rules"),
        translate("Menus", "A short guide, in this window"),
        "F1",
    )
    guide.setObjectName("help_guide")
    guide.triggered.connect(window.show_guide)
    help_menu.addAction(guide)
    about = make_action(
        window, translate("Menus", "&About Transfer Atlas"), translate("Menus", "Version and reference data")
    )
    about.triggered.connect(lambda: _about(window))
    help_menu.addAction(about)


def _view_menu(window: MainWindow) -> None:
    view = window.menuBar().addMenu(translate("Menus", "&View"))
    view.setToolTipsVisible(True)
    for i in range(window.tabs.count()):
        name = window.tabs.tabText(i).replace("&", "")
        action = make_action(
            window,
            translate("Menus", "Show {tab}").format(tab=name),
            translate("Menus", "Show the {tab} tab").format(tab=name),
            f"Ctrl+{i + 1}",
        )
        action.triggered.connect(lambda _=False, i=i: window.tabs.setCurrentIndex(i))
        view.addAction(action)
    view.addSeparator()
    for dock, keys in ((window.sources_dock, "Ctrl+Shift+1"), (window.inspector_dock, "Ctrl+Shift+2")):
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence(keys))
        tip = translate("Menus", "Show or hide the {panel} panel").format(panel=dock.windowTitle())
        toggle.setToolTip(f"{tip} ({keys})")
        view.addAction(toggle)
    search = make_action(
        window,
        translate("Menus", "&Find in table"),
        translate("Menus", "Search the current table"),
        QKeySequence.StandardKey.Find,
    )
    search.triggered.connect(lambda: _focus_search(window))
    view.addAction(search)


def _focus_search(window: MainWindow) -> None:
    panel = window.tabs.currentWidget()
    box = getattr(panel, "search", None)
    if box is not None:
        box.setFocus()
        box.selectAll()


def build_toolbar(window: MainWindow) -> None:
    """The main toolbar: the everyday file, import, export and undo actions, with theme icons."""
    window.undo_actions = _undo_actions(window)
    bar = QToolBar(translate("Menus", "Main toolbar"), window)
    bar.setObjectName("main_toolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    pixmap = QStyle.StandardPixmap
    icons = (
        (window.files.open, "document-open", pixmap.SP_DialogOpenButton),
        (window.files.save, "document-save", pixmap.SP_DialogSaveButton),
        (window.io.import_files, "document-import", pixmap.SP_FileDialogNewFolder),
        (window.io.export_workbook, "x-office-spreadsheet", pixmap.SP_FileDialogDetailedView),
        (window.io.export_map, "image-x-generic", pixmap.SP_FileDialogContentsView),
        (window.undo_actions[0], "edit-undo", pixmap.SP_ArrowBack),
        (window.undo_actions[1], "edit-redo", pixmap.SP_ArrowForward),
    )
    for action, theme, fallback in icons:
        action.setIcon(QIcon.fromTheme(theme, window.style().standardIcon(fallback)))
        bar.addAction(action)
    window.io.import_files.setIconText(translate("Menus", "Import"))
    window.io.export_workbook.setIconText(translate("Menus", "TIA workbook"))
    window.io.export_map.setIconText(translate("Menus", "Map image"))
    window.addToolBar(bar)


def _about(window: MainWindow) -> None:
    ref = window.session.reference
    QMessageBox.about(
        window,
        translate("Menus", "About Transfer Atlas"),
        "<h3>Transfer Atlas</h3><p>"
        + translate(
            "Menus",
            "Maps where personal data goes, flags GDPR Chapter V gaps and exports "
            "transfer impact assessments.",
        )
        + "</p><p>"
        + translate("Menus", "Reference data {version}, as of {date}.").format(
            version=ref.version, date=ref.as_of.isoformat()
        )
        + "</p>",
    )
