"""Load one language's temporal knowledge (ingest/timex/data/<lang>.yaml) and compile it.

The YAML holds word tables (vocab) and rule templates; this module turns each template
into one compiled regular expression, once per language and process, so tagging a
document only runs ready-made patterns.
"""
from __future__ import annotations

import re
# the regex parser re uses itself (public as sre_parse before 3.11): reading a compiled
# rule's structure tells which words it cannot match without (see gate_of)
from re import _constants as sre_c, _parser as sre_parse
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .starts import StartIndex

DATA_DIR = Path(__file__).parent / "data"

# Slots every language shares: digits need no vocabulary.
BUILTIN_SLOTS = {
    "day": r"(?:0?[1-9]|[12]\d|3[01])",
    "month_num": r"(?:0?[1-9]|1[0-2])",
    "year": r"(?:1[5-9]\d\d|20\d\d)",
    "year2": r"\d\d",
    "hour": r"(?:[01]?\d|2[0-4])",
    "minute": r"[0-5]\d",
    "week": r"(?:0?[1-9]|[1-4]\d|5[0-3])",
}
# Vocab kinds that are plain lists (guards, context words), not slot alternations.
LIST_KINDS = {"ambiguous_month", "month_context_before", "month_context_after", "future_shift", "every",
              "anaphoric_shift", "case_sensitive", "range_connector"}

# The normalisers ingest/timex/normalize.py has, one per rule kind; "none" claims words
# that look temporal but are not ("the Daily Telegraph", "shortly after"), so that no
# shorter rule tags a part of them.
KINDS = {"date", "dayrel", "relative", "anaphor", "offset", "duration", "set", "time",
         "time_anaphor", "decade", "century", "ref", "none"}

TEMPLATE_RE = re.compile(r"<<(\w+)(?::(\w+))?>>")


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    regex: re.Pattern
    slots: dict  # group name -> slot kind
    params: dict  # everything else the YAML rule says (type, value, shift, unit, ...)
    priority: int = 0
    require_context: bool = False
    # what the text must contain for the rule to have any chance: a tuple of
    # alternatives-sets, each holding ("word", w) / ("digit", "") atoms (see gate_of)
    gate: tuple = ()
    # the group where the expression's span begins; what the pattern matches before it
    # is context ("September 14 and <18>, 2010")
    span_from: str | None = None


@dataclass
class Language:
    code: str
    vocab: dict  # kind -> {normalised word: value}
    rules: list
    tense_re: re.Pattern | None
    month_context_re: re.Pattern | None
    ambiguous_months: frozenset = field(default_factory=frozenset)
    # nouns after a bare ambiguous month that make it one: "the June summit"
    month_after_re: re.Pattern | None = None
    # nouns of a scheduled event after a bare month: the month is the event's own time, not
    # the tense of the sentence's verb ("Monday's bid for October elections failed")
    own_time_re: re.Pattern | None = None
    # a word of habit shortly before a clock time: the time of no one day ("täglich von 9 bis 19 Uhr")
    habitual_clock_re: re.Pattern | None = None
    # what opens a sentence before a duration that counts back from the DCT ("Vor 30 Jahren ...")
    ago_opening_re: re.Pattern | None = None
    settings: dict = field(default_factory=dict)
    # where each rule (in order), then the tense pattern, may match: one scan per text
    starts: StartIndex | None = None
    report_re: re.Pattern | None = None
    # what joins the two ends of a range of days: "Thursday through Sunday", "Montag bis Freitag"
    range_re: re.Pattern | None = None
    # what may stand between a year and the day that lies in it: "last year, on August 8"
    year_frame_re: re.Pattern | None = None
    # what may open a sentence before a year that frames all of it: "In 2016, ... until June"
    year_opening_re: re.Pattern | None = None
    # what sets a weekday after the day it names: "Tomorrow, a Tuesday"
    apposition_re: re.Pattern | None = None
    # a subordinate clause after an expression: its verb does not tell the expression's tense
    subclause_re: re.Pattern | None = None
    # a complement clause after an expression ("said on Monday that it would"): its verb
    # tells the tense of what was said, not of the expression
    complement_re: re.Pattern | None = None
    # a relative clause on the expression itself ("the second quarter, which begins next
    # week"): its verb tells the expression's tense, comma or not
    relative_re: re.Pattern | None = None
    # a deadline word just before an expression points ahead ("has until Monday"), or, told
    # in the past, leaves it untensed ("threatened to cut off funding by Monday")
    deadline_re: re.Pattern | None = None
    schedule_re: re.Pattern | None = None  # "set sentencing for": what follows lies ahead
    # the past perfect: a deadline told with it has passed ("had slipped ... by December")
    past_perfect_re: re.Pattern | None = None

    def lookup(self, kind: str, text: str):
        """The vocab value of a matched word, tolerant of case and inner blanks."""
        table = self.vocab.get(kind)
        if table is None:
            return None
        key = " ".join(text.lower().split()).translate(_IGNORECASE_TWINS).replace("’", "'").replace(" '", "'")
        if key in table:
            return table[key]
        return table.get(key.rstrip("."), table.get(key + "."))


