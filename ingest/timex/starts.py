"""Where a pattern's matches can start, for many patterns in one pass over the text.

Asking ~90 case-insensitive rule patterns to search a 3,000-character article costs
~0.15 ms each, however rarely they fire: the rules begin with a look-behind and ignore
case, so the regex engine cannot skip ahead and tries every position. But nearly every
rule must start with a digit or one of a few dozen words ("januar", "nächste", "vor"),
and at a word start. One scan of the text for those prefixes tells, per pattern, the
few positions worth trying; ``regex.match(text, p)`` at those positions, left to right,
finds exactly the matches ``regex.finditer(text)`` finds (see ``matches``).

The prefixes come from the compiled patterns themselves (read with the regex parser,
as language.gate_of does), so rules in the YAML need no extra annotation. A pattern
whose start cannot be told (it may match the empty string, or starts with \\w or .)
is searched everywhere, as before.

Case: prefixes and text are compared after folding each character to one
representative of the characters ``re.IGNORECASE`` treats as equal, and every digit
to "0", so the positions found are a superset of the real starts; case-sensitive
parts of a pattern are folded too, which only adds positions.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from re import _constants as sre_c, _parser as sre_parse
from functools import lru_cache
from typing import Iterator

# Prefixes longer than this distinguish nothing more in practice and bloat the scan.
MAX_PREFIX = 6
# A pattern with more distinct prefixes than this is searched everywhere.
MAX_PREFIXES = 3000
MAX_REPEAT_PREFIXES = 300
# A character class with more letters than this stands for "any word character".
MAX_CLASS_LETTERS = 8

# under these a pattern's \w and \b mean other characters than the scan's
NARROW_FLAGS = re.ASCII | re.LOCALE

WORD_RE = re.compile(r"\w")
DIGIT_RE = re.compile(r"\d")
SPACE_RE = re.compile(r"\s")
WORD_RUN_RE = re.compile(r"\w+")
WORD = "\x00word"  # prefix standing for any word character

# A prefix: (text, closed, after_break, pending_break). ``closed`` means the pattern
# part matched exactly ``text`` and what follows may extend it; ``after_break`` that the
# match cannot start right after a word character; ``pending_break`` that a \b was
# seen before any character, which means after_break once the first one is a word one.
EMPTY = ("", True, False, False)
NOT_AFTER_WORD = [(sre_c.IN, [(sre_c.CATEGORY, sre_c.CATEGORY_WORD)])]  # (?<!\w), parsed
UNKNOWN = ("", False, False, False)  # nothing more can be told from here on


def _is_word(ch: str) -> bool:
    return WORD_RE.match(ch) is not None


class _Unknown(Exception):
    """The start of a pattern part cannot be told."""


@lru_cache(maxsize=None)  # bounded by the characters the patterns spell
def _symbol(ch: str) -> str:
    """The folded form of a pattern character."""
    if DIGIT_RE.match(ch):
        return "0"
    if SPACE_RE.match(ch):
        return " "
    low = ch.lower()
    if len(low) == 1 and re.fullmatch(re.escape(low), ch, re.IGNORECASE) \
            and re.fullmatch(re.escape(ch), low, re.IGNORECASE):
        return low
    if not _is_word(ch) and ch.lower() == ch == ch.upper():
        return ch  # punctuation and spaces have no case
    raise _Unknown(ch)


def _join(a: tuple, b: tuple) -> tuple:
    s, closed, after, pending = a
    t, closed2, after2, pending2 = b
    if not s:
        after, pending = after or after2, pending or pending2
        if not t:
            return "", closed2, after, pending
        if t == WORD or _is_word(t[0]):
            after = after or pending
        return t, closed2, after, False
    if not t:
        return s, closed2, after, False
    if t == WORD:
        return s, False, after, False
    u = s + t
    if len(u) >= MAX_PREFIX:
        return u[:MAX_PREFIX], False, after, False
    return u, closed2, after, False


def _seq(items) -> set:
    states = {EMPTY}
    for op, av in items:
        if not any(st[1] for st in states):
            break
        alts = _item(op, av)
        states = {st if not st[1] else _join(st, b) for st in states for b in alts}
        if len(states) > MAX_PREFIXES:
            raise _Unknown("too many prefixes")
    return states


def _class(av) -> set:
    chars: set = set()
    for op, a in av:
        if op is sre_c.LITERAL:
            chars.add(chr(a))
        elif op is sre_c.RANGE and a[1] - a[0] <= 200:
            chars.update(map(chr, range(a[0], a[1] + 1)))
        elif op is sre_c.CATEGORY and a is sre_c.CATEGORY_DIGIT:
            chars.add("0")
        elif op is sre_c.CATEGORY and a is sre_c.CATEGORY_WORD:
            chars.add(WORD)
        elif op is sre_c.CATEGORY and a is sre_c.CATEGORY_SPACE:
            chars.add(" ")
        else:
            return {UNKNOWN}  # [^...], \S, \W, wide ranges
    try:
        words = {c if c == WORD else _symbol(c) for c in chars if c == WORD or _is_word(c)}
        others = {_symbol(c) for c in chars if c != WORD and not _is_word(c)}
    except _Unknown:
        return {UNKNOWN}
    if WORD in words or len(words) > MAX_CLASS_LETTERS:
        out = {(WORD, False, False, False)}
    else:
        out = {(c, True, False, False) for c in words}
    return out | {(c, True, False, False) for c in others}


def _repeat(lo: int, hi: int, sub) -> set:
    """Prefixes of ``sub{lo,hi}``, unrolled so that "the\\s+quarter" starts "the q"
    (or "the  "), not just "the "."""
    inner = _seq(sub)
    out = {EMPTY} if lo == 0 else set()
    states = {EMPTY}
    n = 0
    while states and n < hi:
        if n == MAX_PREFIX or len(states) > MAX_REPEAT_PREFIXES:
            # unrolled far enough: more repetitions may follow these
            return out | {(s, False, a, p) for s, _, a, p in states}
        states = {_join(st, b) for st in states for b in inner}
        n += 1
        out |= {st for st in states if not st[1]}
        states = {st for st in states if st[1]}
        if n >= lo:
            out |= states
    return out


def _item(op, av) -> set:
    if op is sre_c.LITERAL:
        ch = chr(av)
        try:
            return {(_symbol(ch), True, False, False)}
        except _Unknown:
            return {UNKNOWN}
    if op is sre_c.IN:
        return _class(av)
    if op is sre_c.BRANCH:
        return set().union(*(_seq(b) for b in av[1]))
    if op is sre_c.SUBPATTERN:
        if av[1] & NARROW_FLAGS:
            raise _Unknown("ASCII or LOCALE words")
        return _seq(av[3])
    if op is sre_c.ATOMIC_GROUP:
        return _seq(av)
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        return _repeat(*av)
    if op is sre_c.AT:
        return {("", True, False, av is sre_c.AT_BOUNDARY)}
    if op is sre_c.ASSERT_NOT and av[0] == -1 and list(av[1]) == NOT_AFTER_WORD:
        return {("", True, True, False)}
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
        return {EMPTY}  # other look-arounds only narrow the match: ignoring them is safe
    return {UNKNOWN}  # ., [^x], back references: anything may come


def prefixes(regex: re.Pattern) -> frozenset | None:
    """(prefix, after_break) pairs one of which every match of ``regex`` starts with;
    None when that cannot be told (the pattern may match the empty string, for one)."""
    if regex.flags & NARROW_FLAGS:
        return None  # the scan knows Unicode words only
    try:
        states = _seq(list(sre_parse.parse(regex.pattern, regex.flags)))
    except (_Unknown, RecursionError):
        return None
    out = set()
    for s, _, after, _ in states:
        if not s or (s == WORD and not after):
            return None
        out.add((s, after))
    return frozenset(out)


class _Fold(dict):
    """ord(character) -> its folded form, filled in as characters are first seen."""

    def __init__(self, symbols):
        super().__init__()
        self.symbols = sorted(symbols)
        self.any_symbol = re.compile("|".join(map(re.escape, self.symbols)) or "(?!)", re.IGNORECASE)
        # characters that would make a folded text disagree with the original about where
        # words start; a text holding one is searched everywhere
        self.odd: set = set()

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if DIGIT_RE.match(ch):
            folded = "0"
        elif SPACE_RE.match(ch):
            folded = " "
        else:
            hits = [s for s in self.symbols if re.fullmatch(re.escape(s), ch, re.IGNORECASE)] \
                if self.any_symbol.fullmatch(ch) else []
            folded = hits[0] if hits else ch
            if len(hits) > 1 or _is_word(folded) != _is_word(ch):
                self.odd.add(ch)
        self[code] = folded
        return folded


class StartIndex:
    """Candidate start positions of many patterns, from one scan of a text."""

    def __init__(self, regexes: list[re.Pattern]):
        self.count = len(regexes)
        found = [prefixes(r) for r in regexes]
        symbols = {ch for pre in found if pre for s, _ in pre if s != WORD for ch in s}
        self.fold = _Fold(symbols)
        by_prefix: dict[str, list[int]] = {}  # prefix at a word start -> pattern numbers
        self.anywhere: list[tuple[int, str]] = []  # prefixes that need no word start
        self.word_starts: list[int] = []  # patterns that may start at any word start
        self.everywhere: list[int] = []  # patterns searched the old way
        for i, pre in enumerate(found):
            if pre is None:
                self.everywhere.append(i)
                continue
            for s, after in sorted(pre):
                if s == WORD:
                    self.word_starts.append(i)
                elif after:
                    by_prefix.setdefault(s, []).append(i)
                else:
                    self.anywhere.append((i, s))
        # The scan takes the longest prefix present at a word start; every other prefix
        # present there is a prefix of it, so its patterns are listed under it too.
        self.patterns_at = {
            s: tuple(sorted({i for k in range(1, len(s) + 1) for i in by_prefix.get(s[:k], ())}))
            for s in by_prefix}
        # At every non-word character (and the text's start) a look-ahead reads the
        # longest prefix that follows: the engine jumps from one non-word character to
        # the next, and a trie makes the prefixes cost no more than their letters.
        self.scan_re = re.compile(r"\W(?=(" + _trie(by_prefix) + "))") if by_prefix else None

    def scan(self, text: str) -> list[list[int] | None]:
        """Per pattern: sorted positions where a match may start, or None for "anywhere"."""
        folded = text.translate(self.fold)
        if self.fold.odd and any(ch in text for ch in self.fold.odd):
            return [None] * self.count
        out: list[list[int] | None] = [[] for _ in range(self.count)]
        for i in self.everywhere:
            out[i] = None
        if self.scan_re is not None:
            patterns_at = self.patterns_at
            # the space stands for the text's start; a match at the non-word character
            # before a word is the word's position in the text
            for m in self.scan_re.finditer(" " + folded):
                p = m.start()
                for i in patterns_at[m.group(1)]:
                    out[i].append(p)
        extra: dict[int, set] = {}
        if self.word_starts:
            starts = [m.start() for m in WORD_RUN_RE.finditer(folded)]
            for i in self.word_starts:
                extra.setdefault(i, set()).update(starts)
        for i, s in self.anywhere:
            found = extra.setdefault(i, set())
            p = folded.find(s)
            while p >= 0:
                found.add(p)
                p = folded.find(s, p + 1)
        for i, more in extra.items():
            out[i] = sorted(more.union(out[i]))
        return out


def _trie(words) -> str:
    """A regex matching the longest of ``words`` present, with one branch per letter."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            if not alts:
                return ""
            alts.append("")  # ending here is tried last: longer prefixes win
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root)


def matches(regex: re.Pattern, text: str, starts: list[int] | None,
            pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
    """What ``regex.finditer(text, pos, endpos)`` yields, trying only ``starts``.

    ``starts`` must hold every position where a match can start (StartIndex.scan); the
    search tries positions left to right and resumes after each match, as finditer
    does; matches are never empty (``prefixes`` refuses patterns that allow that).
    """
    end = len(text) if endpos is None else endpos
    if starts is None:
        yield from regex.finditer(text, pos, end)
        return
    k = bisect_left(starts, pos) if pos else 0
    n = len(starts)
    match = regex.match
    while k < n:
        p = starts[k]
        k += 1
        if p >= end:
            return
        m = match(text, p, end)
        if m is not None:
            yield m
            stop = m.end()
            while k < n and starts[k] < stop:
                k += 1
