"""The notice diff view with real widgets: the changes listed, their sentences highlighted."""

from __future__ import annotations

import pytest

from desktop.diff_view import NoticeDiffView
from importers.notices import parse_text
from importers.notices_diff import Aspect, diff_notices
from tests.test_diff import NEW, OLD

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot):  # type: ignore[no-untyped-def]
    widget = NoticeDiffView()
    qtbot.addWidget(widget)
    widget.set_diff(diff_notices(parse_text(OLD, source="v1.txt"), parse_text(NEW, source="v2.txt")))
    return widget


def test_the_view_lists_every_change_with_transfer_changes_first(view, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(view.model)
    rows = view.proxy.rowCount()
    assert rows == len(view.model.rows) > 0
    marks = [view.proxy.index(r, 0).data() for r in range(rows)]
    assert marks[0] == "redo TIA" and "" in marks
    assert "redo the TIAs they touch" in view.summary.text()
    assert view.old_text.toPlainText() == OLD and view.new_text.toPlainText() == NEW


def test_selecting_a_change_highlights_its_sentences(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r, c in enumerate(view.model.rows) if c.aspect is Aspect.SAFEGUARD and c.old_quotes)
    change = view.model.rows[row]
    with qtbot.waitSignal(view.change_selected) as signal:
        view.select_change(row)
    assert signal.args == [change]
    assert view.highlighted(view.old_text) == [s.quote for s in change.old_quotes]
    assert view.highlighted(view.new_text) == []


def test_only_transfer_changes_can_be_shown(view) -> None:  # type: ignore[no-untyped-def]
    view.only_transfers.setChecked(True)
    shown = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert shown and set(shown) == {"redo TIA"}
    view.only_transfers.setChecked(False)
    assert view.proxy.rowCount() == len(view.model.rows)


def test_an_empty_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = NoticeDiffView()
    qtbot.addWidget(widget)
    assert widget.proxy.rowCount() == 0 and widget.summary.text() == "No notices compared."
