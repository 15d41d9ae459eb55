"""Reading the cells of a register: text, yes/no, dates, countries, roles, tools and lists.

Each reader takes a cell as the spreadsheet gave it (text, number, date or None) and returns a model
value, raising ``CellError`` with a reason a DPO understands when the cell cannot be understood.
Text is never evaluated: a cell starting with ``=``, ``+``, ``-`` or ``@`` is kept as it is.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import TypeAlias

from importers.registers.lexicon import key, lexicon
from model.countries import country_code
from model.flows import SpecialCategory, TiaStatus, ToolKind
from model.parties import Role, Tristate

Value: TypeAlias = str | int | float | bool | dt.datetime | dt.date | dt.time | None


class CellError(ValueError):
    """A cell that cannot be understood; the message says what was found and why it fails."""


def text(value: Value) -> str:
    """The cell as text, as a spreadsheet user would read it (dates ISO, whole numbers without '.0')."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def is_blank(value: Value) -> bool:
    """Whether the cell says nothing: empty, or a placeholder such as '-', 'n/a', 'n.v.t.', 'tbd'."""
    raw = text(value)
    word = key(raw)
    return word in lexicon().blank and (bool(word) or raw.strip() not in lexicon().yes)


def yes_no(value: Value) -> Tristate | None:
    """YES or NO for yes/no words in the four languages (and ticks, 1/0, true/false); None otherwise."""
    if isinstance(value, bool):
        return Tristate.YES if value else Tristate.NO
    raw = text(value)
    word = key(raw) or raw.strip()
    if word in lexicon().yes:
        return Tristate.YES
    if word in lexicon().no:
        return Tristate.NO
    return None


