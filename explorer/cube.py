"""Event counts per date span, type and modality, for the timeline's counts per period.

Zooming a million-event timeline asks for counts per lane and period again and again;
Neo4j would read every event in the range each time. Instead one aggregate (a few
hundred thousand cells at most: days x types x modalities) is read once and cached
(explorer.cache), and each zoom adds up the cells in range with numpy, in milliseconds
(a pure-Python pass over the 287,000 cells of a million-event graph took 0.35 s).
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

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Iterable

import numpy as np

from explorer.records import TimelineBin

#: Events whose span is at most this long (a day, a week, a month) make most of a graph;
#: an event query looks back this far for them (explorer.queries).
SHORT_SPAN_DAYS = 31
#: date.toordinal() of 1970-01-01, numpy's day 0.
_EPOCH = 719_163


def _truncate(ordinals: np.ndarray, unit: str) -> np.ndarray:
    """The first day (as ordinals) of the `unit` period holding each day, like Cypher's
    `date.truncate(unit, d)`: weeks start on Monday."""
    if unit == "day":
        return ordinals
    if unit == "week":
        return ordinals - (ordinals - 1) % 7  # ordinal 1 (0001-01-01) is a Monday
    days = (ordinals - _EPOCH).astype("datetime64[D]")
    first = days.astype("datetime64[Y]" if unit == "year" else "datetime64[M]")
    return first.astype("datetime64[D]").astype(np.int64) + _EPOCH


def name_codes(values: Iterable[str], default: str) -> tuple[np.ndarray, tuple[str, ...]]:
    """Each value's code (empty values as `default`), and the names by code."""
    known: dict[str, int] = {}
    codes = np.array([known.setdefault(v or default, len(known)) for v in values],
                     dtype=np.int64)
    return codes, tuple(known)


@dataclass(eq=False)
class EventCube:
    """Dated events counted by (start, end, type, modality), as columns sorted by start
    (days as ordinals, type and modality as codes of their names); undated ones by type
    and modality."""

    starts: np.ndarray
    ends: np.ndarray
    types: np.ndarray
    modalities: np.ndarray
    counts: np.ndarray
    type_names: tuple[str, ...]
    modality_names: tuple[str, ...]
    undated: Counter

    def __post_init__(self) -> None:
        spans = self.ends - self.starts
        self._max_span = int(spans.max()) if len(spans) else 0

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
        undated = [{"type": t, "modality": m, "n": n}
                   for start, _, t, m, n in zip(starts, spans, types, modalities, counts)
                   if not start]
        return cls.from_ordinals(rows, undated)

    @classmethod
    def from_ordinals(cls, rows: Iterable[list], undated: Iterable[dict] = ()) -> "EventCube":
        """From rows [start ordinal, span in days, type, modality, n]."""
        rows = list(rows)
        starts = np.array([r[0] for r in rows], dtype=np.int64)
        ends = starts + np.array([r[1] for r in rows], dtype=np.int64)
        types, type_names = name_codes((r[2] for r in rows), "event")
        modalities, modality_names = name_codes((r[3] for r in rows), "asserted")
        counts = np.array([r[4] for r in rows], dtype=np.int64)
        order = np.argsort(starts, kind="stable")
        totals: Counter = Counter()
        for r in undated:
            totals[r["type"] or "event", r["modality"] or "asserted"] += r["n"]
        return cls(starts[order], ends[order], types[order], modalities[order],
                   counts[order], type_names, modality_names, totals)

    def matching(self, lo: date | None, hi: date | None, types: Iterable[str] | None,
                 modalities: Iterable[str] | None) -> np.ndarray:
        """Indexes of the cells whose span overlaps [lo, hi] and that pass the filter."""
        lo_o = lo.toordinal() if lo else 0
        hi_o = hi.toordinal() if hi else date.max.toordinal()
        first = int(np.searchsorted(self.starts, lo_o - self._max_span))
        last = int(np.searchsorted(self.starts, hi_o, side="right"))
        keep = self.ends[first:last] >= lo_o
        for names, known, codes in ((types, self.type_names, self.types),
                                    (modalities, self.modality_names, self.modalities)):
            if names:
                wanted = [known.index(n) for n in set(names) if n in known]
                keep &= np.isin(codes[first:last], wanted)
        return first + np.flatnonzero(keep)

    def count(self, lo: date | None = None, hi: date | None = None,
              types: Iterable[str] | None = None, modalities: Iterable[str] | None = None) -> int:
        """Dated events of these types and modalities whose span overlaps [lo, hi]."""
        return int(self.counts[self.matching(lo, hi, types, modalities)].sum())

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
        picked = self.matching(lo, hi, types, modalities)
        firsts = _truncate(self.starts[picked], unit)
        lanes = np.zeros(len(picked), dtype=np.int64) if lane else self.types[picked]
        width = max(1, len(self.type_names))  # one key per (period, type)
        keys, where = np.unique(firsts * width + lanes, return_inverse=True)
        totals = np.bincount(where, weights=self.counts[picked], minlength=len(keys))
        out = []
        for key, n in zip(keys.tolist(), totals.tolist()):
            start = date.fromordinal(key // width)
            out.append(TimelineBin(start, bin_end(start, unit),
                                   lane or self.type_names[key % width], int(n)))
        out.sort(key=lambda b: (b.bin_start, b.lane))
        return out

    def __len__(self) -> int:
        return len(self.starts)
