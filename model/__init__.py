"""The data-flow model: parties, flows, evidence, reference data, the graph, the Chapter V rules
and the project store.

Pure Python plus networkx, sqlite3 and (for the PostgreSQL team register only) psycopg. Knows
nothing of file formats other than its own project file and JSON interchange, and never imports
Qt, `desktop`, `importers` or `exports`.
"""
