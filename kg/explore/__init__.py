"""Exploring the graph with networkx: views, filters, analytics, and exports to draw it.

- :mod:`~kg.explore.records` reads what exploration needs from the RDF graph, once;
- :mod:`~kg.explore.views` makes the entity and co-mention graphs (:class:`GraphView`),
  trimmed by :mod:`~kg.explore.filters`;
- :mod:`~kg.explore.analytics` ranks entities and finds communities, and
  :mod:`~kg.explore.paths` explains how two entities are connected;
- :mod:`~kg.explore.export` writes a view through one module per format in
  :mod:`kg.explore.formats`.

The usual entry points are methods of :class:`kg.KnowledgeGraph`: ``explore``,
``to_networkx``, ``top``, ``communities``, ``path``, ``entity`` and ``export``.
"""
