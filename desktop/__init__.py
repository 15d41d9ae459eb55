"""The desktop application and the command line: the only package that imports Qt.

It adds no business logic: windows, item models and workers call `model`, `importers` and
`exports`. The command line (`desktop.cli`) imports Qt only inside the command that opens a window.
"""
