"""Event counts per date span, type and modality, for the timeline's counts per period.

Zooming a million-event timeline asks for counts per lane and period again and again;
Neo4j would read every event in the range each time. Instead one aggregate (a few
hundred thousand cells at most: days x types x modalities) is read once and cached
(explorer.cache), and each zoom adds up the cells in range, in Python, in milliseconds.
Filters on actors or words still go to Neo4j: their counts are not in the cube.

    >>> cube = EventCube.from_rows([
    ...     {"start": date(2024, 11, 17), "end": date(2024, 11, 17), "type": "statement",
    ...      "modality": "asserted", "n": 2},
    ...     {"start": date(2025, 1, 1), "end": date(2025, 1, 31), "type": "take_office",
    ...      "modality": "planned", "n": 1}])
    >>> cube.count(date(2025, 1, 15), date(2025, 2, 1))
    1
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Iterator

from explorer.records import TimelineBin

#: Cells whose span is longer than this are kept apart, so that a range is found by one
#: bisection over the short ones plus a pass over the (few) long ones.
SHORT_SPAN_DAYS = 31


def _truncate(ordinal: int, unit: str) -> int:
    """The first day (as an ordinal) of the `unit` period holding the day, like Cypher's
    `date.truncate(unit, d)`: weeks start on Monday."""
    if unit == "day":
        return ordinal
    if unit == "week":
        return ordinal - (ordinal - 1) % 7  # ordinal 1 (0001-01-01) is a Monday
    day = date.fromordinal(ordinal)
    return date(day.year, 1 if unit == "year" else day.month, 1).toordinal()


@dataclass
class _Cells:
    """Parallel columns, sorted by start."""

    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    modalities: list[str] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)

    def add(self, start: int, end: int, type_: str, modality: str, n: int) -> None:
        self.starts.append(start)
        self.ends.append(end)
        self.types.append(type_)
        self.modalities.append(modality)
        self.counts.append(n)


@dataclass
class EventCube:
    """Dated events counted by (start, end, type, modality); undated ones by type, modality."""

    short: _Cells
    long: _Cells
    undated: Counter

    @classmethod
    def from_rows(cls, rows: Iterable[dict], undated: Iterable[dict] = ()) -> "EventCube":
        """From rows {start, end, type, modality, n} (dates) and undated {type, modality, n}."""
        return cls.from_ordinals(
            ([r["start"].toordinal(), ((r["end"] or r["start"]) - r["start"]).days,
              r["type"], r["modality"], r["n"]] for r in rows), undated)

    @classmethod
    def from_columns(cls, starts: list[int], spans: list[int], types: list[str],
                     modalities: list[str], counts: list[int]) -> "EventCube":
        """From parallel columns (queries.EVENT_CUBE): start 0 marks the undated counts.

        >>> EventCube.from_columns([739207, 0], [0, 0], ["statement", ""],
        ...                        ["asserted", "planned"], [2, 1]).count_undated()
        1
        """
        rows = [row for row in zip(starts, spans, types, modalities, counts) if row[0]]
        undated = Counter()
        for start, _, type_, modality, n in zip(starts, spans, types, modalities, counts):
            if not start:
                undated[type_ or "event", modality or "asserted"] += n
        return cls.from_ordinals(rows, [{"type": t, "modality": m, "n": n}
                                        for (t, m), n in undated.items()])

    @classmethod
    def from_ordinals(cls, rows: Iterable[list], undated: Iterable[dict] = ()) -> "EventCube":
        """From rows [start ordinal, span in days, type, modality, n]."""
        cells = sorted((start, start + span, type_ or "event", modality or "asserted", n)
                       for start, span, type_, modality, n in rows)
        short, long = _Cells(), _Cells()
        for cell in cells:
            (long if cell[1] - cell[0] > SHORT_SPAN_DAYS else short).add(*cell)
        return cls(short, long, Counter({(r["type"] or "event", r["modality"] or "asserted"): r["n"]
                                         for r in undated}))

    def _matching(self, lo: date | None, hi: date | None, types: Iterable[str] | None,
                  modalities: Iterable[str] | None) -> Iterator[tuple[_Cells, int]]:
        """(cells, index) of every cell whose span overlaps [lo, hi] and passes the filter."""
        lo_o = lo.toordinal() if lo else 0
        hi_o = hi.toordinal() if hi else date.max.toordinal()
        types = set(types) if types else None
        modalities = set(modalities) if modalities else None
        for cells, reach in ((self.short, SHORT_SPAN_DAYS), (self.long, None)):
            first = bisect_left(cells.starts, lo_o - reach) if reach is not None else 0
            last = bisect_right(cells.starts, hi_o)
            ends, ts, ms = cells.ends, cells.types, cells.modalities
            for i in range(first, last):
                if ends[i] >= lo_o and (types is None or ts[i] in types) \
                        and (modalities is None or ms[i] in modalities):
                    yield cells, i

    def count(self, lo: date | None = None, hi: date | None = None,
              types: Iterable[str] | None = None, modalities: Iterable[str] | None = None) -> int:
        """Dated events of these types and modalities whose span overlaps [lo, hi]."""
        return sum(cells.counts[i] for cells, i in self._matching(lo, hi, types, modalities))

    def count_undated(self, types: Iterable[str] | None = None,
                      modalities: Iterable[str] | None = None) -> int:
        types = set(types) if types else None
        modalities = set(modalities) if modalities else None
        return sum(n for (t, m), n in self.undated.items()
                   if (types is None or t in types) and (modalities is None or m in modalities))

    def bins(self, lo: date | None, hi: date | None, unit: str,
             types: Iterable[str] | None = None, modalities: Iterable[str] | None = None,
             bin_end=None, lane: str | None = None) -> list[TimelineBin]:
        """Events overlapping [lo, hi] counted per type and `unit` period of their start
        (or per period alone, all in the one `lane` given: an actor's cube)."""
        counts: Counter = Counter()
        truncated: dict[int, int] = {}
        for cells, i in self._matching(lo, hi, types, modalities):
            start = cells.starts[i]
            first = truncated.get(start)
            if first is None:
                first = truncated[start] = _truncate(start, unit)
            counts[first, lane or cells.types[i]] += cells.counts[i]
        out = []
        for (first, lane), n in sorted(counts.items()):
            start = date.fromordinal(first)
            out.append(TimelineBin(start, bin_end(start, unit), lane, n))
        return out

    def __len__(self) -> int:
        return len(self.short.starts) + len(self.long.starts)
