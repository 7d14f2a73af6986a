"""Temporal tagging: find TIMEX3 expressions in German or English text and normalise them.

    >>> from datetime import date
    >>> [t.value for t in tag("Am 17. November sagte er ...", date(2024, 11, 18), "de")]
    ['2024-11-17']

Language knowledge lives in data/<lang>.yaml; language.py compiles it once per process,
starts.py finds in one scan where each rule could match, detect.py finds spans,
normalize.py resolves values against the document creation time and the last date the
text mentioned, interval.py gives the dates a value allows.

dateparser is deliberately not on this path: its ``search_dates`` misreads German
function words as dates ("die", "mit", "so") and resolves a bare month to the past, and
parsing each span with it costs milliseconds where our slot tables cost microseconds.
Every expression our rules detect already carries its fields (day, month, year, shift),
so there is nothing left that dateparser would normalise better. Where dateparser is
good — its curated per-locale month and weekday spellings — tests/test_timex_data.py
checks our vocabularies against it, off the hot path.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, datetime, timedelta

from ..model import Timex
from ..sentences import closes_abbreviation
from .detect import detect
from .interval import interval
from .language import Language, load
from .normalize import CLOCK_NARRATIVE_DAYS, Anchor, Normalized, normalize, ymd
from .starts import matches

__all__ = ["tag"]

# A sentence ends at . ! ? or a line break, unless the dot follows a day or month number
# ("17. November", "1. 2. 2010"); after a four-digit year it does end ("... in 2010. Then").
# A lower-case word after the dot goes on the sentence: the dot closed an abbreviation
# ("at 3 p.m. local time on Monday", "Nr. 5").
SENTENCE_END_RE = re.compile(r"(?:(?<!\d)|(?<=(?<![\d.,])\d{4}))[.!?]+[\"'“”»«)]*\s+(?![\sa-zäöüß(\d])|\n+")
# Where a number's period is no ordinal (English: "payable Dec. 15. Sales rose"), it ends
# the sentence like any other; German "am 15. November" keeps the rule above (the
# language's `ordinal_period` setting).
PLAIN_SENTENCE_END_RE = re.compile(r"[.!?]+[\"'“”»«)]*\s+(?![\sa-zäöüß(\d])|\n+")
# the characters a SENTENCE_END_RE match starts with: trying it only there is much
# cheaper than letting it search every position
SENTENCE_END_START_RE = re.compile(r"[.!?\n]")
CLAUSE_END_RE = re.compile(r";\s*")
FULL_DATE_RE = re.compile(r"^\d{4}-\d\d-\d\d")
YEAR_VALUE_RE = re.compile(r"^(\d{4})")

YEAR_ONLY_RE = re.compile(r"^\d{4}$")
YEARS_VALUE_RE = re.compile(r"^P(\d+)Y$")
POD_VALUE_RE = re.compile(r"^\d{4}-\d\d-\d\dT[A-Z]{2}$")
CLOCK_VALUE_RE = re.compile(r"^\d{4}-\d\d-\d\dT(?:[01]\d|2[0-3]):[0-5]\d")
# what may stand between a weekday and the date that says which day it is
DAY_SLOTS = frozenset(("weekday", "weekday_abbr", "day", "month", "dayrel"))
PARENTHESIS_OPEN_RE = re.compile(r"\s*[(\[]\s*")
APPOSITION_RE = re.compile(r"\s*[,(–—-]?\s*")

COMPARISON_SLOTS = frozenset(("focus_period", "focus_unit", "year_before"))

TENSE_WINDOW = 100  # characters either side of an expression searched for tense markers
HABIT_WINDOW = 45  # characters before a clock time searched for a word of habit ("täglich")
DEADLINE_WINDOW = 60  # characters before an expression searched for a deadline word


def _opens_sentence(text: str, sentence_start: int, cand, lang: Language) -> bool:
    """Whether a year opens its sentence as a frame for all of it: after a preposition
    ("In 2016, ...", "In the 2016 election, ...", "Im Jahr 2016 ..."), or bare and followed
    by a comma or a word in lower case ("2016 wechselte er im Juni ...", not "2016
    Olympic champion ...")."""
    if lang.year_opening_re is None:
        return False
    m = lang.year_opening_re.fullmatch(text, sentence_start, cand.start)
    if m is None:
        return False
    if m.group(0).strip(" \t\n\"'„“”‘’«»("):
        return True
    follow = text[cand.end:cand.end + 2].lstrip()
    return bool(follow) and (follow[0] == "," or follow[0].islower())


def _sentence_bounds(text: str, ordinal_period: bool = True, lang: str | None = None) -> list[int]:
    """Where sentences start; a period after an abbreviation of ``lang`` ("Mr. Ridley",
    "St. Louis", "the U.S. Senate", ingest/data/sentences.yaml) ends none."""
    starts = [m.start() for m in SENTENCE_END_START_RE.finditer(text)]
    regex = SENTENCE_END_RE if ordinal_period else PLAIN_SENTENCE_END_RE
    return [0] + [m.end() for m in matches(regex, text, starts)
                  if text[m.start()] != "." or not closes_abbreviation(text, m.start(), lang)]


def _clause_bounds(text: str, bounds: list[int]) -> list[int]:
    """Sentence bounds plus the positions after each semicolon: the clauses a semicolon
    joins tell their own tense ("Sales fell in 2009; in March the firm reports again")."""
    if ";" not in text:
        return bounds
    return sorted(set(bounds).union(m.end() for m in CLAUSE_END_RE.finditer(text)))


class _Tense:
    """Tense markers near an expression; the nearest one within its sentence and
    TENSE_WINDOW characters gives its tense. Each sentence is scanned once, and only
    sentences holding an expression are scanned at all."""

    def __init__(self, text: str, bounds: list[int], lang: Language, starts: list | None):
        self.text, self.bounds, self.regex, self.starts = text, bounds, lang.tense_re, starts
        self.report = lang.report_re
        self.subclause = lang.subclause_re
        self.complement = lang.complement_re
        self.relative = lang.relative_re
        self.by_sentence: dict[int, list] = {}

    def _marks(self, i: int) -> tuple[list, list]:
        found = self.by_sentence.get(i)
        if found is None:
            e = self.bounds[i + 1] if i + 1 < len(self.bounds) else len(self.text)
            marks = [(m.start(), m.end(), m.lastgroup)
                     for m in matches(self.regex, self.text, self.starts, self.bounds[i], e)]
            if self.report is not None:
                reports = [(m.start(), m.end(), "report")
                           for m in self.report.finditer(self.text, self.bounds[i], e)]
                if reports:
                    # the verb of a reporting clause counts as the clause, not on its own
                    marks = sorted(reports + [mk for mk in marks
                                              if not any(rs <= mk[0] < re_ for rs, re_, _ in reports)])
            found = self.by_sentence[i] = (marks, [m[0] for m in marks])
        return found

    def at(self, start: int, end: int) -> str | None:
        if self.regex is None:
            return None
        i = max(0, bisect_right(self.bounds, start) - 1)
        best, best_dist = None, None
        closed_by_report = statement_present = False
        marks, starts = self._marks(i)
        k = bisect_right(starts, start - TENSE_WINDOW - 1)
        while k < len(marks) and marks[k][0] < end + TENSE_WINDOW:
            ms, me, kind = marks[k]
            k += 1
            if start <= ms < end or me > end + TENSE_WINDOW:
                continue
            if kind == "report_present":
                statement_present = True  # counts only if a reporting clause closes the statement
                continue
            if kind == "future_after":
                if ms >= end:
                    continue  # "on Monday Citigroup agreed to buy": the agreement's own day
                kind = "future"  # "had agreed to resume negotiations on June 28"
            if ms >= end and self.subclause is not None and self.subclause.search(self.text, end, ms):
                continue  # "kommt es im Februar zu einer Stichwahl, da keiner ... konnte"
            if self.complement is not None and (self.complement.search(self.text, end, ms) if ms >= end
                                                else self.complement.search(self.text, me, start)):
                # "said on Monday that the government would be a reluctant shareholder"; "said
                # that the walkout could cut fourth-quarter earnings": the main verb is not the
                # tense of what was said
                continue
            if kind == "report" and ms >= end:
                # the statement's own tense, if it has one, wins over the clause reporting it
                closed_by_report = True
                continue
            dist = start - me if me <= start else ms - end
            # a comma between marks another clause: a marker in the expression's own clause
            # wins ("whose term ends in January, declined to comment")
            between = self.text[me:start] if me <= start else self.text[end:ms]
            own_relative = me > start and self.relative is not None and self.relative.match(self.text, end, ms)
            rank = ("," in between and not own_relative, dist)
            if dist >= 0 and (best_dist is None or rank < best_dist):
                best, best_dist = kind, rank
        if best is None and closed_by_report:
            # past, unless the statement sets a deadline or is told in the present
            return None if statement_present else "reported"
        if best in ("neutral", "present"):
            # "was to meet Monday": the future of a past moment, either side of the DCT;
            # "The market is in for a rough first quarter," he said: the statement's own present
            return None
        return "past" if best == "report" else best


def _after_range_start(norm: Normalized, cand, out: list, text: str, lang: Language) -> Normalized:
    """A weekday closing a range ("from Thursday through Sunday") lies after the day that
    opens it, whatever tense alone would pick."""
    if lang.range_re is None or not out or norm.type not in ("DATE", "TIME") or not FULL_DATE_RE.match(norm.value) \
            or "weekday" not in cand.slots or "month" in cand.slots or "day" in cand.slots:
        return norm
    prev = out[-1]
    # the opening day may be a part of one ("from Saturday afternoon into Sunday night"), not a clock time
    if not (prev.granularity == "day" or POD_VALUE_RE.match(prev.value)) or prev.begin is None \
            or not lang.range_re.fullmatch(text, prev.end, cand.start):
        return norm
    d = date.fromisoformat(norm.value[:10])
    if d >= prev.begin:
        return norm
    return Normalized(norm.type, ymd(d + timedelta(days=7 * ((prev.begin - d).days // 7 + 1))) + norm.value[10:], norm.mod)


def _weekday_alone(cand, lang: Language) -> int | None:
    """The weekday (1-7) an expression names without a date of its own ("Samstag"), if so."""
    if "month" in cand.slots or "day" in cand.slots:
        return None
    wd = lang.lookup("weekday", cand.slots.get("weekday") or "") \
        or lang.lookup("weekday_abbr", cand.slots.get("weekday_abbr") or "")
    return wd if isinstance(wd, int) else None


def _weekday_in_apposition(norm: Normalized, cand, out: list, text: str, lang: Language) -> Normalized:
    """A weekday set after a day as what it is ("Tomorrow, a Tuesday, is ...") is that day."""
    if lang.apposition_re is None or not out or norm.type not in ("DATE", "TIME") \
            or not FULL_DATE_RE.match(norm.value):
        return norm
    prev, wd = out[-1], _weekday_alone(cand, lang)
    if wd is None or prev.granularity != "day" or prev.begin is None or prev.begin.isoweekday() != wd \
            or not lang.apposition_re.fullmatch(text, prev.end, cand.start):
        return norm
    return Normalized(norm.type, ymd(prev.begin) + norm.value[10:], norm.mod)


def _clock_in_parenthesis(norm: Normalized, cand, out: list, text: str) -> Normalized:
    """A clock time restating the one before it in another zone ("8:30 p.m. BST (1930
    UTC) on August 27") is on that one's day, unless it names its own ("3:02 a.m.
    Tuesday (8:02 p.m. EDT Monday)")."""
    if not out or norm.type != "TIME" or not CLOCK_VALUE_RE.match(norm.value) or not DAY_SLOTS.isdisjoint(cand.slots):
        return norm
    prev = out[-1]
    if prev.type != "TIME" or not CLOCK_VALUE_RE.match(prev.value) \
            or not PARENTHESIS_OPEN_RE.fullmatch(text, prev.end, cand.start):
        return norm
    return Normalized(norm.type, prev.value[:10] + norm.value[10:], norm.mod)


def _weekday_dated_after(prev: Timex, wd: int, begin: date | None, gran: str | None, text: str,
                         start: int) -> Timex:
    """A weekday followed by the date it falls on ("Samstag (31. August)", "Tuesday, June
    5") is that date, whatever tense alone gave it."""
    if gran != "day" or begin is None or begin.isoweekday() != wd or not APPOSITION_RE.fullmatch(text, prev.end, start):
        return prev
    return replace(prev, value=ymd(begin) + prev.value[10:], begin=begin, end_date=begin)


def tag(text: str, dct: date | None, lang: str) -> list[Timex]:
    """Temporal expressions in ``text``, sorted by start, non-overlapping, values resolved
    against ``dct`` (the publication date; None when unknown)."""
    if not text:
        return []
    # "DE", "de-AT", "de_CH" are German too
    language = load((lang or "en").lower().replace("_", "-").split("-")[0])
    anchor = Anchor(dct=dct, reference=dct, year=dct.year if dct else None)
    bounds = _sentence_bounds(text, language.settings.get("ordinal_period", False), language.code)
    starts = language.starts.scan(text)
    tenses = _Tense(text, _clause_bounds(text, bounds), language, starts[len(language.rules)] if language.tense_re else None)
    out: list[Timex] = []
    sentence = -1
    year_frame: tuple[int, int] | None = None  # (end, year) of a year named just before
    weekday_alone: tuple[int, int] | None = None  # (index in out, weekday) of "Samstag"
    carry_tense = language.settings.get("sentence_tense_carries", False)
    sentence_tense, sentence_tense_end = None, 0
    for cand in detect(text, language, starts):
        here = bisect_right(bounds, cand.start)
        if here != sentence:
            sentence, anchor.sentence_day, anchor.sentence_year = here, None, None
            anchor.sentence = here
            anchor.sentence_month = None
            sentence_tense = None
            anchor.sentence_weekday_day = None
        tense = cand.rule.params.get("tense") or tenses.at(cand.start, cand.end)
        own_time = language.own_time_re is not None and set(cand.slots) == {"month"} \
            and language.own_time_re.match(text, cand.end) is not None
        if own_time:
            tense = None  # "the bid for October elections failed": the elections' own October
        elif tense is None and carry_tense and not (
                language.complement_re is not None and language.complement_re.search(text, sentence_tense_end, cand.start)):
            # too far from any marker, it shares the tense of the sentence's earlier dates:
            # "will get ... on Tuesday and the final estimate of growth on Thursday" (not
            # across "that": "said yesterday that the walkout could cut fourth-quarter earnings")
            tense = sentence_tense
        else:
            sentence_tense, sentence_tense_end = tense, cand.end
        scheduled = tense != "future" and language.schedule_re is not None \
            and language.schedule_re.search(text, max(0, cand.start - DEADLINE_WINDOW), cand.start) is not None
        if scheduled or language.deadline_re is not None and tense != "future" \
                and language.deadline_re.search(text, max(0, cand.start - DEADLINE_WINDOW), cand.start):
            # "Cyprus has until Monday to raise the money"; told in the past ("threatened to
            # cut off funding by Monday") the deadline may lie on either side of the DCT,
            # unless the past perfect says it has passed ("had slipped ... by December"); a
            # date set in the past lies ahead ("have called a strike for Tuesday")
            passed = tense == "past" and language.past_perfect_re is not None and language.past_perfect_re.search(
                text, max(bounds[here - 1] if here else 0, cand.start - TENSE_WINDOW), min(len(text), cand.end + TENSE_WINDOW))
            if tense != "past" or scheduled and not passed:
                tense = "future"
            elif not passed:
                tense = None
        elif tense == "reported":
            tense = "past"  # "Am Freitag werde entschieden, sagte er." has no tense of its own
        if year_frame is not None and language.year_frame_re is not None and year_frame[0] <= cand.start \
                and language.year_frame_re.fullmatch(text, year_frame[0], cand.start):
            anchor.sentence_year = year_frame[1]  # "Last year, on August 8"
        try:
            norm = normalize(cand, language, anchor, tense)
        except (OverflowError, ValueError):
            # calendar arithmetic past year 1 or 9999, or a day the month lacks
            # ("31. Februar"): the words are not a usable date
            continue
        if norm is None or not norm.value:
            continue
        if language.habitual_clock_re is not None and norm.type == "TIME" and CLOCK_VALUE_RE.match(norm.value) \
                and language.habitual_clock_re.search(text, max(0, cand.start - HABIT_WINDOW), cand.start):
            norm = Normalized(norm.type, norm.value[10:], norm.mod)  # "täglich von 9 bis 19 Uhr": T09:00
        norm = _after_range_start(norm, cand, out, text, language)
        norm = _weekday_in_apposition(norm, cand, out, text, language)
        norm = _clock_in_parenthesis(norm, cand, out, text)
        begin, end, gran = interval(norm.value, norm.mod)
        if weekday_alone is not None and weekday_alone[0] == len(out) - 1:
            out[-1] = _weekday_dated_after(out[-1], weekday_alone[1], begin, gran, text, cand.start)
        if begin is None and FULL_DATE_RE.match(norm.value):
            continue  # "31. Februar 2023": looks like a date, names none
        if norm.value == "PRESENT_REF" and dct is not None:
            begin, end = dct, dct
        if norm.type in ("DURATION", "SET"):
            begin, end, gran = None, None, None
        out.append(Timex(cand.start, cand.end, text[cand.start:cand.end], norm.type, norm.value,
                         norm.mod, begin, end, gran))
        # narrative: later "am Tag darauf" / "two days later" count from this date; a story
        # moving on moves it ("the next day ... Two days later"), a look back does not ("am
        # Tag zuvor ... vom Vortag" both count from the same date)
        moves_on = (cand.rule.kind == "anaphor" and int(cand.rule.params.get("days", 0)) > 0) \
            or (cand.rule.params.get("anchor") == "reference" and int(cand.rule.params.get("sign", -1)) > 0)
        if norm.type in ("DATE", "TIME") and gran in ("day", "time") and begin is not None and (moves_on or (
                cand.rule.params.get("anchor") != "reference" and cand.rule.kind != "anaphor"
                and not cand.rule.params.get("anaphoric"))):
            anchor.reference = anchor.sentence_day = begin
            if dct is None or begin <= dct:
                anchor.past_reference = begin
            if dct is None or abs((begin - dct).days) <= CLOCK_NARRATIVE_DAYS:
                anchor.near_reference = begin
            if begin == dct or "weekday" in cand.slots or "weekday_abbr" in cand.slots:
                anchor.sentence_weekday_day = begin
        # a period named for comparison ("the same period last year", "the year-earlier
        # quarter") is not the one the story goes on about
        comparison = not COMPARISON_SLOTS.isdisjoint(cand.slots)
        if norm.type in ("DATE", "TIME") and begin is not None and not comparison and (moves_on and gran in ("day", "time") or (
                cand.rule.kind != "anaphor" and cand.rule.params.get("anchor") != "reference"
                and not cand.rule.params.get("anaphoric"))):
            anchor.last, anchor.last_granularity, anchor.last_sentence = begin, gran, here
            clock = CLOCK_VALUE_RE.match(norm.value)
            anchor.last_clock = datetime.fromisoformat(clock.group(0)) if clock else anchor.last_clock
            anchor.last_by_granularity[gran] = begin
            if gran in ("quarter", "half"):
                anchor.last_period = (begin, "Q" if gran == "quarter" else "H", here)
        year_frame = (cand.end, int(norm.value)) if norm.type == "DATE" and YEAR_ONLY_RE.match(norm.value) else None
        if year_frame is not None and _opens_sentence(text, bounds[here - 1] if here else 0, cand, language):
            anchor.sentence_year = year_frame[1]  # "In 2016, Sanders continued his bid ... until June"
        years_back = YEARS_VALUE_RE.match(norm.value) if norm.type == "DURATION" and dct is not None else None
        if years_back and language.ago_opening_re is not None \
                and language.ago_opening_re.fullmatch(text, bounds[here - 1] if here else 0, cand.start):
            # "Vor 30 Jahren fiel die Mauer, im Dezember öffnete sich ...": KRAUTS writes the
            # span as a duration, but the sentence tells of the year it points back to
            anchor.sentence_year = dct.year - int(years_back.group(1))
        wd = _weekday_alone(cand, language) if norm.type in ("DATE", "TIME") and FULL_DATE_RE.match(norm.value) else None
        weekday_alone = (len(out) - 1, wd) if wd is not None else None
        m = YEAR_VALUE_RE.match(norm.value)
        if m and norm.type in ("DATE", "TIME"):
            anchor.year = int(m.group(1))
            if "year" in cand.slots and gran in ("day", "time", "month"):
                # "in June 2009 ... on July 10": a bare year ("since its launch in 2003,
                # as of February") sets no such frame
                anchor.sentence_year = anchor.year
                anchor.sentence_month = int(norm.value[5:7]) if gran in ("day", "time", "month") and norm.value[4:5] == "-" \
                    and norm.value[5:7].isdigit() else None
    return out
