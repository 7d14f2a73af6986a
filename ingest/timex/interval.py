"""Calendar arithmetic for TimeML values: the inclusive date interval a value allows.

    >>> interval("2025-01", None)
    (datetime.date(2025, 1, 1), datetime.date(2025, 1, 31), 'month')
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

VALUE_RE = re.compile(
    r"^(?P<year>\d{4})"
    r"(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?"
    r"|W(?P<week>\d\d)(?P<weekend>-WE)?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])"
    r"|(?P<season>SP|SU|FA|WI)))?"
    r"(?P<time>T.*)?$"
)
DECADE_RE = re.compile(r"^(\d{3})$")
CENTURY_RE = re.compile(r"^(\d{2})$")

# Meteorological seasons; winter YYYY-WI runs from December of YYYY into the next year.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) ISO weekday (1 = Monday) of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = month_end(year, month)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-n - 1))


def week_start(year: int, week: int) -> date:
    """Monday of ISO week ``week``; raises ValueError when the year has no such week."""
    return date.fromisocalendar(year, week, 1)


def narrow(begin: date, end: date, mod: str | None) -> tuple[date, date]:
    """Thirds of the interval for START/MID/END ("Anfang des Monats" = days 1-10)."""
    if mod not in ("START", "MID", "END"):
        return begin, end
    days = (end - begin).days + 1
    third = max(1, days // 3)
    if mod == "START":
        return begin, begin + timedelta(days=third - 1)
    if mod == "END":
        return end - timedelta(days=third - 1), end
    mid_start = begin + timedelta(days=third)
    return mid_start, min(end, mid_start + timedelta(days=days - 2 * third - 1))


def interval(value: str, mod: str | None = None) -> tuple[date | None, date | None, str | None]:
    """(begin, end, granularity) of a TimeML value; (None, None, None) when it names no
    calendar interval (durations, sets, XXXX values, PAST_REF ...)."""
    try:
        return _interval(value, mod)
    except (ValueError, OverflowError):
        return None, None, None


def _interval(value: str, mod: str | None):
    m = VALUE_RE.match(value or "")
    if m is None:
        d = DECADE_RE.match(value or "")
        if d:
            y = int(d.group(1)) * 10
            return (*narrow(date(max(y, 1), 1, 1), date(y + 9, 12, 31), mod), "decade")
        c = CENTURY_RE.match(value or "")
        if c:
            y = int(c.group(1)) * 100
            return (*narrow(date(max(y, 1), 1, 1), date(y + 99, 12, 31), mod), "century")
        return None, None, None
    year = int(m.group("year"))
    if m.group("day"):
        d = date(year, int(m.group("month")), int(m.group("day")))
        return d, d, "time" if m.group("time") else "day"
    if m.group("month"):
        month = int(m.group("month"))
        begin, end, gran = date(year, month, 1), month_end(year, month), "month"
    elif m.group("week"):
        begin = week_start(year, int(m.group("week")))
        end, gran = begin + timedelta(days=6), "week"
        if m.group("weekend"):
            begin = begin + timedelta(days=5)
    elif m.group("quarter"):
        q = int(m.group("quarter"))
        begin, end, gran = date(year, 3 * q - 2, 1), month_end(year, 3 * q), "quarter"
    elif m.group("half"):
        h = int(m.group("half"))
        begin, end, gran = date(year, 6 * h - 5, 1), month_end(year, 6 * h), "half"
    elif m.group("season"):
        first, last = SEASON_MONTHS[m.group("season")]
        end_year = year + 1 if last < first else year
        begin, end, gran = date(year, first, 1), month_end(end_year, last), "season"
    else:
        begin, end, gran = date(year, 1, 1), date(year, 12, 31), "year"
    begin, end = narrow(begin, end, mod)
    return begin, end, gran
