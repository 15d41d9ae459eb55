"""Turning the bytes of a text file into text: byte-order marks, UTF-8, UTF-16, Windows-1252.

Notices come from vendors' web sites and e-mail attachments, so every encoding a Western office
produces is expected, and some files mix two (a UTF-8 notice pasted into a Windows-1252 one).
``decode_text`` never fails: it always returns a best reading and the name of what it used.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_SAMPLE = 1 << 16  # enough to recognise an encoding; charset-normalizer is slow on megabytes
# Unicode's control characters (category Cc: U+0000-001F, U+007F-009F) less the whitespace ones
# (tab, line feed, vertical tab, form feed, carriage return); one regex pass counts them.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
MIXED = "utf-8+windows-1252"
_WESTERN_ALIASES = {"latin-1", "iso8859-1", "ascii", "iso8859-15"}
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
"""Soft hyphens, zero-width spaces and word joiners: invisible in a page, but they split words."""


def decode_text(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """``(text, encoding)`` for ``data``; NUL characters are removed, line endings become ``\\n``.

    Tried in order: a byte-order mark, strict UTF-8, UTF-16 without a mark (recognised by its NUL
    pattern), the encoding an HTML document ``declared``, UTF-8 with stray Windows-1252 bytes,
    Windows-1252 for Western text, then charset-normalizer's guess; Windows-1252 is the last resort.
    """
    text, encoding = _decode(data, declared)
    return normalise_newlines(text.replace("\x00", "")), encoding


def _decode(data: bytes, declared: str | None) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    codec = _codec(declared) if declared else None
    if codec in _WESTERN_ALIASES:  # as browsers do: a page "in Latin-1" is written in Windows-1252
        codec = "cp1252"
    if codec and codec != "utf-8":
        return data.decode(codec, errors="replace"), codec
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> tuple[str, str]:
    if _UTF8_MULTIBYTE.search(data):
        return data.decode("utf-8", errors=_MIXED_HANDLER), MIXED
    western = data.decode("cp1252", errors="replace")
    if _looks_western(western):
        return western, "cp1252"
    guess = charset_normalizer.from_bytes(data[:_SAMPLE]).best()
    if guess is not None and guess.encoding:
        return data.decode(guess.encoding, errors="replace"), guess.encoding
    return western, "cp1252"


def declared_encoding(markup: bytes) -> str | None:
    """The encoding an HTML document declares in a ``<meta charset>`` near its start, if any."""
    match = _DECLARED.search(markup[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text in a Western language has a NUL in every other byte; which half says the order."""
    sample = data[:_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.4 * pairs and even < 0.05 * pairs:
        return "utf-16-le"
    if even > 0.4 * pairs and odd < 0.05 * pairs:
        return "utf-16-be"
    return None


def _looks_western(text: str) -> bool:
    """Western text has mostly ASCII letters; Cyrillic or Greek read as Windows-1252 has few."""
    if "\ufffd" in text:  # a byte Windows-1252 leaves undefined
        return False
    letters = [c for c in text[:_SAMPLE] if c.isalpha()]
    return not letters or sum(c.isascii() for c in letters) >= 0.7 * len(letters)


def _mixed_handler(err: UnicodeError) -> tuple[str, int]:
    """Read a byte that is not UTF-8 as Windows-1252 (the usual partner in mixed files)."""
    assert isinstance(err, UnicodeDecodeError)
    byte = err.object[err.start : err.start + 1]
    return byte.decode("cp1252", errors="replace"), err.start + 1


_MIXED_HANDLER = "transfer_atlas_utf8_cp1252"
codecs.register_error(_MIXED_HANDLER, _mixed_handler)


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n`` (offsets then mean the same on every platform)."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def control_ratio(text: str) -> float:
    """The share of control characters other than whitespace: high for binary data read as text."""
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    return len(_CONTROLS.findall(sample)) / len(sample)
