"""Exploring the graph with networkx: views, filters, analytics, and exports to draw it.

- :mod:`~kg.explore.records` reads what exploration needs from the RDF graph, once;
- :mod:`~kg.explore.graphs` makes the entity and co-mention graphs, trimmed by
  :mod:`~kg.explore.filters`;
- :mod:`~kg.explore.analytics` ranks entities and finds communities,
  :mod:`~kg.explore.paths` explains how two entities are connected, and
  :mod:`~kg.explore.details` says what the graph knows of one entity;
- :mod:`~kg.explore.export` is the registry of every output format, RDF and visual,
  writing views through one module per format in :mod:`kg.explore.formats`;
- :mod:`~kg.explore.views` is the facade on top: :class:`GraphView` reaches all of
  the above, and none of them imports it back.

The usual entry points are methods of :class:`kg.KnowledgeGraph`: ``explore``,
``to_networkx``, ``top``, ``communities``, ``path``, ``entity`` and ``export``.
"""
