"""Ingest: news articles -> sentences, temporal expressions, actors, events -> Neo4j."""
__version__ = "0.1.0"
