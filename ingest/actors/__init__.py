"""Actors: people, organisations, countries and places named in news text.

``recognize(text, lang)`` returns :class:`~ingest.model.ActorMention` records whose
actors carry a canonical English name and a stable id. The gazetteer lives in
``gazetteer/*.yaml``; adding an actor means adding an entry there.
"""
from ingest.actors.recognize import recognize

__all__ = ["recognize"]
