"""Files to :class:`Post` objects: front matter, Markdown to text, site data."""

from kg.ingest.post import Author, Block, Heading, Link, Mark, OffsetMap, Post
from kg.ingest.sources import Site, Source, content_hash, discover, load, read

__all__ = ["Author", "Block", "Heading", "Link", "Mark", "OffsetMap", "Post", "Site", "Source",
           "content_hash", "discover", "load", "read"]