# Letters that re.IGNORECASE matches as an ASCII letter but str.lower() keeps apart
# (long s, Kelvin sign): without this a rule matches "frühjahrſ" and the lookup misses.
_IGNORECASE_TWINS = str.maketrans({"ſ": "s", "\u212a": "k"})


def _just_before(patterns) -> re.Pattern | None:
    """Words that must end right before an expression ("until Monday"), or None."""
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")\s+$", re.IGNORECASE) if patterns else None


def _word_regex(word: str) -> str:
    # an apostrophe may be typographic or, in tokenised text, stand apart ("New Year 's Day")
    return r"\s+".join(re.escape(part) for part in str(word).split()).replace("'", "\\s?['’]")


def _alternation(words, case_sensitive=()) -> str:
    # longest first, so "nächsten" wins over "nächste" inside one alternation
    parts = []
    for w in sorted({str(w) for w in words}, key=lambda w: (-len(w), w)):
        rx = _word_regex(w)
        parts.append(f"(?-i:{rx})" if w in case_sensitive else rx)
    return "(?:" + "|".join(parts) + ")"


def _expand(template: str, alternations: dict, builtin: dict) -> tuple[str, dict]:
    slots: dict = {}

    def sub(m: re.Match) -> str:
        kind, name = m.group(1), m.group(2) or m.group(1)
        if name in slots:  # the same slot in two alternatives: year__2 reads as year
            name = f"{name}__{sum(1 for k in slots if k.split('__')[0] == name) + 1}"
        if kind in alternations:
            body = alternations[kind]
        elif kind in builtin:
            body = builtin[kind]
        else:
            raise ValueError(f"unknown slot <<{kind}>> in timex rule template {template!r}")
        slots[name] = kind
        return f"(?P<{name}>{body})"

    return TEMPLATE_RE.sub(sub, template), slots


def _literal_words(seq) -> list[str]:
    words, cur = [], []
    for op, av in seq:
        if op is sre_c.LITERAL and chr(av).isalpha():
            cur.append(chr(av).lower())
            continue
        if len(cur) >= 2:
            words.append("".join(cur))
        cur = []
    if len(cur) >= 2:
        words.append("".join(cur))
    return words


def _requirements(seq, slot_atoms: dict, names: dict) -> list[frozenset]:
    """Sets of atoms a match of ``seq`` must touch: one atom of every set must occur.

    Only mandatory parts count (optional groups and repeats from 0 add nothing); an
    alternation yields the union of what each branch needs, or nothing if one branch
    needs nothing.
    """
    reqs = [frozenset({("word", w)}) for w in _literal_words(seq)]
    for op, av in seq:
        if op is sre_c.SUBPATTERN:
            gid, sub = av[0], av[3]
            if gid in names and names[gid] in slot_atoms:
                reqs.append(slot_atoms[names[gid]])
            else:
                reqs.extend(_requirements(sub, slot_atoms, names))
        elif op is sre_c.BRANCH:
            alts = [_requirements(b, slot_atoms, names) for b in av[1]]
            if all(alts):
                # any branch will do: the smallest need of each branch, united
                reqs.append(frozenset().union(*(min(a, key=len) for a in alts)))
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] >= 1:
            reqs.extend(_requirements(av[2], slot_atoms, names))
        elif op is sre_c.IN and all(o is sre_c.CATEGORY and a is sre_c.CATEGORY_DIGIT for o, a in av):
            reqs.append(frozenset({("digit", "")}))
    return reqs


def _slot_atoms(vocab_words: dict) -> dict:
    atoms = {}
    for kind, words in vocab_words.items():
        firsts = set()
        for w in words:
            # the head before an apostrophe, which may be typographic or stand apart ("valentine 's")
            head = str(w).lower().split()[0].split("'")[0].strip(".-") if str(w).split() else ""
            if not head:
                firsts = None
                break
            firsts.add(("word", head))
        if firsts:
            atoms[kind] = frozenset(firsts)
    for kind in BUILTIN_SLOTS:
        atoms[kind] = frozenset({("digit", "")})
    return atoms


