"""A real Neo4j 5.26 Community server for the project, and how to connect to it.

- `graphdb.server.LocalServer`: fetch the jars (Maven Central), start, stop, status.
- `graphdb.connection`: `Settings.from_env`, `open_driver`, `GraphUnavailable`.
- `python -m graphdb install|start|stop|status|password`: the user's server in `.neo4j/`.
"""
