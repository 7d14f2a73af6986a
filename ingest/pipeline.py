"""The extraction pipeline: one document in, sentences, timexes, actors and events out."""
from __future__ import annotations

from dataclasses import replace

from ingest import actors, events, sentences, timex
from ingest.language import guess_language
from ingest.model import Document, Extraction


def extract(doc: Document) -> Extraction:
    """Run every extraction stage over one document; pure, no I/O."""
    if not doc.lang:
        doc = replace(doc, lang=guess_language(doc.text))
    sents = tuple(sentences.split(doc.text, doc.lang))
    timexes = tuple(timex.tag(doc.text, doc.published, doc.lang))
    mentions = tuple(actors.recognize(doc.text, doc.lang))
    found = tuple(events.extract_events(doc, sents, timexes, mentions))
    return Extraction(document=doc, sentences=sents, timexes=timexes, mentions=mentions, events=found)