def gate_of(regex: re.Pattern, slots: dict, slot_atoms: dict) -> tuple:
    parsed = sre_parse.parse(regex.pattern, regex.flags)
    # only template slots stand for their vocabulary; a raw (?P<x>...) group in a rule is
    # read for what it literally needs
    names = {gid: slots[name] for name, gid in parsed.state.groupdict.items() if name in slots}
    return tuple(_requirements(list(parsed), slot_atoms, names))


def _compound_numbers(numbers: dict, template: str) -> dict:
    """Number words from 21 to 99 ("twenty-five", "fünfundzwanzig") written as the
    language's ``template`` joins a tens word and a ones word."""
    ones = {w: v for w, v in numbers.items() if isinstance(v, int) and 1 <= v <= 9 and len(str(w)) >= 3}
    tens = {w: v for w, v in numbers.items() if isinstance(v, int) and v in range(20, 100, 10)}
    return {template.format(tens=t, ones=o): tv + ov for t, tv in tens.items() for o, ov in ones.items()}


def _joiner(words) -> re.Pattern | None:
    """What may stand between two expressions for them to belong together: one of
    ``words`` (or none of them, if "" is among them), with blanks and a comma around it."""
    if not words:
        return None
    alts = "|".join(_word_regex(str(w)) for w in words if str(w))
    optional = "?" if "" in [str(w) for w in words] else ""
    return re.compile(r"\s*,?\s*(?:(?:" + alts + r")\s*)" + optional, re.IGNORECASE)


