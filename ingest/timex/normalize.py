"""Turn a detected expression into a TimeML type, value and mod.

Each rule in the language data names a ``kind``; one normaliser per kind reads the slots
the rule captured (month, day, shift, unit ...) and resolves them against an ``Anchor``:
the document creation time (DCT) for deictic expressions ("gestern", "next year") and the
last date mentioned for anaphoric ones ("am Tag darauf", "two days later").
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .detect import Candidate
from .interval import add_months, easter, month_end, nth_weekday
from .language import Language


@dataclass
class Anchor:
    dct: date | None
    reference: date | None = None  # last day-precise date the text mentioned
    past_reference: date | None = None  # the last such date not after the DCT
    near_reference: date | None = None  # the last such date within CLOCK_NARRATIVE_DAYS of the DCT
    sentence_day: date | None = None  # day-precise date mentioned in the current sentence
    # the sentence's day as a weekday may name it again: it was named by its weekday
    # ("on Monday, March 2 ... by Monday evening") or is the DCT (a dateline)
    sentence_weekday_day: date | None = None
    sentence_year: int | None = None  # year written out earlier in the current sentence
    sentence_month: int | None = None  # and the month of that full date, if it had one
    last: date | None = None  # start of the last date mentioned, at any granularity
    last_granularity: str | None = None
    last_clock: datetime | None = None  # the last clock time named on a known day
    sentence: int = 0  # index of the sentence being read
    last_sentence: int = 0  # index of the sentence that named ``last``
    # start of the last date named at each granularity ("quarter" -> 2011-07-01)
    last_by_granularity: dict = field(default_factory=dict)
    last_period: tuple | None = None  # (start, "Q" or "H", sentence index) of the last quarter or half named

    def coarse_narrative(self, unit: str) -> tuple[date, str] | None:
        """(start, granularity) of the last date named when it is coarser than ``unit``
        ("in June 2009 ... 40 days later"): the count starts there, and the result can be
        no more precise than what it counts from."""
        if self.last is None or self.last_granularity not in COARSE_GRANULARITIES:
            return None
        if GRANULARITY_RANK[self.last_granularity] <= UNIT_RANK.get(unit, 9):
            return None
        return self.last, self.last_granularity

    def narrative(self, unit: str) -> date | None:
        """What "two days later", "the following year" count from: the last date the text
        named at least as precisely as ``unit``, else the last day named, else the DCT."""
        if self.last is not None and GRANULARITY_RANK.get(self.last_granularity, 9) <= UNIT_RANK.get(unit, 0):
            return self.last
        return self.reference or self.dct
    year: int | None = None  # last explicit year, used when there is no DCT

    def base(self) -> date | None:
        return self.dct or self.reference


@dataclass(frozen=True)
class Normalized:
    type: str
    value: str
    mod: str | None = None


GRANULARITY_RANK = {"time": 0, "day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3,
                    "half": 4, "year": 5, "decade": 6, "century": 7}
COARSE_GRANULARITIES = ("month", "season", "quarter", "half", "year")
UNIT_RANK = {"D": 0, "WE": 1, "W": 1, "M": 2, "Q": 3, "H": 4, "Y": 5, "DE": 6, "CE": 7}
# periods a year-back comparison keeps ("a year earlier" after a quarter is that quarter)
PERIOD_UNIT = {"quarter": "Q", "month": "M", "half": "H"}
PERIODS_PER_YEAR = {"Q": 4, "M": 12, "H": 2}
UNIT_GRANULARITY = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "H": "half", "Y": "year"}
# results are reported within about six weeks of a quarter's close: "the quarter" told in
# the past on 26 October is the third
FOCUS_LOOKBACK_DAYS = 45
# a clock time without a day of its own takes the story's last day within this many days
# of publication (a day of the week being told); farther back it is background
CLOCK_NARRATIVE_DAYS = 7
# what a story may have gone back to for a later day to lie in that year ("Im Herbst 1989")
NARRATIVE_GRANULARITIES = ("day", "month", "season", "quarter")
SEASON_ORDER = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
UNIT_PERIOD = {"D": ("P", "D"), "W": ("P", "W"), "M": ("P", "M"), "Y": ("P", "Y"),
               "Q": ("P", "Q"), "H": ("P", "H"), "DE": ("P", "DE"), "CE": ("P", "CE"),
               "MIL": ("P", "ML"), "WE": ("P", "WE"), "TH": ("PT", "H"), "TM": ("PT", "M"),
               "TS": ("PT", "S")}
MONTHS_PER_UNIT = {"Q": 3, "H": 6}
THOUSANDS_RE = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")
FULL_DAY_RE = re.compile(r"^\d{4}-\d\d-\d\d")
# "five hours ago" lies on the day of publication as far as a date can tell; "30 hours ago" not
HOURS_SAME_DAY = 12


def number(text: str | None, lang: Language):
    """int/float of a digit string or number word; "X" for vague ones ("einige"); None if absent."""
    if text is None:
        return None
    t = text.strip()
    if THOUSANDS_RE.match(t):
        return int(re.sub(r"\D", "", t))
    if t[:1].isdigit():
        f = float(t.replace(",", "."))
        return int(f) if f.is_integer() else f
    v = lang.lookup("number", t)
    return v


def fmt_number(n) -> str:
    if isinstance(n, float):
        return ("%g" % n)
    return str(n)


def ymd(d: date) -> str:
    return "%04d-%02d-%02d" % (d.year, d.month, d.day)


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return "%04d-W%02d" % (y, w)


# How far (in months) a month named without a year may lie on the "wrong" side of the DCT
# before tense moves it to another year: "am 21. März" in a text of 24 March that speaks in
# the future still means this March (a deadline just passed), "im Januar ... wird" in
# November means next January.
TENSE_SLACK_MONTHS = 2
# A whole month told in the future has less: "will go on trial in June" in August is next
# June, "bereits im Juli ... aufgehört werde" on 1 August still this July.
MONTH_FUTURE_SLACK = 1
# The past allows less: a month told in the past has begun ("shares have fallen since
# December" in October is last December); half a month leaves room for a misread tense.
PAST_SLACK_MONTHS = 0.5
# Without tense, how far ahead of / behind the DCT a month in the DCT's year may lie
# before the previous / next year's is taken instead.
UNTENSED_AHEAD_MONTHS = 7
UNTENSED_BACK_MONTHS = 10  # a language may set its own (setting untensed_back_months)


def _choose_year(base: date, key, tense: str | None, make_key, future_slack: float = TENSE_SLACK_MONTHS,
                 back_months: float = UNTENSED_BACK_MONTHS) -> int:
    """Year for a month/day/season given without one: DCT's year, moved by tense.

    ``key`` is (month, day) of the expression, ``make_key(d)`` the same for the DCT.
    Future tense excludes occurrences clearly before the DCT, past tense those clearly
    after; of what remains the occurrence nearest the DCT wins (ties: the DCT's year).
    Without tense the DCT's year stands.
    """
    here = make_key(base)
    y = base.year

    def offset(year):  # months from the DCT to the occurrence in ``year``
        return (year - y) * 12 + (key[0] - here[0]) + (key[1] - here[1]) / 31.0

    years = (y, y - 1, y + 1)
    if tense is None:
        # nothing says which way: this year's, unless it lies so far off that the other
        # year's is clearly meant ("the attack on December 27th" in a text of 5 January,
        # "legt die Zahlen am 12. März vor" in a text of 29 October, where German, whose
        # present tense is its future, sets untensed_back_months lower)
        if offset(y) > UNTENSED_AHEAD_MONTHS:
            return y - 1
        if offset(y) < -back_months:
            return y + 1
        return y
    if tense == "future":
        years = [yr for yr in years if offset(yr) >= -future_slack] or years
    elif tense == "past":
        years = [yr for yr in years if offset(yr) <= PAST_SLACK_MONTHS] or years
    return min(years, key=lambda yr: (abs(offset(yr)), yr != y))


# A quarter spoken of in the past is at least half over: "sales rose in the fourth quarter"
# in October is last year's fourth quarter, "slowed in the second half" in October this
# year's; one spoken of in the future has not long ended ("will report fourth-quarter
# results" in January).
PERIOD_SLACK_DAYS = 31
# Results are published up to about two and a half months after their period ends:
# "will report third-quarter results" in November is about the quarter that ended in
# September (annual reports take longest).
RESULTS_SLACK_DAYS = 75


def _period_year(base: date, last_month: int, months: int, tense: str | None,
                 slack_days: int = PERIOD_SLACK_DAYS) -> int:
    """Year of a quarter or half named without one, ending in ``last_month``."""
    if tense is None:
        return base.year
    slack = timedelta(days=slack_days)
    options = []
    for y in (base.year, base.year - 1, base.year + 1):
        end = month_end(y, last_month)
        mid = date(*add_months(y, last_month, -(months // 2)), 15)
        if (tense == "past" and mid <= base) or (tense == "future" and end >= base - slack):
            options.append((abs((mid - base).days), y != base.year, y))
    return min(options)[2] if options else base.year


# "over the weekend" without tense is the last one in a paper of Monday or Tuesday (ISO 1, 2)
RECENT_WEEKEND_UNTIL_WEEKDAY = 2

# "1850-58" spans eight years; two digits naming a "range" longer than this are something
# else ("2010-09" is September 2010 written the ISO way)
MAX_YEAR_RANGE = 50


def _unknown_year(anchor: Anchor) -> date | None:
    return anchor.base() or (date(anchor.year, 7, 1) if anchor.year else None)


def _date(c: Candidate, lang: Language, anchor: Anchor, tense: str | None) -> Normalized | None:
    s = c.slots
    mod = lang.lookup("mod", s["mod"]) if "mod" in s else None
    rtype = c.rule.params.get("type", "DATE")
    pod = None
    for k in ("pod", "pod_suffix"):
        if k in s:
            pod = lang.lookup(k, s[k])
    shift = lang.lookup("shift", s["shift"]) if "shift" in s else None

    year = None
    if "year" in s:
        year = int(s["year"])
    elif "year2" in s and "year_from" in s:
        # "1996-97", "1850-58", "1999-2000" written "1999-00": the range's second year
        # shares the first's century unless that would not come later
        first = int(s["year_from"])
        year = first - first % 100 + int(s["year2"])
        if year <= first:
            year += 100
        if year - first > MAX_YEAR_RANGE:
            return None  # "2010-09" is no range of 99 years
    elif "year2" in s:
        # "31.12.24": the year of that name within ten years ahead of the DCT, else before
        yy, ref = int(s["year2"]), anchor.base()
        if ref is None:
            year = (2000 if yy <= 30 else 1900) + yy
        else:
            year = ref.year - ref.year % 100 + yy
            if year > ref.year + 10:
                year -= 100
            elif year <= ref.year - 90:
                year += 100
    base = _unknown_year(anchor)
    if year is None and shift is not None and base is not None and c.rule.params.get("year_shift"):
        # "im Januar nächsten Jahres": the shift applies to the DCT's year
        year = base.year + int(shift)
    elif year is None and "prev_year" in s and base is not None:
        year = base.year - 1  # "im August des Vorjahres"
    elif year is None and c.rule.params.get("anaphoric_year") and anchor.last is not None:
        year = anchor.last.year  # "im August desselben Jahres", "in May of that year"

    month = None
    if "month" in s:
        month = lang.lookup("month", s["month"])
    elif "month_num" in s:
        month = int(s["month_num"])
    day = None
    if c.rule.params.get("as_week") and month is not None and ("ordinal" in s or "final" in s):
        # "the first week of April": a day in the middle of that week of the month
        n = lang.lookup("ordinal", s["ordinal"]) if "ordinal" in s else None
        if "final" not in s and (not isinstance(n, int) or not 1 <= n <= 5):
            return None
        s = dict(s, day=str(27 if "final" in s else min(7 * (n - 1) + 4, 28)))
    if "day" in s:  # "17." or, in words, "dritten"
        day = int(s["day"]) if s["day"].isdigit() else lang.lookup("ordinal", s["day"])
        if not isinstance(day, int):
            return None
        if "day_from" in s and s["day_from"].isdigit() and day <= int(s["day_from"]):
            return None  # "on March 3 and 2 ...": days listed after a date come later

    # weekday only: the nearest such day before/after the DCT, by shift or tense
    weekday_name = s.get("weekday") or s.get("weekday_abbr")
    if month is None and day is None and weekday_name and "holiday" not in s:
        anaphoric = bool(c.rule.params.get("anaphoric")) or ("shift" in s and bool(lang.lookup("anaphoric_shift", s["shift"])))
        if c.rule.params.get("in_week") and isinstance(shift, int) and anchor.base() is not None:
            # "Dienstag nächster Woche", "Tuesday of next week": that weekday of the week shifted
            wd = lang.lookup("weekday", weekday_name) or lang.lookup("weekday_abbr", weekday_name)
            monday = anchor.base() - timedelta(days=anchor.base().isoweekday() - 1) + timedelta(weeks=shift)
            d = monday + timedelta(days=int(wd) - 1)
        else:
            d = weekday_date(weekday_name, shift, tense, anchor, lang, shift_is_anaphoric=anaphoric)
        if d is not None and c.rule.params.get("days"):
            d = d + timedelta(days=int(c.rule.params["days"]))
        pod = pod or c.rule.params.get("pod")
        value = ymd(d) if d else "XXXX-WXX-%d" % (
            lang.lookup("weekday", weekday_name) or lang.lookup("weekday_abbr", weekday_name) or 1)
        if pod:
            return Normalized("TIME", value + "T" + pod, mod)
        return Normalized(rtype, value, mod)

    nth = None  # (n, weekday) of "the second Tuesday in April"
    if c.rule.params.get("nth_weekday") and month is not None and weekday_name:
        # "the second Tuesday in April", "am letzten Sonntag im Oktober": that month's day;
        # its year is chosen as for a day in the middle of the month's week
        n = -1 if "final" in s else lang.lookup("ordinal", s.get("ordinal") or "")
        if not isinstance(n, int) or not (n == -1 or 1 <= n <= 5):
            return None
        nth = (n, lang.lookup("weekday", weekday_name) or lang.lookup("weekday_abbr", weekday_name))
        day = 25 if n == -1 else min(7 * (n - 1) + 4, 28)

    if "holiday" in s:
        rule = lang.lookup("holiday", s["holiday"])
        if rule is None:
            return None
        if re.match(r"^\d{4}-\d\d-\d\d$", str(rule)):
            return Normalized("DATE", str(rule), mod)  # a day of history: "Black Monday"
        if year is None:
            if base is None:
                return Normalized("DATE", "XXXX-" + rule if re.match(r"^\d\d-\d\d$", str(rule)) else "XXXX-XX-XX")
            d0 = _holiday(str(rule), base.year)
            year = _choose_year(base, (d0.month, d0.day), tense, lambda b: (b.month, b.day))
        return Normalized("DATE", ymd(_holiday(str(rule), year)), mod)

    if "week" in s:
        y = year or (base.year if base else None)
        w = int(s["week"])
        return Normalized("DATE", ("%04d" % y if y else "XXXX") + "-W%02d" % w, mod)

    unit = c.rule.params.get("unit")
    if unit == "Q" and "half" in s:
        unit = "H"
    if unit in ("Q", "H") and ("ordinal" in s or "final" in s or (unit == "Q" and month is not None)):
        if "final" in s:  # "the last quarter of 2012": the year's last
            q = 4 if unit == "Q" else 2
        elif "ordinal" in s:
            q = int(s["ordinal"]) if s["ordinal"].isdigit() else lang.lookup("ordinal", s["ordinal"])
        else:  # "the September quarter": the quarter that month ends or lies in
            q = (month - 1) // 3 + 1
        if not isinstance(q, int) or not 1 <= q <= (4 if unit == "Q" else 2):
            return None
        y = year
        if y is None and base is not None and "fiscal" in s:
            y = base.year  # "the first quarter of the financial year": the current one
        elif y is None and base is not None:
            y = _period_year(base, q * (3 if unit == "Q" else 6), 3 if unit == "Q" else 6, tense,
                             RESULTS_SLACK_DAYS if "results" in s else PERIOD_SLACK_DAYS)
            if "year_before" in s:  # "the year-earlier first half": the same half, a year back
                y -= 1
        fiscal = "FY" if "fiscal" in s else ""
        return Normalized("DATE", fiscal + ("%04d" % y if y else "XXXX") + "-%s%d" % (unit, q), mod)

    if "season" in s:
        season = lang.lookup("season", s["season"])
        if year is None and c.rule.params.get("anaphoric") and anchor.last is not None:
            year = anchor.last.year  # "the fall of that year": the story's year
        if year is None and shift is None and anchor.sentence_year is not None:
            year = anchor.sentence_year  # "Im Vorjahr hatte ein Frost im Frühjahr ..."
        if year is None and base is not None:
            if shift is not None and not c.rule.params.get("year_shift"):
                year = _season_year(base, season, shift)
            else:
                k = SEASON_ORDER[season]
                year = _choose_year(base, (k, 15), tense, lambda b: (b.month, b.day))
                if season == "WI" and base.month <= 2 and tense != "future":
                    year = base.year - 1
        return Normalized("DATE", ("%04d" % year if year else "XXXX") + "-" + season, mod)

    if month is not None:
        if year is None and base is not None:
            if shift is not None and not c.rule.params.get("year_shift"):
                # "letzten Januar": the last January before the DCT, "nächsten Januar" the next
                if shift < 0:
                    year = base.year if month < base.month else base.year - 1
                elif shift > 0:
                    year = base.year if month > base.month else base.year + 1
                else:
                    year = base.year
            elif anchor.sentence_year is not None and not (
                    # "im Mai 2010 Anklage erhoben, der Prozess begann Mitte Januar": an earlier
                    # month told in the past after a full date of an earlier year is a later year's
                    tense == "past" and anchor.sentence_month is not None and month < anchor.sentence_month
                    and anchor.dct is not None and anchor.sentence_year < anchor.dct.year) and not (
                    # "president since July 2009, said the campaign would begin on April 24"
                    tense == "future" and anchor.sentence_month is not None and anchor.dct is not None
                    and anchor.sentence_year < anchor.dct.year):
                # "filed in June 2009 and emerged in July": the sentence's own year
                year = anchor.sentence_year
            elif _narrative_year(anchor, month, day, tense) is not None:
                year = _narrative_year(anchor, month, day, tense)
            else:
                key = (month, day or 15)
                year = _choose_year(base, key, tense, lambda b: (b.month, b.day),
                                    future_slack=TENSE_SLACK_MONTHS if day is not None else MONTH_FUTURE_SLACK,
                                    back_months=lang.settings.get("untensed_back_months", UNTENSED_BACK_MONTHS))
        ys = "%04d" % year if year else "XXXX"
        if day is not None and c.rule.params.get("as_week") and year:
            return Normalized(rtype, week_value(date(year, month, day)), mod)
        if day is not None and c.rule.params.get("as_weekend") and year:  # "the weekend of 20-21 April"
            return Normalized(rtype, week_value(date(year, month, day)) + "-WE", mod)
        if nth is not None:
            if not year:
                return Normalized(rtype, "XXXX-%02d" % month, mod)
            d = nth_weekday(year, month, nth[1], nth[0])
            if d.month != month:
                return None  # "the fifth Monday of February 2023" names no day
            day = d.day
        if day is not None:
            value = "%s-%02d-%02d" % (ys, month, day)
            if c.rule.params.get("days") and year:  # "in der Nacht zum 19. August": the 18th's
                value = ymd(date(year, month, day) + timedelta(days=int(c.rule.params["days"])))
            pod = pod or c.rule.params.get("pod")
            if pod:
                return Normalized("TIME", value + "T" + pod, mod)
            return Normalized(rtype, value, mod)
        return Normalized(rtype, "%s-%02d" % (ys, month), mod)

    if day is not None and c.rule.params.get("month_from_dct"):
        # "on the 20th": the DCT's month, or the one before (after) when the day told in
        # the past (future) would lie on the wrong side of the DCT
        if anchor.dct is None:
            return Normalized(rtype, "XXXX-XX-%02d" % day, mod)
        y, m = anchor.dct.year, anchor.dct.month
        if "weekday" in s:
            return Normalized(rtype, _month_of_weekday_day(anchor.dct, day, lang.lookup("weekday", s["weekday"]), tense), mod)
        if tense == "past" and day > anchor.dct.day:
            y, m = add_months(y, m, -1)
        elif tense == "future" and day < anchor.dct.day:
            y, m = add_months(y, m, 1)
        return Normalized(rtype, ymd(date(y, m, day)), mod)
    if year is not None:
        return Normalized(rtype, ("FY%04d" if c.rule.params.get("fiscal") else "%04d") % year, mod)
    return None


def _month_of_weekday_day(dct: date, day: int, weekday: int, tense: str | None) -> str:
    """ "Friday the 13th": the nearest month around the DCT whose ``day`` falls on that
    weekday (ISO number), before the DCT told in the past, after it in the future."""
    sides = (-1,) if tense == "past" else (1,) if tense == "future" else (-1, 1)
    for k in range(0, 13):
        for side in sides:
            y, m = add_months(dct.year, dct.month, side * k)
            if day > calendar.monthrange(y, m)[1]:
                continue
            d = date(y, m, day)
            if d.isoweekday() == weekday and (d - dct).days * side >= 0:
                return ymd(d)
    return "XXXX-XX-%02d" % day


def _narrative_year(anchor: Anchor, month: int, day: int | None, tense: str | None) -> int | None:
    """The year of a day told in the past right after a full date (or a month or season)
    of an earlier year: "the army moved on November 15, 2017 ... his resignation on
    November 21" is 2017's 21 November, "Im Herbst 1989 ... Am 9. Oktober" 1989's (the
    story has gone back in time), when it falls later that same year; a month only when it
    is a later month ("In March 1943 ... By September").""" 
    last = anchor.last
    if tense != "past" or last is None or anchor.last_granularity not in NARRATIVE_GRANULARITIES \
            or anchor.dct is None or last.year >= anchor.dct.year:
        return None
    if day is None:  # "In March 1943 ... By September his team had": a later month, right after
        near = anchor.sentence - anchor.last_sentence <= 1 and anchor.last_granularity in ("day", "month")
        return last.year if month > last.month and near else None
    return last.year if (month, day) > (last.month, last.day) else None


def weekday_date(name: str, shift, tense: str | None, anchor: Anchor, lang: Language,
                 shift_is_anaphoric: bool = False) -> date | None:
    """The date a weekday named without a date means: the nearest such day before or after
    the DCT, as its shift word ("last", "nächsten") or the tense says."""
    wd = lang.lookup("weekday", name) or lang.lookup("weekday_abbr", name)
    ref = anchor.base()
    if shift is not None and anchor.reference is not None and isinstance(shift, int) and shift_is_anaphoric:
        # "the following Sunday", "am Sonntag darauf": counted from the story's day
        ref = anchor.reference
    if ref is None or wd is None:
        return None
    back = (ref.isoweekday() - wd) % 7
    fwd = (wd - ref.isoweekday()) % 7
    same_day_ok = lang.settings.get("same_weekday_is_today")
    told = anchor.sentence_weekday_day
    if shift is None and told is not None and told.isoweekday() == wd:
        # the sentence has named that very day: "on Monday, March 2, and by Monday evening"
        return told
    if shift is not None and shift < 0:  # "vorletzten Sonntag" (-2) is a week before "letzten"
        return ref - timedelta(days=(back or 7) + 7 * (-shift - 1))
    if shift is not None and shift > 0:
        return ref + timedelta(days=(fwd or 7) + 7 * (shift - 1))
    if shift == 0 and tense == "past":
        # "This Wednesday the minister stressed ...": this week's, already gone
        return ref - timedelta(days=back)
    if shift == 0 or tense == "future":
        return ref + timedelta(days=fwd)
    if tense == "past" or (back == 0 and not same_day_ok):
        # German news says "heute", not "am Montag", for the day of publication
        return ref - timedelta(days=back or (0 if same_day_ok else 7))
    # untensed: news mostly reports what happened, so the past day wins unless the next one
    # is nearer by more than the language's bias: English news tells the past without a
    # verb near ("On Thursday, <a long apposition>, held a rally" on a Monday); German
    # uses the present for what is coming ("Am Samstag feiert die Republik" on a Wednesday)
    bias = lang.settings.get("untensed_weekday_past_bias", 1)
    return ref - timedelta(days=back) if back <= fwd + bias else ref + timedelta(days=fwd)


def _season_year(base: date, season: str, shift: int) -> int:
    k = SEASON_ORDER[season]
    cur = base.month
    if shift > 0:
        return base.year if k > cur else base.year + 1
    if shift < 0:
        return base.year if k + 2 < cur else base.year - 1
    return base.year


def _holiday(rule: str, year: int) -> date:
    if rule.startswith("easter"):
        off = int(rule[6:] or 0)
        return easter(year) + timedelta(days=off)
    m = re.match(r"^(\d\d)-(\d\d)$", rule)
    if m:
        return date(year, int(m.group(1)), int(m.group(2)))
    # "11-TH-4": 4th Thursday of November; "05-MO--1": last Monday of May;
    # "11-TH-4+1": the day after it (Black Friday)
    rule, _, after = rule.partition("+")
    month, wd, n = rule.split("-", 2)
    days = {"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}
    return nth_weekday(year, int(month), days[wd], int(n)) + timedelta(days=int(after or 0))


def _dayrel(c: Candidate, lang: Language, anchor: Anchor, tense: str | None) -> Normalized | None:
    s = c.slots
    off = c.rule.params.get("offset")
    for k in ("dayrel", "today", "dayrel_adj"):
        if k in s:
            off = lang.lookup(k, s[k])
            break
    if off is None:
        return None
    pod = lang.lookup("pod", s["pod"]) if "pod" in s else c.rule.params.get("pod")
    mod = lang.lookup("mod", s["mod"]) if "mod" in s else None
    if anchor.dct is None:
        value = "XXXX-XX-XX"
    else:
        value = ymd(anchor.dct + timedelta(days=int(off)))
    if pod:
        return Normalized("TIME", value + "T" + pod, mod)
    return Normalized(c.rule.params.get("type", "DATE"), value, mod)


def shift_value(base: date, unit: str, n: int) -> str | None:
    """The calendar unit containing ``base`` moved by n units, at that unit's granularity."""
    if unit == "D":
        return ymd(base + timedelta(days=n))
    if unit == "W":
        return week_value(base + timedelta(weeks=n))
    if unit == "WE":
        if n > 0 and base.isoweekday() <= 5:
            n -= 1  # "das kommende Wochenende" told on a Monday is that week's
        return week_value(base + timedelta(weeks=n)) + "-WE"
    if unit == "M":
        y, m = add_months(base.year, base.month, n)
        return "%04d-%02d" % (y, m)
    if unit == "Q":
        y, m = add_months(base.year, base.month, 3 * n)
        return "%04d-Q%d" % (y, (m - 1) // 3 + 1)
    if unit == "H":
        y, m = add_months(base.year, base.month, 6 * n)
        return "%04d-H%d" % (y, 1 if m <= 6 else 2)
    if unit == "Y":
        return "%04d" % (base.year + n)
    if unit == "DE":
        return "%03d" % (base.year // 10 + n)
    if unit == "CE":
        return "%02d" % (base.year // 100 + n)
    return None


def _reported_quarter_day(dct: date) -> date:
    """A day of the quarter results told in the past are about: the one that closed up to
    FOCUS_LOOKBACK_DAYS before the DCT, and never one still under way ("profit fell in the
    latest quarter" on 4 March is about the fourth quarter)."""
    d = dct - timedelta(days=FOCUS_LOOKBACK_DAYS)
    first_month = 3 * ((d.month - 1) // 3) + 1
    if month_end(*add_months(d.year, first_month, 2)) >= dct:
        d = date(d.year, first_month, 1) - timedelta(days=1)
    return d


def _relative(c: Candidate, lang: Language, anchor: Anchor, tense: str | None) -> Normalized | None:
    s, p = c.slots, c.rule.params
    shift = lang.lookup("shift", s["shift"]) if "shift" in s else p.get("shift")
    unit = lang.lookup("unit", s["unit"]) if "unit" in s else p.get("unit")
    for group, code in (("vy", "Y"), ("vm", "M"), ("vw", "W"), ("edge_y", "Y"), ("edge_m", "M"),
                        ("edge_w", "W")):
        if group in s:
            unit = code
    mod = lang.lookup("mod", s["mod"]) if "mod" in s else None
    for group, code in (("edge_start", "START"), ("edge_mid", "MID"), ("edge_end", "END")):
        if group in s:
            mod = code
    if "year" in s and unit == "Y":  # "Jahresende 2015"
        return Normalized("DATE", s["year"], mod)
    if shift is None or unit is None or unit in ("TH", "TM", "TS", "MIL"):
        return None
    if p.get("next_from_month") and anchor.dct is not None and anchor.dct.month >= int(p["next_from_month"]):
        shift = 1  # "in the new year" told in December is the coming one
    if unit == "WE" and shift == 0 and anchor.dct is not None and not p.get("anaphoric"):
        # "am Wochenende", "an diesem Wochenende" in a Monday-Friday text: last weekend if
        # told in the past
        if tense == "past" and anchor.dct.isoweekday() <= 5 or tense is None and p.get("recent") \
                and anchor.dct.isoweekday() <= RECENT_WEEKEND_UNTIL_WEEKDAY:
            shift = -1
    if "focus_period" in s:
        # "in the third quarter from the year-earlier period": the story's period a year
        # back, else the last quarter or half it named, however far before
        period = anchor.last_period
        compared = _compared_period(anchor, -1, lang) or (
            shift_value(period[0], period[1], -PERIODS_PER_YEAR[period[1]]) if period else None)
        if compared is not None:
            return Normalized("DATE", compared, mod)
    if "focus_unit" in s and anchor.dct is not None:
        # "the same quarter last year": the quarter in focus, a year back
        u = lang.lookup("unit", s["focus_unit"])
        if u in ("Q", "M"):
            named = anchor.last_by_granularity.get(UNIT_GRANULARITY[u])
            if named is None:
                named = _reported_quarter_day(anchor.dct) if tense == "past" else anchor.dct
            years = int(s["year"]) - named.year if "year" in s else -1  # "of 2010", else "last year"
            return Normalized("DATE", shift_value(named, u, years * PERIODS_PER_YEAR[u]), mod)
    if p.get("focus") and anchor.dct is not None:
        # "profit for the quarter": the quarter the story last named, else the one just
        # reported (told in the past) or under way; "for the year" only takes a year
        # named as the DCT's or the one before (results), not one of the background
        named = anchor.last_by_granularity.get(UNIT_GRANULARITY.get(unit))
        if unit == "Y" and named is not None and not 0 <= anchor.dct.year - named.year <= 1:
            named = None
        if unit not in ("Q", "Y"):
            named = None
        if unit == "Q" and named is not None and tense == "past" \
                and date(*add_months(named.year, named.month, 1), 15) > anchor.dct:
            # told in the past, "the quarter" is at least half over: not the coming one just named
            named = None
        if named is not None:
            return Normalized("DATE", shift_value(named, unit, 0), mod)
        if tense == "past" and unit == "Q":
            return Normalized("DATE", shift_value(_reported_quarter_day(anchor.dct), unit, 0), mod)
        if tense == "past" and unit == "W" and anchor.past_reference is not None \
                and 0 <= (anchor.dct - anchor.past_reference).days <= 7:
            # "the Dow ended Friday down 3.2 percent for the week" in a Monday paper: Friday's week
            return Normalized("DATE", shift_value(anchor.past_reference, unit, 0), mod)
    # "the following year", "im darauffolgenden Jahr" count from the story's last date
    anaphoric = p.get("anaphoric") or ("shift" in s and lang.lookup("anaphoric_shift", s["shift"]))
    if anaphoric and "point" in s and unit == "Y":
        # "profit in the third quarter ... compared with $3 million a year earlier"
        compared = _compared_period(anchor, int(shift), lang)
        if compared is not None:
            return Normalized("DATE", compared, mod)
    base = anchor.narrative(unit) if anaphoric else anchor.dct
    period = anchor.last_period
    if anaphoric and period is not None and period[1] == unit and anchor.sentence - period[2] <= 1:
        # "GDP rose in the fourth quarter ... from the previous quarter": counted from the
        # quarter reported, not from a day named since
        base = period[0]
    if base is None:
        return Normalized("DATE", {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}.get(shift, "XXXX"), mod)
    value = shift_value(base, unit, int(shift))
    if value is None:
        return None
    if p.get("fiscal") and unit == "Y":
        value = "FY" + value
    return Normalized("DATE", value, mod)


def _anaphor(c: Candidate, lang: Language, anchor: Anchor, tense: str | None) -> Normalized | None:
    ref = anchor.reference or anchor.dct
    if tense == "past" and ref is not None and anchor.dct is not None and ref > anchor.dct \
            and anchor.past_reference is not None:
        # "die einen Tag zuvor ... gesagt hatte" after a deadline ahead ("bis zum 31. Oktober"):
        # told in the past, it counts from the story's last day that has been
        ref = anchor.past_reference
    if ref is None:
        return Normalized("DATE", "XXXX-XX-XX")
    return Normalized("DATE", ymd(ref + timedelta(days=int(c.rule.params.get("days", 0)))))


def _compared_period(anchor: Anchor, years: int, lang: Language) -> str | None:
    """The quarter, half or month the story reports, moved by ``years``: "a year earlier",
    "ein Jahr zuvor" after results for a period compare with that period; None when the
    story is not about one. A month counts only where the language's news compares
    months so (setting year_back_keeps_month: "Im Mai 2009 ... Ein Jahr zuvor" is 2008)."""
    if anchor.last is None:
        return None
    named = anchor.last_period  # (start, unit, sentence) of the last quarter or half
    if anchor.last_granularity in PERIOD_UNIT and (
            anchor.last_granularity != "month" or lang.settings.get("year_back_keeps_month", True)):
        period, unit = anchor.last, PERIOD_UNIT[anchor.last_granularity]
    elif named is not None and (
            # "in the quarter ended June 30, compared with $186 million a year earlier"
            shift_value(named[0], named[1], 0) == shift_value(anchor.last, named[1], 0)
            # "reported on Thursday first-quarter income of $212 million. It compares with
            # $180 million a year earlier": a period named just before
            or anchor.sentence - named[2] <= 1):
        period, unit = named[0], named[1]
    else:
        return None
    return shift_value(period, unit, years * PERIODS_PER_YEAR[unit])


def _offset(c: Candidate, lang: Language, anchor: Anchor, tense: str | None) -> Normalized | None:
    s, p = c.slots, c.rule.params
    n = number(s.get("num"), lang)
    unit = lang.lookup("units", s["units"]) if "units" in s else (
        lang.lookup("unit", s["unit"]) if "unit" in s else None)
    sign = int(p.get("sign", -1))
    if unit is None:
        return None
    base = anchor.dct if p.get("anchor", "dct") == "dct" else anchor.narrative(unit)
    if unit in ("TH", "TM", "TS") and p.get("anchor", "dct") != "dct" and anchor.last_clock is not None \
            and isinstance(n, (int, float)) and not isinstance(n, bool):
        # "Am Montag gegen 3.20 Uhr ... zehn Minuten später": counted from that clock time
        moved = anchor.last_clock + sign * timedelta(**{{"TH": "hours", "TM": "minutes", "TS": "seconds"}[unit]: n})
        return Normalized("TIME", moved.strftime("%Y-%m-%dT%H:%M" + (":%S" if unit == "TS" else "")))
    if unit in ("TH", "TM", "TS"):
        # "drei Minuten später": a clock time we cannot know (It-TimeML writes it so); "five
        # hours ago" is at least on the day of publication, as far as the date tells
        dct_anchored = p.get("anchor", "dct") == "dct" and base is not None
        same_day = unit != "TH" or (isinstance(n, int) and n < HOURS_SAME_DAY)
        return Normalized("TIME", (ymd(base) if dct_anchored and same_day else "XXXX-XX-XX") + "TXX:XX")
    if n is None or n == "X" or not isinstance(n, int) or base is None:
        return Normalized("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit == "Y" and sign < 0 and p.get("anchor", "dct") != "dct" and isinstance(n, int):
        # "im vierten Quartal ... ein Jahr zuvor": that quarter a year back
        compared = _compared_period(anchor, -n, lang)
        if compared is not None:
            return Normalized("DATE", compared)
    coarse = anchor.coarse_narrative(unit) if p.get("anchor", "dct") != "dct" else None
    if coarse is not None and unit in ("D", "W", "M"):
        start, gran = coarse
        if unit == "M":
            y, m = add_months(start.year, start.month, sign * n)
            moved = date(y, m, 1)
        else:
            moved = start + timedelta(days=sign * n * (7 if unit == "W" else 1))
        return Normalized("DATE", "%04d-%02d" % (moved.year, moved.month) if gran == "month"
                          else "%04d" % moved.year)
    value = shift_value(base, unit, sign * n)
    return Normalized("DATE", value) if value else None


def _duration(c: Candidate, lang: Language, anchor: Anchor, tense: str | None) -> Normalized | None:
    s, p = c.slots, c.rule.params
    if "value" in p:
        return Normalized("DURATION", p["value"])
    if p.get("hours_minutes"):  # "four hours and 48 minutes"
        h, m = number(s.get("num"), lang), number(s.get("num_minutes"), lang)
        if not isinstance(h, int) or not isinstance(m, int) or not 0 < m < 60:
            return None
        return Normalized("DURATION", "PT%dH%dM" % (h, m))
    unit = None
    for k in ("units", "unit", "unit_adj"):
        if k in s:
            unit = lang.lookup(k, s[k])
            break
    if unit is None and "duration_word" in s:
        return Normalized("DURATION", lang.lookup("duration_word", s["duration_word"]))
    if unit is None or unit not in UNIT_PERIOD:
        return None
    n = number(s.get("num"), lang) if "num" in s else ("X" if "units" in s or "unit" not in s else 1)
    if n is None:
        return None
    if p.get("plus_half") and isinstance(n, (int, float)):
        n = n + 0.5  # "two and a half years", "1 1/2 years", "a year and a half"
    if p.get("half"):
        if unit == "Y":
            n, unit = 6, "M"
        elif unit == "TH":
            n, unit = 30, "TM"
        elif unit == "D":
            n, unit = 12, "TH"
        elif unit in ("DE", "CE"):  # "ein halbes Jahrhundert" is P50Y
            n, unit = (5 if unit == "DE" else 50), "Y"
        else:
            n = 0.5
    approx = lang.lookup("approx", s["approx"]) if "approx" in s else None
    if unit in ("DE", "CE") and lang.settings.get("decades_in_years"):
        # TempEval-3 English writes "the past decade" as P10Y, KRAUTS German as P1DE;
        # vague "for decades" then stays in years too (PXY)
        n, unit = (n if n == "X" else n * (10 if unit == "DE" else 100)), "Y"
    if unit == "TH" and isinstance(n, float) and not n.is_integer():
        unit, n = "TM", round(n * 60)  # "half an hour" is PT30M, "an hour and a half" PT90M
    unit, n = in_months(unit, n)
    prefix, suffix = UNIT_PERIOD[unit]
    return Normalized("DURATION", "%s%s%s" % (prefix, "X" if n == "X" else fmt_number(n), suffix), approx)


def in_months(unit: str, n):
    """TimeML has no unit for quarters and halves: "the next two quarters" is P6M."""
    if unit in MONTHS_PER_UNIT:
        return "M", ("X" if n == "X" else n * MONTHS_PER_UNIT[unit])
    return unit, n


def _set(c: Candidate, lang: Language, anchor: Anchor, tense: str | None) -> Normalized | None:
    s, p = c.slots, c.rule.params
    if "value" in p:
        return Normalized("SET", p["value"])
    if "set_word" in s:
        return Normalized("SET", lang.lookup("set_word", s["set_word"]))
    if "season" in s:  # "each summer"
        return Normalized("SET", "XXXX-" + lang.lookup("season", s["season"]))
    if "month" in s:  # "each September"
        return Normalized("SET", "XXXX-%02d" % lang.lookup("month", s["month"]))
    if "pod" in s and "weekday" not in s:  # "every morning"
        return Normalized("SET", "XXXX-XX-XXT" + str(lang.lookup("pod", s["pod"])))
    if "weekday" in s:
        wd = lang.lookup("weekday", s["weekday"])
        pod = lang.lookup("pod_suffix", s["pod_suffix"]) if "pod_suffix" in s else None
        return Normalized("SET", "XXXX-WXX-%d" % wd + ("T" + pod if pod else ""))
    unit = lang.lookup("unit", s["unit"]) if "unit" in s else (
        lang.lookup("units", s["units"]) if "units" in s else None)
    if unit == "WE" and "num" not in s:  # "every weekend", "jedes Wochenende": like "every Friday"
        return Normalized("SET", "XXXX-WXX-WE")
    if unit in UNIT_PERIOD:
        n = number(s.get("num"), lang) or p.get("count") or 1
        if n == "X":
            n = 1
        unit, n = in_months(unit, n)
        prefix, suffix = UNIT_PERIOD[unit]
        return Normalized("SET", "%s%s%s" % (prefix, fmt_number(n), suffix))
    return None


def _time(c: Candidate, lang: Language, anchor: Anchor, tense: str | None) -> Normalized | None:
    s = c.slots
    if "hour_word" in s:  # "um elf Uhr"
        n = lang.lookup("number", s["hour_word"])
        if not isinstance(n, int):
            return None
        s = dict(s, hour=str(n))
    if "noon" in s or "midnight" in s:
        s = dict(s, hour="12" if "noon" in s else str(lang.settings.get("midnight_hour", 0)), minute="00")
    try:
        hour = int(s["hour"])
        minute = int(s.get("minute") or 0)
    except (KeyError, ValueError):
        return None
    if hour > 24 or minute > 59:
        return None
    if c.rule.params.get("minute_offset"):  # "half past ten", "um halb acht" (7:30)
        hour, minute = divmod((hour * 60 + minute + int(c.rule.params["minute_offset"])) % (24 * 60), 60)
    ampm = s.get("ampm")
    if ampm:
        a = ampm.lower().replace(".", "").replace(" ", "")
        if a.startswith("p") and hour < 12:
            hour += 12
        elif a.startswith("a") and hour == 12:
            hour = 0
    pod = lang.lookup("pod", s["pod"]) if "pod" in s else None
    if pod in ("AF", "EV", "NI") and hour < 12 and not (pod == "NI" and hour < 5):
        hour += 12
    # a clock time belongs to the weekday it names ("2:30 p.m. EST Tuesday"), else to the
    # day named in its own sentence, else, where the language's news tells stories so
    # (setting clock_takes_story_day), to the day the story last told of when that is
    # one of the days around publication ("Yesterday, drones hit ... The attacks occurred
    # at 4 a.m."), else to the DCT. German local papers list times of the day's events
    # after other dates ("heute ab 15 Uhr"): there the DCT is right.
    day = anchor.sentence_day
    if day is None:
        ref = anchor.reference if lang.settings.get("clock_takes_story_day") else None
        near = ref is not None and (anchor.dct is None or abs((ref - anchor.dct).days) <= CLOCK_NARRATIVE_DAYS)
        # a day far off ("its worst fall since the crash of October 19, 1987") is a comparison:
        # the story's last day near publication still holds
        day = ref if near else (anchor.near_reference if ref is not None and anchor.near_reference else anchor.dct)
        if tense == "past" and day is not None and anchor.dct is not None and day > anchor.dct:
            # told in the past, not the coming day the story just named ("were in force at
            # 14:00"): the day of publication, whose events news tells in the past
            day = anchor.dct
        elif tense == "future" and day is not None and anchor.dct is not None and day < anchor.dct:
            # told in the future, not a past day the story told of ("We'll have the latest
            # advisory at 11 p.m.")
            day = anchor.dct
    if "month" in s and "day" in s:  # "3 p.m. on June 5": the date's own reading
        named = _date(c, lang, anchor, tense)
        if named is not None and FULL_DAY_RE.match(named.value):
            day = date.fromisoformat(named.value[:10])
    elif "weekday" in s:
        day = weekday_date(s["weekday"], None, tense, anchor, lang) or day
    elif "dayrel" in s and anchor.dct is not None:  # "noon today", "10 a.m. tomorrow"
        off = lang.lookup("dayrel", s["dayrel"])
        day = anchor.dct + timedelta(days=int(off)) if isinstance(off, int) else day
    prefix = ymd(day) if day else "XXXX-XX-XX"
    if hour == 24 and "midnight" not in s and lang.settings.get("midnight_hour", 0) != 24:
        hour = 0  # "24 Uhr" is the day's end where the language writes midnight T24:00, else 00:00
    second = ":" + s["second"] if s.get("second") else ""
    return Normalized("TIME", "%sT%02d:%02d%s" % (prefix, hour, minute, second))


def _time_anaphor(c: Candidate, lang: Language, anchor: Anchor, tense: str | None) -> Normalized | None:
    s = c.slots
    pod = lang.lookup("pod", s["pod"]) if "pod" in s else c.rule.params.get("pod", "NI")
    day = anchor.reference or anchor.dct
    if c.rule.params.get("near") and day is not None and anchor.dct is not None \
            and abs((day - anchor.dct).days) > CLOCK_NARRATIVE_DAYS:
        # "in morning trading" after "the three months that ended Feb. 2": the story's day
        # near publication, not a far date the story named
        day = anchor.near_reference or anchor.dct
    if tense == "past" and day is not None and anchor.dct is not None and day > anchor.dct \
            and not c.rule.params.get("days"):
        # "Die Aktie legte am Nachmittag zu" after a coming date: not that day's afternoon
        day = anchor.past_reference or anchor.dct
    if day is not None:  # "the next morning": the day after the story's last date
        day = day + timedelta(days=int(c.rule.params.get("days", 0)))
    return Normalized("TIME", (ymd(day) if day else "XXXX-XX-XX") + "T" + str(pod))


def _decade(c: Candidate, lang: Language, anchor: Anchor, tense: str | None) -> Normalized | None:
    s = c.slots
    mod = lang.lookup("mod", s["mod"]) if "mod" in s else None
    if mod is None and ("early" in s or "late" in s):  # "in den frühen Neunzigern"
        mod = "START" if "early" in s else "END"
    if "year" in s:
        y = int(s["year"])
        if y % 10:
            return None
        if y % 100 == 0 and y < 2000:
            # "the 1800s" is the century; "the 2000s" mostly the decade
            return Normalized("DATE", "%02d" % (y // 100), mod)
        return Normalized("DATE", "%03d" % (y // 10), mod)
    d = s.get("decade_word")
    d = (int(d) if d.isdigit() else lang.lookup("decade_word", d)) if d else None
    if d is None:
        return None
    base = anchor.base()
    century = base.year // 100 if base else 19
    if base and century * 100 + int(d) * 10 > base.year:
        century -= 1
    return Normalized("DATE", "%02d%d" % (century, int(d)), mod)


def _century(c: Candidate, lang: Language, anchor: Anchor, tense: str | None) -> Normalized | None:
    s, p = c.slots, c.rule.params
    mod = lang.lookup("mod", s["mod"]) if "mod" in s else None
    if p.get("turn"):
        return _turn_of(c, lang, anchor)
    if "day" in s:
        return Normalized("DATE", "%02d" % (int(s["day"]) - 1), mod)
    if "ordinal" in s:
        n = lang.lookup("ordinal", s["ordinal"])
        if isinstance(n, int) and n > 0:
            return Normalized("DATE", "%02d" % (n - 1), mod)
        return None
    shift = lang.lookup("shift", s["shift"]) if "shift" in s else p.get("shift")
    base = anchor.base()
    if shift is None or base is None:
        return None
    return Normalized("DATE", "%02d" % (base.year // 100 + int(shift)))


def _turn_of(c: Candidate, lang: Language, anchor: Anchor) -> Normalized | None:
    """The year a turn of the century (or millennium) falls on: the named century's start
    ("the turn of the 20th century": 1900), else the turn nearest the year the story is
    in ("the turn of the century" told in 1898 is 1900, in 2012 2000)."""
    s = c.slots
    n = None
    if "day" in s:
        n = int(s["day"])
    elif "ordinal" in s:
        n = lang.lookup("ordinal", s["ordinal"])
    if isinstance(n, int) and n > 0:
        return Normalized("DATE", "%04d" % ((n - 1) * 100))
    year = anchor.year or (anchor.dct.year if anchor.dct else None)
    if year is None:
        return None
    step = 1000 if "millennium" in s else 100
    return Normalized("DATE", "%04d" % ((year + step // 2) // step * step))


def _ref(c: Candidate, lang: Language, anchor: Anchor, tense: str | None) -> Normalized | None:
    p = c.rule.params
    if "past_offset" in p and tense == "past" and anchor.dct is not None:
        # "Das Kabinett hat heute ... beschlossen": a finished act happened on a day, not
        # in the present at large
        return Normalized("DATE", ymd(anchor.dct + timedelta(days=int(p["past_offset"]))))
    if "value" in p:
        return Normalized(p.get("type", "DATE"), str(p["value"]))
    v = lang.lookup("ref", c.slots.get("ref", ""))
    return Normalized("DATE", v) if v else None


def _none(c: Candidate, lang: Language, anchor: Anchor, tense: str | None) -> Normalized | None:
    return None


NORMALIZERS = {
    "none": _none,
    "date": _date,
    "dayrel": _dayrel,
    "relative": _relative,
    "anaphor": _anaphor,
    "offset": _offset,
    "duration": _duration,
    "set": _set,
    "time": _time,
    "time_anaphor": _time_anaphor,
    "decade": _decade,
    "century": _century,
    "ref": _ref,
}


def normalize(c: Candidate, lang: Language, anchor: Anchor, tense: str | None) -> Normalized | None:
    """TimeML type/value/mod of one candidate, or None when it is not a usable timex."""
    fn = NORMALIZERS.get(c.rule.kind)
    if fn is None:
        raise ValueError(f"timex rule {c.rule.id!r} has unknown kind {c.rule.kind!r}")
    return fn(c, lang, anchor, tense)
