"""The desktop side of a team register: connect, save each edit as one transaction, show others' edits.

``TeamLink`` owns the open ``TeamRegister`` of the session (``Session.register``). Every change of
the undo stack (an edit, an undo, a redo) is saved at once, described by the command's text; a
conflict asks the user whether to keep their version or take the other person's; a refusal for
the user's role puts back what the register holds. A second connection LISTENs for commits, and
other people's changes are read in (only the records that changed) within moments.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSocketNotifier, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.edit_actions import make_action
from desktop.session import Session
from desktop.settings import AppSettings
from model.project import Project
from model.store import ProjectFileError
from model.team import RegisterError, RegisterUrl, TeamRole

if TYPE_CHECKING:
    from model.team_audit import EditConflict
    from model.team_register import ChangeListener

translate = QCoreApplication.translate
CONNECT_HELP = QT_TRANSLATE_NOOP(
    "TeamLink",
    "The team register's URL: postgresql://USER@HOST:PORT/DATABASE?project=NAME\n"
    "The password is read from your PostgreSQL password file (~/.pgpass) or a service file "
    "(?service=NAME); it is never typed here nor remembered.",
)
KEEP_MINE, TAKE_THEIRS = "mine", "theirs"


def password_problem(url: str) -> str | None:
    """Why ``url`` must not be used as it is (it holds a password), or None."""
    parsed = RegisterUrl.parse(url)
    if parsed.has_password:
        return translate(
            "TeamLink",
            "The URL holds a password. Put the password in your PostgreSQL password file "
            "(~/.pgpass, or %APPDATA%\\postgresql\\pgpass.conf on Windows) or a service file, and "
            "connect with {url}",
        ).format(url=parsed.display)
    return None


class TeamLink(QObject):
    """Connect to team register…, the save of every edit, and the changes others make."""

    connected = Signal(str)
    remote_changed = Signal()

    def __init__(
        self,
        session: Session,
        settings: AppSettings,
        window: QWidget,
        may_leave: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(window)
        self.session, self.settings, self.window = session, settings, window
        self.may_leave = may_leave  # asks about unsaved changes before another project replaces them
        self.action = make_action(
            self,
            self.tr("Connect to &Team Register…"),
            self.tr("Open a project kept in a PostgreSQL team register"),
        )
        self.action.triggered.connect(self.ask_and_connect)
        self._listener: ChangeListener | None = None
        self._notifier: QSocketNotifier | None = None
        self._syncing = False
        self._shut = False
        self._last_index = session.undo_stack.index()
        session.undo_stack.indexChanged.connect(self._save_edit)
        session.path_changed.connect(self._check_still_open)

    # -- connecting -------------------------------------------------------------------------------

    def ask_and_connect(self) -> bool:
        """Ask for the register's URL (the last one offered) and connect."""
        url, ok = QInputDialog.getText(
            self.window,
            self.tr("Connect to team register"),
            self.tr(CONNECT_HELP),
            text=self.settings.team_register_url,
        )
        return bool(ok and url.strip()) and self.connect_to(url.strip())

    def connect_to(self, url: str) -> bool:
        """Open the register's project in the session; False (after saying why) when it cannot be."""
        from model.team_register import TeamRegister  # psycopg is loaded only when a register is used

        if not self.may_leave():
            return False
        try:
            problem = password_problem(url)
            if problem:
                raise RegisterError(problem)
            register = TeamRegister.connect(url)
            project = register.load()
            roles = register.roles()
        except ProjectFileError as err:
            QMessageBox.critical(self.window, self.tr("Cannot open the team register"), str(err))
            return False
        self._close_register()
        read_only = not roles & {TeamRole.EDITOR, TeamRole.REVIEWER}
        self._syncing = True
        try:
            self.session.reset(project, None, read_only=read_only, register=register)
        finally:
            self._syncing = False
        self._last_index = self.session.undo_stack.index()
        self.settings.team_register_url = register.location
        self._listen()
        self.connected.emit(register.location)
        return True

    def _listen(self) -> None:
        register = self.session.register
        if register is None:
            return
        try:
            listener = register.listener()
        except RegisterError:
            return  # others' changes then appear on the next save or reconnection
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._notified)

    def shutdown(self) -> None:
        """The window closes: stop listening and saving, and close the register's connection."""
        if self._shut:
            return
        self._shut = True
        self.session.undo_stack.indexChanged.disconnect(self._save_edit)
        self.session.path_changed.disconnect(self._check_still_open)
        self._close_register()
        if self.session.register is not None:
            self.session.register.close()

    def _check_still_open(self) -> None:
        if self.session.register is None and self._listener is not None:
            self._close_register()

    def _close_register(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    # -- other people's changes -------------------------------------------------------------------

    def _notified(self) -> None:
        listener = self._listener
        if listener is None:
            return
        try:
            changed = listener.changed()
        except RegisterError:
            self._close_register()  # the connection broke: listen again after the next save
            return
        if changed:
            self.pull()

    def pull(self) -> None:
        """Read in what others committed (only the records that changed) and show it."""
        register = self.session.register
        if register is None:
            return
        try:
            project = register.refresh(self.session.project)
        except ProjectFileError as err:  # said in the status bar: nobody asked for this refresh
            status = getattr(self.window, "statusBar", None)
            if status is not None:
                status().showMessage(str(err), 15000)
            return
        if project != self.session.project:
            self._show(project)
            self.remote_changed.emit()

    def _show(self, project: Project) -> None:
        """Show the register's state; the undo history ends here, since others changed the project."""
        self._syncing = True
        try:
            self.session.show_project(project)
            self.session.undo_stack.clear()
        finally:
            self._syncing = False
        self._last_index = self.session.undo_stack.index()

    # -- saving each edit -------------------------------------------------------------------------

    def _save_edit(self, index: int) -> None:
        stack, register = self.session.undo_stack, self.session.register
        undone = index < self._last_index
        self._last_index = index
        if register is None or self._syncing or self.session.read_only:
            return
        text = ("Undo " + stack.text(index)) if undone else stack.text(index - 1)
        self.save(text or "edit")

    def save(self, source: str) -> bool:
        """Save the session's project to the register as one transaction; True when it was."""
        from model.team_audit import EditConflict, RegisterConnectionLost

        register = self.session.register
        if register is None:
            return False
        try:
            register.save(self.session.project, source=source)
        except EditConflict as conflict:
            return self._resolve(conflict, source)
        except RegisterConnectionLost as err:
            QMessageBox.warning(
                self.window,
                self.tr("Not saved"),
                f"{err}\n\n" + self.tr("Your change stays in this window and is saved with your next edit."),
            )
            self.session.mark_modified()
            return False
        except ProjectFileError as err:
            QMessageBox.critical(self.window, self.tr("Not saved"), str(err))
            self._show(register.load())
            return False
        self.session.undo_stack.setClean()
        if self._listener is None:
            self._listen()
        return True

    def _resolve(self, conflict: EditConflict, source: str) -> bool:
        register = self.session.register
        if register is None:
            return False
        if self.ask_conflict(conflict) == KEEP_MINE:
            register.keep_mine(conflict.conflicts)
            return self.save(source + " (kept over a colleague's change)")
        self._show(register.refresh(self.session.project))  # theirs replaces the records in conflict
        return self.save(source)  # what of the edit did not conflict is still saved

    def ask_conflict(self, conflict: EditConflict) -> str:
        """Ask whether to keep one's own version or take the colleague's (``KEEP_MINE``/``TAKE_THEIRS``)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Changed by someone else"), str(conflict), parent=self.window
        )
        mine = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Take theirs"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return KEEP_MINE if box.clickedButton() is mine else TAKE_THEIRS


def history_lines(session: Session, kind: str, record_id: str) -> list[str]:
    """The audit trail of one record, newest first, one line per change (empty off a register)."""
    register = session.register
    if register is None:
        return []
    try:
        entries = register.history(kind, record_id)
    except ProjectFileError as err:
        return ["(" + translate("TeamLink", "history unavailable: {reason}").format(reason=err) + ")"]
    lines = []
    for e in reversed(entries):
        what = "; ".join(c.describe() for c in e.changes()) if e.action == "update" else e.action
        source = f" [{e.source}]" if e.source else ""
        lines.append(f"{e.at:%Y-%m-%d %H:%M} {e.who}: {what}{source}")
    return lines
