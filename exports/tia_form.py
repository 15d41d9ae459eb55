"""The building blocks of a TIA sheet: sections, facts, and DPO input cells with their validation.

A TIA sheet has many input cells of a few kinds; ``Form`` collects the cells of each kind and
adds one validation per kind at the end, so a thousand sheets stay light.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from exports.cells import CellValue
from exports.links import Ref
from exports.sheets import (
    CHARS_PER_WIDTH,
    Sheet,
    date_validation,
    fraction_validation,
    list_validation,
    whole_validation,
)
from exports.texts import Words

WIDTHS = (34, 52, 14, 14, 14, 14, 30, 24, 30)  # label, value, EEG a-d, source, DPO call, notes
SPAN = len(WIDTHS)

# Drop-downs, as keys of the texts file (``Words.choices``). Formulas compare with the words of
# YES_NO (yes, no, unknown) and LAW_CALLS (applies, applies but mitigated, not applied in
# practice, not assessed) by position, so their order is part of the sheet's logic.
YES_NO = "choices.yes_no"
DATA_FORMATS = "choices.data_formats"
FREQUENCIES = "choices.frequencies"
LAW_CALLS = "choices.law_calls"
EFFECTIVENESS = "choices.effectiveness"


NOTE_CHARS = int(sum(WIDTHS) * CHARS_PER_WIDTH)  # a note runs across the form's columns


def note_lines(text: str, width: int = NOTE_CHARS) -> list[str]:
    """``text`` cut at spaces into lines that fit across the form (a long word stays whole)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


@dataclass(slots=True)
class Form:
    """A TIA sheet being written: rows go through ``sheet``; input cells are gathered by kind."""

    sheet: Sheet
    choices: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    prompts: dict[tuple[str, ...], str] = field(default_factory=dict)
    dates: list[str] = field(default_factory=list)
    fractions: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    counts: list[str] = field(default_factory=list)

    @property
    def words(self) -> Words:
        """The sheet's words."""
        return self.sheet.words

    def section(self, title: str) -> None:
        """A section heading band across the sheet, after a blank row."""
        self.sheet.append([])
        self.sheet.append([(title, "section")] + [("", "section")] * (SPAN - 1))

    def note(self, text: str) -> None:
        """Explanation in italics across the sheet, on as many rows as the printed width needs."""
        for line in note_lines(text):
            self.sheet.append([(line, "note")])

    def fact(self, label: str, value: CellValue | Ref, style: str = "value") -> int:
        """A label and a value the tool knows; returns the row."""
        return self.sheet.append([(label, "label"), value if isinstance(value, Ref) else (value, style)])

    def ask(
        self,
        label: str,
        value: CellValue = None,
        *,
        choices: str | Sequence[str] = (),
        kind: str = "text",
        prompt: str = "",
    ) -> str:
        """A label and a yellow input cell in column B; returns the input cell's coordinate.

        ``choices`` are the options of a drop-down, or the key of a list in the texts file."""
        style = {
            "date": "input_date",
            "fraction": "input_percent",
            "years": "input_number",
            "count": "input_number",
        }.get(kind, "input")
        room = 2 if value is None and kind == "text" and not choices else 1  # space to write by hand
        row = self.sheet.append([(label, "label"), (value, style)], min_lines=room)
        coordinate = f"B{row}"
        self.mark(coordinate, choices=choices, kind=kind, prompt=prompt or label)
        return coordinate

    def mark(
        self, coordinate: str, *, choices: str | Sequence[str] = (), kind: str = "text", prompt: str = ""
    ) -> None:
        """Validate an input cell written by the caller (choices, date, fraction or years)."""
        if choices:
            key = self.words.choices(choices) if isinstance(choices, str) else tuple(choices)
            self.choices.setdefault(key, []).append(coordinate)
            self.prompts.setdefault(key, prompt)
        elif kind == "date":
            self.dates.append(coordinate)
        elif kind == "fraction":
            self.fractions.append(coordinate)
        elif kind == "years":
            self.years.append(coordinate)
        elif kind == "count":
            self.counts.append(coordinate)

    def finish(self) -> None:
        """Add the collected validations to the sheet."""
        for options, cells in self.choices.items():
            list_validation(self.sheet, options, " ".join(cells), self.prompts[options])
        w = self.words
        if self.dates:
            date_validation(self.sheet, " ".join(self.dates), w("prompt.date"))
        if self.fractions:
            fraction_validation(self.sheet, " ".join(self.fractions), w("prompt.probability"))
        if self.years:
            whole_validation(self.sheet, " ".join(self.years), w("prompt.years"), 1, 50)
        if self.counts:
            whole_validation(self.sheet, " ".join(self.counts), w("prompt.count"), 0, 1_000_000)
