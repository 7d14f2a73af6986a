"""Trigger words and modality cues per language, compiled once from ``data/<lang>.yaml``.

Pattern syntax (lower-case): ``sagte`` matches the word, ``verurteil*`` any word that
starts so, ``*wahlen`` any longer word that ends so (German compounds: "Neuwahlen"),
and ``lehnt* ab`` the words in this order (with at most a few words between in a
language whose data says ``split_verbs: true``);
a leading ``~`` marks a noun or attribute, weaker evidence than a verb.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|n't")
MAX_GAP = 6  # words allowed between the parts of a split verb (German sentence brackets)
MAX_CUE_GAP = 4  # words allowed inside a multi-word modality cue ("nach ... Angaben")
_HEADS_LIMIT = 50_000


@dataclass(frozen=True)
class Pattern:
    parts: tuple[str, ...]  # each part a word or a "prefix*"
    label: str  # event type or modality
    nominal: bool = False  # "~word": a noun or attribute, weaker than a verb

    def part_matches(self, k: int, word: str) -> bool:
        part = self.parts[k]
        if part.endswith("*"):
            return word.startswith(part[:-1])
        if part.startswith("*"):
            return word.endswith(part[1:]) and len(word) > len(part) + 1
        return word == part


@dataclass
class PatternSet:
    """Patterns indexed by what their first part can match, for a linear scan."""

    max_gap: int = MAX_GAP
    exact: dict[str, list[Pattern]] = field(default_factory=dict)
    prefix: dict[str, list[Pattern]] = field(default_factory=dict)  # keyed by first 3 letters
    suffix: dict[str, list[Pattern]] = field(default_factory=dict)  # keyed by last 3 letters
    _heads: dict[str, tuple[Pattern, ...]] = field(default_factory=dict, repr=False, compare=False)

    def add(self, pattern: Pattern) -> None:
        self._heads.clear()
        head = pattern.parts[0]
        if head.endswith("*"):
            self.prefix.setdefault(head[:3], []).append(pattern)
        elif head.startswith("*"):
            self.suffix.setdefault(head[-3:], []).append(pattern)
        else:
            self.exact.setdefault(head, []).append(pattern)

    def heads(self, word: str) -> tuple[Pattern, ...]:
        """Patterns whose first part matches ``word``; remembered per word, since news
        repeats its words (bounded: cleared when it grows past _HEADS_LIMIT words)."""
        found = self._heads.get(word)
        if found is None:
            found = tuple(self.exact.get(word, ())) + tuple(
                p for table, key in ((self.prefix, word[:3]), (self.suffix, word[-3:]))
                for p in table.get(key, ()) if p.part_matches(0, word))
            if len(self._heads) >= _HEADS_LIMIT:
                self._heads.clear()
            self._heads[word] = found
        return found

    def find(self, words: list[str]) -> list[tuple[int, int, Pattern]]:
        """All matches as (first word, last word + 1, pattern), longest pattern first per start."""
        out = []
        cache, heads = self._heads, self.heads
        for i, w in enumerate(words):
            best = None
            candidates = cache.get(w)
            if candidates is None:
                candidates = heads(w)
            for p in candidates:
                end = _match_rest(p, words, i, self.max_gap) if len(p.parts) > 1 else i + 1
                if end is not None and (best is None or len(p.parts) > len(best[2].parts)):
                    best = (i, end, p)
            if best:
                out.append(best)
        return out


def _match_rest(p: Pattern, words: list[str], i: int, max_gap: int) -> int | None:
    pos = i + 1
    for k in range(1, len(p.parts)):
        for j in range(pos, min(len(words), pos + max_gap + 1)):
            if p.part_matches(k, words[j]):
                pos = j + 1
                break
        else:
            return None
    return pos


def _compile(patterns: dict[str, list[str]], max_gap: int) -> PatternSet:
    out = PatternSet(max_gap=max_gap)
    for label, items in patterns.items():
        for item in items:
            text = str(item).lower()
            out.add(Pattern(tuple(text.lstrip("~").split()), label, text.startswith("~")))
    return out


@dataclass(frozen=True)
class EventLexicon:
    triggers: PatternSet
    near: PatternSet  # modality cues that must stand next to the trigger
    clause: PatternSet
    sentence: PatternSet
    complementizers: frozenset[str]
    speech_types: frozenset[str]
    subject_pronouns: frozenset[str]
    possessives: frozenset[str]
    today: frozenset[str]  # present-time words that name the day itself
    first_person: frozenset[str]  # a sentence opening with these is someone's own words
    attribution_before: frozenset[str]  # "laut X", "according to X": X is who reports
    attribution_after: frozenset[str]  # "X zufolge"
    subordinators: frozenset[str]  # open a clause whose date is its own
    since: frozenset[str]  # "seit", "since": a date after them starts a range
    locative: frozenset[str]  # "in", "at": a place after them is the setting, not a participant
    past_markers: frozenset[str]
    past_suffixes: tuple[str, ...]
    anterior_markers: frozenset[str]
    copulas: frozenset[str]  # "was": a past clause whose only verb it is tells a state
    participle_prefix: str
    participle_suffixes: tuple[str, ...]
    not_negating_next: frozenset[str]  # "nicht nur", "not only": no negation
    types: dict[str, dict]
    weak_types: frozenset[str]  # types that yield to any other trigger in a sentence
    clause_conjunctions: frozenset[str]  # open a clause even without a comma
    capital_is_name: bool  # English: a capitalised word inside a sentence belongs to a name
    nouns_capitalised: bool  # German: a capitalised word inside a sentence is a noun
    negation_follows_verb: bool  # German: "bestätigte das nicht" negates the verb before it


NOT_AN_EVENT = "~not_an_event"  # label of the phrases that only shield trigger-like words
MODALITY_STRENGTH = ("negated", "hypothetical", "expected", "planned", "reported")


@lru_cache(maxsize=1)
def event_types() -> dict[str, dict]:
    return yaml.safe_load((DATA / "types.yaml").read_text("utf-8"))["types"]


@lru_cache(maxsize=8)
def lexicon(lang: str) -> EventLexicon:
    """Compiled triggers and cues for ``lang``; unknown languages use English."""
    lang = lang if (DATA / f"{lang}.yaml").exists() and lang != "types" else "en"
    data = yaml.safe_load((DATA / f"{lang}.yaml").read_text("utf-8"))
    scoped: dict[str, dict[str, list[str]]] = {"near": {}, "clause": {}, "sentence": {}}
    for modality, scopes in data["modality"].items():
        for scope, words in scopes.items():
            scoped[scope][modality] = words
    unknown = set(data["triggers"]) - set(event_types())
    if unknown:
        raise ValueError(f"{lang}.yaml names event types missing from types.yaml: {sorted(unknown)}")
    # German splits verbs ("lehnte eine Stellungnahme ab"); English phrases stay together,
    # so "is to" does not match "is able to".
    gap = MAX_GAP if data.get("split_verbs") else 0
    cue_gap = min(gap, MAX_CUE_GAP)
    triggers = dict(data["triggers"])
    triggers[NOT_AN_EVENT] = data.get("not_events", [])
    return EventLexicon(
        triggers=_compile(triggers, gap),
        near=_compile(scoped["near"], cue_gap),
        clause=_compile(scoped["clause"], cue_gap),
        sentence=_compile(scoped["sentence"], cue_gap),
        complementizers=frozenset(data.get("complementizers", [])),
        speech_types=frozenset(data.get("speech_types", ["statement"])),
        subject_pronouns=frozenset(data.get("subject_pronouns", [])),
        possessives=frozenset(data.get("possessives", [])),
        first_person=frozenset(data.get("first_person", [])),
        today=frozenset(data.get("today", [])),
        attribution_before=frozenset(data.get("attribution", {}).get("before", [])),
        attribution_after=frozenset(data.get("attribution", {}).get("after", [])),
        subordinators=frozenset(data.get("subordinators", [])),
        since=frozenset(data.get("since", [])),
        locative=frozenset(data.get("locative", [])),
        past_markers=frozenset(data.get("past_markers", [])),
        past_suffixes=tuple(data.get("past_suffixes", [])),
        anterior_markers=frozenset(data.get("anterior_markers", [])),
        copulas=frozenset(data.get("copulas", [])),
        participle_prefix=data.get("participle", {}).get("prefix", ""),
        participle_suffixes=tuple(data.get("participle", {}).get("suffixes", [])),
        not_negating_next=frozenset(data.get("not_negating_next", [])),
        types=event_types(),
        weak_types=frozenset(t for t, d in event_types().items() if d.get("weak")),
        clause_conjunctions=frozenset(data.get("clause_conjunctions", [])),
        capital_is_name=bool(data.get("capitalised_words_are_names", False)),
        nouns_capitalised=bool(data.get("nouns_capitalised", False)),
        negation_follows_verb=bool(data.get("negation_follows_verb", False)),
    )
