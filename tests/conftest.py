"""Shared test setup: Qt runs on the offscreen platform; fixtures build small realistic projects."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
