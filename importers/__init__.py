"""Importers: documents (privacy notices, vendor registers, sub-processor lists) -> model objects.

May import `model` and document-parsing libraries; never Qt, `desktop` or `exports`. Each importer
follows the small protocol in `importers/base.py`; `importers.registry.IMPORTERS` lists them.
"""
