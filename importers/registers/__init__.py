"""Vendor registers and sub-processor lists (.xlsx, .xlsm, .csv, .tsv) -> parties and flows.

Headers are recognised in English, Dutch, German and French from ``lexicon.json``; a user mapping
overrides them. May import ``model``, ``importers.base``, ``importers.documents`` (text decoding),
openpyxl and defusedxml; never Qt, ``desktop`` or ``exports``.
"""

from importers.registers.headers import Layout, SheetKind, find_layout
from importers.registers.importer import (
    RegisterImporter,
    RegisterOptions,
    SubprocessorListImporter,
    UnrecognisedRegister,
    file_kind,
    parse_mapping,
    read_register,
    read_tables,
    with_options,
)
from importers.registers.lexicon import Field
from importers.registers.preview import SheetPreview, preview

__all__ = [
    "Field",
    "Layout",
    "RegisterImporter",
    "RegisterOptions",
    "SheetKind",
    "SheetPreview",
    "SubprocessorListImporter",
    "UnrecognisedRegister",
    "file_kind",
    "find_layout",
    "parse_mapping",
    "preview",
    "read_register",
    "read_tables",
    "with_options",
]
