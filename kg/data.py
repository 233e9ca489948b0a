"""Where the project's own material lives: ``data/`` beside the package.

Kept free of heavy imports, so a command that only reads the graph need not load spaCy.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
GAZETTEER_DIR = DATA_DIR / "gazetteers"
QUERY_DIR = DATA_DIR / "queries"
MODEL_DIR = DATA_DIR / "models"
