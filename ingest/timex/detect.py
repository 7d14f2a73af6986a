"""Find temporal expressions: run every compiled rule, keep the best non-overlapping spans."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .language import Language, Rule
from .starts import matches

# How far back the guard for ambiguous month names ("Mai", "May") looks for context.
CONTEXT_WINDOW = 30


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    slots: dict  # group name -> matched text (only groups that took part)

    def slot(self, kind: str):
        """(name, text) of the first captured slot of this kind, or (None, None)."""
        for name, text in self.slots.items():
            if self.rule.slots.get(name, name) == kind:
                return name, text
        return None, None


def _month_needs_context(cand: Candidate, lang: Language, text: str) -> bool:
    _, month = cand.slot("month")
    if month is None or month.lower() not in lang.ambiguous_months:
        return False
    if lang.month_context_re is None:
        return True
    before = text[max(0, cand.start - CONTEXT_WINDOW):cand.start]
    if lang.month_context_re.search(before) is not None:
        return False
    if lang.month_after_re is None or lang.month_after_re.match(text, cand.end) is None:
        return True
    # "the June summit", but not a name's end: "Theresa May talks"
    prev = PREVIOUS_WORD_RE.search(before)
    return prev is not None and prev.group(1)[0].isupper() and prev.group(1) != "The"


DIGIT_RE = re.compile(r"\d")
PREVIOUS_WORD_RE = re.compile(r"(\w+)[.]?\s+$")


class _Presence:
    """Which gate atoms occur in a text; substring search is far cheaper than running a
    case-insensitive alternation regex over every position, and most rules can't fire."""

    def __init__(self, text: str):
        self.lower = text.lower()
        self.text = text
        self.memo: dict = {}

    def __call__(self, atom) -> bool:
        hit = self.memo.get(atom)
        if hit is None:
            kind, word = atom
            hit = self.memo[atom] = (DIGIT_RE.search(self.text) is not None if kind == "digit"
                                     else word in self.lower)
        return hit

    def admits(self, rule: Rule) -> bool:
        return all(any(self(a) for a in need) for need in rule.gate)


def candidates(text: str, lang: Language, starts: list | None = None) -> list[Candidate]:
    """Every rule match in ``text``, overlapping ones included; ``starts`` is
    ``lang.starts.scan(text)`` when the caller has it already."""
    found = []
    present = _Presence(text)
    if starts is None:
        starts = lang.starts.scan(text)
    for rule, at in zip(lang.rules, starts):
        if at is None:  # could start anywhere: the gate first spares a full search
            if not present.admits(rule):
                continue
            admitted = True
        elif not at:
            continue  # no position where it could start
        else:
            admitted = None
        for m in matches(rule.regex, text, at):
            if m.end() <= m.start():
                continue
            # the gate only answers whether a rule can match at all, so it need not be
            # asked before one did: with few start positions, matching is the cheaper test
            if admitted is None:
                admitted = present.admits(rule)
            if not admitted:
                break
            slots = {k.split("__")[0]: v for k, v in m.groupdict().items() if v is not None}
            # "September 14 and 18": the words before the group ``span_from`` lend the
            # second day its month but belong to the first expression
            start = m.start(rule.span_from) if rule.span_from else m.start()
            cand = Candidate(start, m.end(), rule, slots)
            if rule.require_context and _month_needs_context(cand, lang, text):
                continue
            found.append(cand)
    return found


def select(found: list[Candidate]) -> list[Candidate]:
    """Longest span first (then rule priority, then leftmost); drop whatever overlaps it."""
    ranked = sorted(found, key=lambda c: (-(c.end - c.start), -c.rule.priority, c.start))
    starts: list[int] = []
    chosen: list[Candidate] = []
    for c in ranked:
        i = bisect_left(starts, c.start)
        if i > 0 and chosen[i - 1].end > c.start:
            continue
        if i < len(chosen) and chosen[i].start < c.end:
            continue
        starts.insert(i, c.start)
        chosen.insert(i, c)
    return chosen


def detect(text: str, lang: Language, starts: list | None = None) -> list[Candidate]:
    """Non-overlapping candidate expressions in text order."""
    return select(candidates(text, lang, starts))
