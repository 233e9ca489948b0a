"""One module per visual format, each with the same verbs, in the style of networkx readwrite.

Every module has ``write(graph, target, **options)``, where ``target`` is a path
or a binary file object, and ``SUFFIX``; the formats a program reads back also
have ``read(source) -> networkx graph``.
"""
