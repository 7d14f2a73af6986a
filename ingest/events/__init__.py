"""Events: who did what, when, and how certain — read sentence by sentence.

``extract_events(doc, sentences, timexes, mentions)`` returns :class:`~ingest.model.Event`
records. Trigger words per language live in ``data/de.yaml`` / ``data/en.yaml``, mapped to
the type taxonomy documented in ``data/types.yaml``; adding a trigger means editing data.
"""
from ingest.events.extract import extract_events

__all__ = ["extract_events"]
