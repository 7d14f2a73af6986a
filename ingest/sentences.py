"""Sentence splitting with character offsets into the original text.

A rule-based splitter is enough for news prose and keeps extraction fast: a sentence ends
at ``.``, ``!`` or ``?`` (plus closing quotes or brackets) before whitespace and a
capital letter, a digit or an opening quote, and at every line break. Known
abbreviations, initials ("Timothy D. Cook") and German ordinals before a month name
("am 17. November") do not end a sentence. The abbreviations of each language are data
(``ingest/data/sentences.yaml``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ingest.model import Sentence

DATA = Path(__file__).parent / "data" / "sentences.yaml"


@dataclass(frozen=True)
class _Rules:
    """What a period means in one language (``data/sentences.yaml``)."""

    abbreviations: frozenset[str]
    before_numbers: frozenset[str]
    after_regnal_number: frozenset[str]


@lru_cache(maxsize=8)
def _rules(lang: str | None) -> _Rules:
    """The rules of ``lang``; a text of unknown language gets those of every language."""
    data = yaml.safe_load(DATA.read_text("utf-8"))
    chosen = [data[lang]] if lang in data else list(data.values())

    def union(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for part in chosen for w in part.get(key, []))

    return _Rules(union("abbreviations"), union("before_numbers"), union("after_regnal_number"))


# A candidate end: terminal punctuation, optional closers, then whitespace.
_END = re.compile(r"[.!?]+[\"'”“»«)\]]*(?=\s)")
_NEXT_START = re.compile(r"\s+([\"'„“”»«(\[]?)(\S+)")


def _token_before(text: str, dot: int) -> str:
    k = dot
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    return text[k:dot].lstrip("\"'„“(«»[")


def _closes_abbreviation(text: str, dot: int, rules: _Rules, number_follows: bool = False) -> bool:
    token = _token_before(text, dot)
    if not token:
        return False
    low = token.lower()
    if low in rules.abbreviations or (number_follows and low in rules.before_numbers):
        return True
    if len(token) == 1 and token.isalpha() and token.isupper():
        return True  # an initial: "Timothy D. Cook"
    return re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token) is not None  # "z.B.", "U.S."


def closes_abbreviation(text: str, dot: int, lang: str | None = None) -> bool:
    """Whether the period at ``dot`` ends an abbreviation ("Mr.", "St.", "U.S.") or an
    initial ("D.") of ``lang`` rather than a sentence.

    >>> closes_abbreviation("Mr. Ridley", 2, "en"), closes_abbreviation("He left. Then", 7, "en")
    (True, False)
    """
    return _closes_abbreviation(text, dot, _rules(lang))


def _is_boundary(text: str, end: int, dot: int, stop: int, rules: _Rules) -> bool:
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
    if _closes_abbreviation(text, dot, rules, first.isdigit()):
        return False
    token = _token_before(text, dot)
    if token.isdigit() and len(token) <= 2:
        return False  # German ordinals: "am 17. November", "das 2. Autonomiestatut"
    if re.fullmatch(r"[IVX]+", token) and not first.isdigit():
        # "Johannes Paul II. besuchte": a regnal number continues the sentence unless
        # the next word clearly starts a new clause (articles and pronouns).
        return word.lower() in rules.after_regnal_number
    return True


def split(text: str, lang: str | None = None) -> list[Sentence]:
    """Sentences of ``text`` with offsets such that ``text[s.start:s.end] == s.text``.

    >>> [s.text for s in split("Am 17. November antwortete Slutsky. Er warnte.")]
    ['Am 17. November antwortete Slutsky.', 'Er warnte.']
    """
    rules = _rules(lang)
    out: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        stop = line.end()
        for m in _END.finditer(text, start, stop):
            dot = m.start()
            if _is_boundary(text, m.end(), dot, stop, rules):
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
