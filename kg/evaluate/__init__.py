"""Scoring the extractor against gold annotations (``kg eval``).

>>> from kg.evaluate import evaluate
>>> report = evaluate("gold/dev", "corpus/devblog/_posts")
>>> print(report.table())
"""

from kg.evaluate.gold import GoldError, load_gold, select_half
from kg.evaluate.match import normalise
from kg.evaluate.report import Report
from kg.evaluate.run import evaluate
from kg.evaluate.score import Counts

__all__ = ["Counts", "GoldError", "Report", "evaluate", "load_gold", "normalise", "select_half"]
