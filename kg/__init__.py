"""Conference knowledge graphs from blog posts.

>>> import kg
>>> graph = kg.build("posts/")            # in memory; pass store="graph.db" to keep it
>>> graph.query("speakers").df()
"""

from kg.api import KnowledgeGraph, build, open, watch
from kg.errors import KGError

__all__ = ["KGError", "KnowledgeGraph", "build", "open", "watch"]
__version__ = "0.1.0"