# --- dates ---------------------------------------------------------------------------------------

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$")
_YM = re.compile(r"^(\d{4})[-/.](\d{1,2})$|^(\d{1,2})[-/.](\d{4})$")
_QUARTER = re.compile(r"^q([1-4]) (\d{4})$|^(\d{4}) q([1-4])$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def date(value: Value) -> dt.date | None:
    """The date a cell states (None when blank), in the usual forms.

    Date cells, ISO text, day-first text (31-12-2024, 31.12.2024, 31/12/24; month-first only when
    nothing else fits), month names in the four languages ("1 maart 2024", "March 1, 2024"),
    "2024-03", "Q1 2025" and a bare year (the last day of that period, so a review "due in March"
    falls due after March), and Excel serial numbers.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if is_blank(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _number_date(value)
    return _text_date(text(value))


def _number_date(number: float) -> dt.date:
    if float(number).is_integer() and 1900 <= number <= 2200:
        return dt.date(int(number), 12, 31)
    if 1 <= number < 2958466:  # Excel's serial day numbers (1900 date system)
        return _EXCEL_EPOCH + dt.timedelta(days=int(number))
    raise CellError(f"not a date: {text(number)!r}")


def _text_date(raw: str) -> dt.date:
    if m := _ISO.match(raw):
        return _make(raw, int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY.match(raw):
        first, second, year = int(m[1]), int(m[2]), _year(m[3])
        if second > 12 and first <= 12:  # only month-first reads it
            first, second = second, first
        return _make(raw, year, second, first)
    if m := _YM.match(raw):
        year, month = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
        return _make(raw, year, month, None)
    return _worded_date(raw)


def _worded_date(raw: str) -> dt.date:
    words = key(raw).split()
    if m := _QUARTER.match(" ".join(words)):
        quarter, year = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
        return _make(raw, year, quarter * 3, None)
    if len(words) == 1 and words[0].isdigit() and len(words[0]) == 4:
        return dt.date(int(words[0]), 12, 31)
    months = [lexicon().months[w] for w in words if w in lexicon().months]
    numbers = [re.sub(r"(st|nd|rd|th|er|e|ste|de)$", "", w) for w in words if w[:1].isdigit()]
    years = [int(n) for n in numbers if n.isdigit() and len(n) == 4]
    days = [int(n) for n in numbers if n.isdigit() and len(n) <= 2]
    if len(months) != 1 or len(years) != 1 or len(days) > 1:
        raise CellError(f"not a date: {raw!r}")
    return _make(raw, years[0], months[0], days[0] if days else None)


def _year(digits: str) -> int:
    year = int(digits)
    if len(digits) == 2:
        return 2000 + year if year < 70 else 1900 + year
    return year


def _make(raw: str, year: int, month: int, day: int | None) -> dt.date:
    try:
        if day is None:
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        return dt.date(year, month, day)
    except (ValueError, calendar.IllegalMonthError):
        raise CellError(f"impossible date: {raw!r}") from None


# --- countries -----------------------------------------------------------------------------------

_SPLIT = re.compile(r"\s*(?:[,;/|&+\n]|\band\b|\ben\b|\bund\b|\bet\b)\s*", re.IGNORECASE)
_BRACKETS = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")


def countries(value: Value) -> tuple[tuple[str, ...], str | None]:
    """``(ISO codes, region)`` a cell names; region is "eea" or "world" for 'EU', 'worldwide'...

    A name in any of the four languages or an ISO code; several may be listed ("Ireland, USA").
    Raises CellError naming the part that is not a country.
    """
    if is_blank(value):
        return (), None
    raw = text(value)
    whole = _one_country(raw)
    if whole:
        return whole
    codes: list[str] = []
    region: str | None = None
    for part in filter(None, _SPLIT.split(_BRACKETS.sub(" ", raw))):
        found, where = _one_country(part) or ((), None)
        if not found and where is None:
            raise CellError(f"unknown country: {part!r}" + (f" (in {raw!r})" if part != raw else ""))
        codes.extend(c for c in found if c not in codes)
        region = region or where
    return tuple(codes), region


def _one_country(raw: str) -> tuple[tuple[str, ...], str | None] | None:
    for candidate in (raw, _BRACKETS.sub(" ", raw).strip()):
        code = country_code(candidate) if candidate else None
        if code:
            return (code,), None
        region = lexicon().regions.get(key(candidate))
        if region:
            return (), region
    return None


# --- roles, tools, TIA status, categories ----------------------------------------------------------

# roles that say who decides, not what the party does: a cell's more specific role wins over them
GENERIC_ROLES = frozenset(
    {Role.PROCESSOR, Role.OTHER_THIRD_PARTY, Role.CONTROLLER, Role.INDEPENDENT_CONTROLLER}
)


def role(value: Value) -> Role | None:
    """The role a cell names ('Verwerker', 'Incassobureau', 'debt_collector'...); None when unknown.

    A specific role wins over a generic one: 'Processor (debt collection)' is a debt collector.
    """
    raw = text(value)
    if raw.strip().lower() in Role._value2member_map_:
        return Role(raw.strip().lower())
    words = key(raw)
    # a compound such as 'Hostingpartij' or 'Enquêtebureau' names its role inside one word
    found = [Role(v) for _, v in lexicon().roles.find(words) or lexicon().roles.within_words(words)]
    specific = [r for r in found if r not in GENERIC_ROLES]
    chosen = specific or found
    return chosen[0] if chosen else None


_MODULE_DIGITS = re.compile(r"\bmod(?:ule|ul|\.)?\s*([1-4](?:\s*(?:and|en|und|et|[,/+&])?\s*[1-4])*)\b")
_BARE_DIGITS = re.compile(r"^[1-4](?:\s*(?:and|en|und|et|[,/+&])?\s*[1-4])*$")
_SCC_KINDS = {
    "1": ToolKind.SCC_MODULE_1,
    "2": ToolKind.SCC_MODULE_2,
    "3": ToolKind.SCC_MODULE_3,
    "4": ToolKind.SCC_MODULE_4,
}


def tools(value: Value, *, modules_alone: bool = False) -> tuple[ToolKind, ...] | None:
    """The transfer tools a cell names ('SCC module 2', 'DPF', 'BCR-P', 'toestemming'...).

    () for 'none' words or a blank cell; None when the text names no tool this lexicon knows.
    ``modules_alone`` reads bare digits ('2', '2 & 3') as SCC modules, for an 'SCC module' column.
    """
    if is_blank(value):
        return ()
    words = key(text(value))
    modules = _modules(words, modules_alone)
    found = [v for _, v in lexicon().tools.find(words)]
    kinds = [ToolKind(v) for v in dict.fromkeys(found) if v != "none"]
    if modules:
        kinds = [k for k in kinds if k is not ToolKind.SCC] + [_SCC_KINDS[m] for m in modules]
    if ToolKind.BCR in kinds and {ToolKind.BCR_PROCESSOR, ToolKind.BCR_CONTROLLER} & set(kinds):
        kinds.remove(ToolKind.BCR)
    if len(kinds) > 1 and ToolKind.CONTRACTUAL_UNSPECIFIED in kinds:
        kinds.remove(ToolKind.CONTRACTUAL_UNSPECIFIED)
    if not kinds and "none" not in found:
        return None
    return tuple(dict.fromkeys(kinds))


def _modules(words: str, alone: bool) -> list[str]:
    digits = "".join(m[1] for m in _MODULE_DIGITS.finditer(words))
    if alone and _BARE_DIGITS.match(words):
        digits += words
    digits += "".join(v for _, v in lexicon().scc_modules.find(words))
    return sorted(set(re.findall(r"[1-4]", digits)))


def tia_status(value: Value) -> TiaStatus | None:
    """The TIA status a cell states (a date counts as completed on that date); None when unknown."""
    if isinstance(value, dt.date):
        return TiaStatus.COMPLETED
    raw = text(value)
    if not raw.strip():
        return None  # an empty cell says nothing; never "completed"
    word = key(raw) or raw.strip()
    if word in lexicon().tia_status:
        return TiaStatus(lexicon().tia_status[word])
    found = [TiaStatus(lexicon().tia_status[w]) for w in lexicon().tia_status if " " in w and w in word]
    return found[0] if found else None


def special_categories(value: Value) -> tuple[SpecialCategory, ...]:
    """The special categories of data a cell names ('gezondheid', 'Gesundheitsdaten', 'santé'...)."""
    return _special_in(key(text(value)))


@lru_cache(maxsize=4096)
def _special_in(words: str) -> tuple[SpecialCategory, ...]:
    found = [SpecialCategory(v) for _, v in lexicon().special.find(words)]
    found += [SpecialCategory(v) for _, v in lexicon().special.within_words(words, minimum=7)]
    return tuple(dict.fromkeys(found))


_LIST_SPLIT = re.compile(r"\s*(?:[;\n•]|,(?![^(]*\)))\s*")
_LINE_SPLIT = re.compile(r"\s*[;\n•]\s*")


def items(value: Value, *, commas: bool = True) -> tuple[str, ...]:
    """The items of a list cell ('name, address; e-mail'); commas inside brackets do not split."""
    if is_blank(value):
        return ()
    splitter = _LIST_SPLIT if commas else _LINE_SPLIT
    found = (i for i in splitter.split(str(value).strip()) if i and not is_blank(i) and not _refers(i))
    return tuple(dict.fromkeys(found))


def _refers(item: str) -> bool:
    """Whether an item only points elsewhere ('zie tabblad Subverwerkers', 'see annex 3')."""
    words = key(item)
    return any(words == r or words.startswith(r + " ") for r in lexicon().references)