@lru_cache(maxsize=8)
def load(lang: str) -> Language:
    """The compiled temporal knowledge of ``lang`` ("de", "en"); unknown codes get English."""
    path = DATA_DIR / f"{lang}.yaml"
    if not re.fullmatch(r"[a-z]{2,3}", lang or "") or not path.exists():
        path = DATA_DIR / "en.yaml"
        lang = "en"
    with path.open(encoding="utf-8") as f:
        data = yaml.safe_load(f)
    raw_vocab = data.get("vocab", {})
    compound = (data.get("settings") or {}).get("compound_number")
    if compound and isinstance(raw_vocab.get("number"), dict):
        raw_vocab["number"] = {**_compound_numbers(raw_vocab["number"], compound), **raw_vocab["number"]}
    case_sensitive = raw_vocab.get("case_sensitive", {}) or {}
    vocab: dict = {}
    alternations: dict = {}
    for kind, table in raw_vocab.items():
        if kind in LIST_KINDS:
            continue
        if isinstance(table, list):
            table = {str(w): True for w in table}
        vocab[kind] = {" ".join(str(k).lower().split()): v for k, v in table.items()}
        exact = case_sensitive.get(kind, ())
        alternations[kind] = _alternation(table.keys(), set(table.keys()) if exact == "all" else set(exact))
    # plain lists usable as slots or word sets too (<<every>>, <<future_shift>>, anaphoric_shift)
    for kind in ("every", "future_shift", "anaphoric_shift"):
        if kind in raw_vocab:
            vocab[kind] = {str(w).lower(): True for w in raw_vocab[kind]}
            alternations[kind] = _alternation(raw_vocab[kind])
    numbers = alternations.get("number")
    builtin = dict(BUILTIN_SLOTS)
    builtin["num"] = r"(?:\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?" + (f"|{numbers}" if numbers else "") + ")"

    slot_atoms = _slot_atoms({k: list(v) for k, v in vocab.items()})
    slot_atoms["num"] = frozenset({("digit", "")}) | slot_atoms.get("number", frozenset())
    rules = []
    for spec in data.get("rules", []):
        if spec.get("kind") not in KINDS:
            raise ValueError(f"{path}: timex rule {spec.get('id')!r} has unknown kind {spec.get('kind')!r}")
        pattern, slots = _expand(spec["pattern"], alternations, builtin)
        flags = 0 if spec.get("case_sensitive") else re.IGNORECASE
        # whole words only: "März" must not fire inside "Märzrevolution"
        try:
            regex = re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w|-[^\W\d])", flags)
        except re.error as e:
            raise ValueError(f"{path}: timex rule {spec['id']!r} does not compile: {e}") from e
        params = {k: v for k, v in spec.items() if k not in ("id", "kind", "pattern", "priority",
                                                              "require_context", "case_sensitive",
                                                              "span_from")}
        span_from = spec.get("span_from")
        if span_from is not None and span_from not in regex.groupindex:
            raise ValueError(f"{path}: timex rule {spec['id']!r}: span_from names no group {span_from!r}")
        rules.append(Rule(spec["id"], spec["kind"], regex, slots, params,
                          int(spec.get("priority", 0)), bool(spec.get("require_context", False)),
                          gate_of(regex, slots, slot_atoms), span_from))

    tense = data.get("tense", {}) or {}
    tense_parts = []
    for name in ("neutral", "future", "future_after", "past", "present", "report_present"):
        if tense.get(name):
            tense_parts.append(f"(?P<{name}>" + "|".join(tense[name]) + ")")
    tense_re = re.compile("|".join(tense_parts), re.IGNORECASE) if tense_parts else None
    # "report": a reporting clause ("..., officials said."); past for what follows it, no
    # tense for what it closes ("the plant will close on Friday, officials said"). Apart
    # from tense_re: it starts at a comma, which the start index cannot narrow down, and
    # alone the regex engine finds commas fast
    report_re = re.compile("|".join(tense["report"]), re.IGNORECASE) if tense.get("report") else None

    ctx = raw_vocab.get("month_context_before")
    month_context_re = None
    if ctx:
        words = [str(w) if "\\" in str(w) else _word_regex(w) for w in ctx]
        month_context_re = re.compile(r"(?<!\w)(?:" + "|".join(words) + r")\s+$", re.IGNORECASE)

    return Language(
        code=lang,
        vocab=vocab,
        rules=rules,
        tense_re=tense_re,
        report_re=report_re,
        range_re=_joiner(raw_vocab.get("range_connector")),
        year_frame_re=_joiner(raw_vocab.get("year_frame_connector")),
        year_opening_re=re.compile(r"[\s\"'„“”‘’«»(]*(?:(?:" + "|".join(_word_regex(str(w)) for w in raw_vocab["year_opening"])
                                   + r")\s+)?", re.IGNORECASE) if raw_vocab.get("year_opening") else None,
        apposition_re=re.compile(r"\s*,\s*(?:" + "|".join(_word_regex(str(w)) for w in raw_vocab["weekday_apposition"])
                                 + r")\s+", re.IGNORECASE) if raw_vocab.get("weekday_apposition") else None,
        relative_re=re.compile(r"\s*,\s*(?:" + "|".join(tense["relative"]) + r")\b", re.IGNORECASE)
        if tense.get("relative") else None,
        complement_re=re.compile(r"\b(?:" + "|".join(tense["complement"]) + r")\b", re.IGNORECASE)
        if tense.get("complement") else None,
        subclause_re=re.compile(r"(?:,\s*(?:" + "|".join(tense["subclause"]) + r")"
                                + (r"|\s(?:" + "|".join(tense["subclause_bare"]) + r")" if tense.get("subclause_bare") else "")
                                + r")\b", re.IGNORECASE)
        if tense.get("subclause") else None,
        past_perfect_re=re.compile(r"\b(?:" + "|".join(tense["past_perfect"]) + r")\b", re.IGNORECASE)
        if tense.get("past_perfect") else None,
        deadline_re=_just_before(tense.get("deadline")),
        schedule_re=_just_before(tense.get("schedule")),
        month_context_re=month_context_re,
        own_time_re=re.compile(r"\s+(?:" + "|".join(_word_regex(str(w)) for w in tense["own_time_nouns"]) + r")\b",
                               re.IGNORECASE) if tense.get("own_time_nouns") else None,
        ago_opening_re=re.compile(r"[\s\"'„“”‘’«»(]*(?:" + "|".join(_word_regex(str(w)) for w in raw_vocab["ago_opening"])
                                  + r")\s+", re.IGNORECASE) if raw_vocab.get("ago_opening") else None,
        habitual_clock_re=re.compile(r"(?<!\w)(?:" + "|".join(_word_regex(str(w)) for w in raw_vocab["habitual_clock"])
                                     + r")(?!\w)[^.;:!?\n]{0,25}$", re.IGNORECASE) if raw_vocab.get("habitual_clock") else None,
        month_after_re=re.compile(r"\s+(?:" + "|".join(_word_regex(str(w)) for w in raw_vocab["month_context_after"]) + r")\b",
                                  re.IGNORECASE) if raw_vocab.get("month_context_after") else None,
        ambiguous_months=frozenset(str(w).lower() for w in raw_vocab.get("ambiguous_month", ())),
        settings=dict(data.get("settings", {}) or {}),
        starts=StartIndex([r.regex for r in rules] + ([tense_re] if tense_re is not None else [])),
    )
