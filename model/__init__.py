"""The data-flow model: parties, flows, evidence, reference data, the graph, the Chapter V rules
and the project store.

Pure Python plus networkx and sqlite3. Knows nothing of file formats other than its own project
file and JSON interchange, and never imports Qt, `desktop`, `importers` or `exports`.
"""
