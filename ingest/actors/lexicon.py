"""The gazetteer: data files under ``gazetteer/`` turned into a surface-form index.

Every name, inflected form, demonym and capital of a gazetteer entry becomes a key (a
tuple of tokens) that points to its canonical :class:`~ingest.model.Actor`. The index is
built once per language and shared by all documents.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ingest.model import Actor

GAZETTEER = Path(__file__).parent / "gazetteer"
ENTITY_FILES = ("countries", "organizations", "people", "places", "products")
_WORD_CACHE_LIMIT = 50_000

# Words, split at hyphens and apostrophes but keeping inner dots and ampersands
# ("U.S", "AT&T"), so "Biden-Regierung" and "Russia's" expose the name inside.
TOKEN = re.compile(r"[^\W_]+(?:[.&][^\W_]+)*")



def tokens(text: str) -> tuple[str, ...]:
    return tuple(m.group() for m in TOKEN.finditer(text))


def slug(name: str) -> str:
    """ASCII, lower-case, hyphenated form of a name for ids: "Thöni Fabi" -> "thoni-fabi"."""
    folded = unicodedata.normalize("NFKD", name.replace("ß", "ss"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


@dataclass(frozen=True)
class Entry:
    """How a surface form names an actor; ``kind`` says which field of the entry it came from."""

    actor: Actor
    kind: str  # name | short | adj | capital | people
    adj_en: str | None = None  # the country's English adjective, for institutions


@dataclass
class Lexicon:
    """Surface forms of one language: token tuple -> entry, plus the person/org cues."""

    forms: dict[tuple[str, ...], Entry] = field(default_factory=dict)
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)  # first token -> key lengths, longest first
    titles: frozenset[str] = frozenset()
    title_stems: frozenset[str] = frozenset()
    title_stem_max: int = 0
    abbreviated_titles: frozenset[str] = frozenset()  # "dr", "mr": may end in a dot
    title_phrases: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # first word -> phrases
    after_name: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()
    company_suffixes: frozenset[str] = frozenset()
    company_descriptors: tuple[str, ...] = ()
    name_glue: frozenset[str] = frozenset()  # small words inside organisation names
    genitive_s: bool = False
    name_as_modifier: bool = False
    names_cross_titles: bool = False
    institutions: dict[tuple[str, ...], dict] = field(default_factory=dict)
    local_institutions: dict[tuple[str, ...], dict] = field(default_factory=dict)
    refines: dict[str, str] = field(default_factory=dict)  # model id -> generic product id
    _title_words: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    def is_title_word(self, word: str) -> bool:
        """Whether one word is a title: listed, or (German) a capitalised compound ending in a
        title stem ("Vizebürgermeister"). Remembered per word (bounded), as news repeats words."""
        known = self._title_words.get(word)
        if known is None:
            low = word.lower()
            known = low in self.titles or (bool(self.title_stems) and word[:1].isupper() and any(
                low[-k:] in self.title_stems for k in range(5, min(len(low), self.title_stem_max) + 1)))
            if len(self._title_words) >= _WORD_CACHE_LIMIT:
                self._title_words.clear()
            self._title_words[word] = known
        return known

    def add(self, form: str, entry: Entry, *, inflect_genitive: bool = False) -> None:
        key = tokens(str(form))  # YAML reads "747" as a number
        if not key:
            return
        variants = {key, (key[0][:1].upper() + key[0][1:],) + key[1:], tuple(t.upper() for t in key)}
        if inflect_genitive and key[-1][-1:].lower() not in "sxzß" and key[-1][-1:].isalpha():
            variants |= {v[:-1] + (v[-1] + ("S" if v[-1].isupper() else "s"),) for v in list(variants)}
        for v in variants:
            # The first entry to claim a form keeps it: files are read from the most
            # specific kind of name (full names) to the least (demonyms).
            if v not in self.forms or _rank(entry.kind) < _rank(self.forms[v].kind):
                self.forms[v] = entry


def _rank(kind: str) -> int:
    return ("name", "short", "capital", "people", "adj").index(kind)


def _load(name: str):
    return yaml.safe_load((GAZETTEER / f"{name}.yaml").read_text("utf-8"))


def _per_lang(value, lang: str) -> list[str]:
    if not value:
        return []
    if isinstance(value, list):
        return value
    return list(value.get(lang, []))


@lru_cache(maxsize=8)
def lexicon(lang: str) -> Lexicon:
    """The surface-form index for ``lang`` ("de", "en"; others fall back to English forms)."""
    lang = lang if lang in _load("roles")["language"] else "en"
    lex = Lexicon()
    roles = _load("roles")
    grammar = roles["language"][lang]
    genitive = lex.genitive_s = bool(grammar["genitive_s"])
    lex.name_as_modifier = bool(grammar.get("name_as_modifier"))
    lex.names_cross_titles = bool(grammar.get("names_cross_titles"))
    endings = tuple(grammar["adjective_endings"])
    for filename in ENTITY_FILES:
        for item in _load(filename):
            actor = Actor(item["id"], item["name"], item["type"])
            if item.get("refines"):
                lex.refines[actor.id] = item["refines"]
            adj_en = next(iter(_per_lang(item.get("adj"), "en")), None)
            for form in [item["name"], *item.get("any", []), *_per_lang(item.get(lang), lang)]:
                lex.add(form, Entry(actor, "name", adj_en), inflect_genitive=genitive)
            for form in item.get("short", []):
                lex.add(form, Entry(actor, "short", adj_en), inflect_genitive=genitive)
            for form in _per_lang(item.get("capital"), lang):
                lex.add(form, Entry(actor, "capital", adj_en), inflect_genitive=genitive)
            for form in _per_lang(item.get("people"), lang):
                lex.add(form, Entry(actor, "people", adj_en))
            for stem in _per_lang(item.get("adj"), lang):
                for ending in endings:
                    lex.add(stem + ending, Entry(actor, "adj", adj_en))
    lengths: dict[str, set[int]] = {}
    for key in lex.forms:
        lengths.setdefault(key[0], set()).add(len(key))
    lex.lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}

    titles = [t.lower() for t in _per_lang(roles["titles"], lang)]
    lex.titles = frozenset(t.rstrip(".") for t in titles if " " not in t)
    lex.abbreviated_titles = frozenset(t.rstrip(".") for t in titles if t.endswith("."))
    for phrase in sorted((tokens(t) for t in titles if " " in t), key=len, reverse=True):
        lex.title_phrases.setdefault(phrase[0], []).append(phrase)
    # German compounds end in the title: "Vizebürgermeister", "Wissenschaftsministerin".
    if grammar["compound_titles"]:
        lex.title_stems = frozenset(t for t in lex.titles if len(t) >= 5)
    lex.title_stem_max = max((len(t) for t in lex.title_stems), default=0)
    lex.after_name = frozenset(_per_lang(roles["after_name"], lang))
    lex.not_names = frozenset(roles["not_names"])
    lex.company_suffixes = frozenset(tokens(s)[0] for s in roles["company_suffixes"])
    lex.company_descriptors = tuple(roles.get("company_descriptors", []))
    lex.name_glue = frozenset(roles.get("name_glue", []))
    lex.first_names = frozenset(_load("first_names")["names"])
    for item in _load("institutions"):
        table = lex.local_institutions if item.get("local") else lex.institutions
        for noun in _per_lang(item.get(lang), lang):
            table[tokens(noun.lower())] = item
    return lex
