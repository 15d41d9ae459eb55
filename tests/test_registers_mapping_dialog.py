"""The column mapping dialog, driven as a user would: pick fields, accept, import with the mapping."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from desktop.mapping_dialog import NOT_READ, MappingDialog
from importers.base import ImportFailure
from importers.registers import Field, RegisterOptions, preview, read_register
from model.parties import Role

FIXTURES = Path(__file__).parent / "fixtures" / "registers"
pytestmark = pytest.mark.gui


def test_mapping_an_unrecognised_register_makes_it_importable(qtbot) -> None:  # type: ignore[no-untyped-def]
    path = FIXTURES / "unmapped.csv"
    with pytest.raises(ImportFailure):
        read_register(path)
    dialog = MappingDialog(preview(path), path.name)
    qtbot.addWidget(dialog)
    combos = dialog.findChildren(QComboBox)[1:]  # the first is the sheet picker
    assert [c.currentText() for c in combos] == [NOT_READ] * 3
    assert dialog.model.rowCount() == 2 and dialog.model.item(0, 0).text() == "Zeta Hosting B.V."
    combos[0].setCurrentIndex(combos[0].findData(Field.NAME.value))
    dialog.set_field(1, Field.LOCATION)
    header = dialog.model.headerData(0, Qt.Orientation.Horizontal)
    assert header.startswith("Org") and "Vendor / recipient name" in header
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    mapping = dialog.mapping()
    assert dict(mapping) == {"Org": Field.NAME, "Hosting": Field.LOCATION, "Notes": Field.IGNORE}
    result = read_register(path, RegisterOptions(mapping))
    assert {p.name: p.country for p in result.parties if p.role is Role.PROCESSOR} == {
        "Zeta Hosting B.V.": "NL",
        "Omega Cloud Inc.": "US",
    }


def test_recognised_columns_are_preselected_and_sheets_can_be_switched(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MappingDialog(preview(FIXTURES / "verwerkersregister_nl.xlsx"), "verwerkersregister_nl.xlsx")
    qtbot.addWidget(dialog)
    assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == [
        "Verwerkers",
        "Subverwerkers",
        "Toelichting",
    ]
    first = dialog.findChildren(QComboBox)[1]
    assert first.currentData() == Field.NAME.value
    dialog.sheet.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.model.columnCount() == 5)
    assert "Subverwerker" in dialog.model.headerData(1, Qt.Orientation.Horizontal)
    assert dict(dialog.mapping())["Leverancier"] is Field.NAME
    assert dict(dialog.mapping())["Subverwerker"] is Field.SUBPROCESSOR
