"""Sentence splitting with character offsets into the original text.

A rule-based splitter is enough for news prose and keeps extraction fast: a sentence ends
at ``.``, ``!`` or ``?`` (plus closing quotes or brackets) before whitespace and a
capital letter, a digit or an opening quote, and at every line break. Known
abbreviations, initials ("Timothy D. Cook") and German ordinals before a month name
("am 17. November") do not end a sentence.
"""
from __future__ import annotations

import re

from ingest.model import Sentence

# Abbreviations that end in a period inside a sentence (German and English news; the
# splitter needs no language switch because the sets hardly overlap).
_ABBREVIATIONS = frozenset(
    """
    dr prof hr fr frau st nr bzw ca vgl z.b u.a d.h usw etc evtl ggf inkl insb jh jhd mio mrd
    abs art bd bzw dipl ing mag univ geb gest ehem sog tel zit str abg vors präs
    mr mrs ms jr sr inc corp co ltd vs gen sen rep gov lt col capt sgt rev no approx dept est
    u.s u.k e.g i.e a.m p.m
    jan feb mär apr jun jul aug sep sept okt oct nov dez dec
    """.split()
)

# A candidate end: terminal punctuation, optional closers, then whitespace.
_END = re.compile(r"[.!?]+[\"'”“»«)\]]*(?=\s)")
_NEXT_START = re.compile(r"\s+([\"'„“”»«(\[]?)(\S+)")


def _is_boundary(text: str, end: int, dot: int, stop: int) -> bool:
    """True when the punctuation ending at ``end`` closes a sentence."""
    nxt = _NEXT_START.match(text, end, stop)
    if not nxt:
        return True
    word = nxt.group(2)
    opening_quote = bool(nxt.group(1))
    first = word[0]
    if not (first.isupper() or first.isdigit() or opening_quote):
        return False
    if text[dot] != ".":
        return True
    k = dot
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    if k == dot:
        return True
    token = text[k:dot].lstrip("\"'„“(«»[")
    low = token.lower()
    if low in _ABBREVIATIONS:
        return False
    if len(token) == 1 and token.isalpha() and token.isupper():
        return False  # an initial: "Timothy D. Cook"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token):
        return False  # "z.B.", "U.S."
    if token.isdigit() and len(token) <= 2:
        return False  # German ordinals: "am 17. November", "das 2. Autonomiestatut"
    if re.fullmatch(r"[IVX]+", token) and not first.isdigit():
        # "Johannes Paul II. besuchte": a regnal number continues the sentence unless
        # the next word clearly starts a new clause (articles and pronouns).
        return word.lower() in {"der", "die", "das", "er", "sie", "es", "the", "he", "she", "it"}
    return True


def split(text: str, lang: str | None = None) -> list[Sentence]:
    """Sentences of ``text`` with offsets such that ``text[s.start:s.end] == s.text``.

    >>> [s.text for s in split("Am 17. November antwortete Slutsky. Er warnte.")]
    ['Am 17. November antwortete Slutsky.', 'Er warnte.']
    """
    del lang  # the rules serve German and English alike
    out: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        stop = line.end()
        for m in _END.finditer(text, start, stop):
            dot = m.start()
            if _is_boundary(text, m.end(), dot, stop):
                _append(out, text, start, m.end())
                start = m.end()
        _append(out, text, start, stop)
    return out


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
