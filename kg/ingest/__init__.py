"""Files to :class:`Post` objects: front matter, Markdown to text, site data."""

from kg.ingest.post import Author, Heading, Link, OffsetMap, Post
from kg.ingest.sources import Site, Source, content_hash, discover, load, read

__all__ = ["Author", "Heading", "Link", "OffsetMap", "Post", "Site", "Source", "content_hash",
           "discover", "load", "read"]
