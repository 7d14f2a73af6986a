"""Every event's dates, type and modality by Neo4j node id, for a search's many hits.

A word in a tenth of a million-event graph has over 100,000 full-text hits. Neo4j finds
them in about 50 ms, and their node ids come with them at about a microsecond each; but
reading each hit's dates, type and modality took Neo4j 0.8 s more (Community's runtime
reads each node's properties one by one). This table, read once in the background
(3-5 s and about 15 MB at a million events), answers those from memory: a search's
counts per period, and which of its hits lie in a range, for Neo4j to read by id.

    >>> table = EventTable.from_columns(ids=[0, 2, 3], starts=[739207, 739252, 0],
    ...     spans=[0, 30, 0], types=["statement", "take_office", "meet"],
    ...     modalities=["asserted", "planned", "asserted"])
    >>> hits = table.hits([2, 0, 2])
    >>> hits.cube().count(None, None), hits.first(date(2025, 1, 10), date(2025, 2, 1), 10)
    (2, [2])
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Iterable

import numpy as np

from explorer.cube import EventCube, name_codes

#: A table indexed by node id holds a slot for every id up to the largest: it is only
#: built when the ids are dense enough (Neo4j's record ids are, reusing freed ones).
MAX_SLOTS_PER_EVENT = 16
#: In `starts`: a node id that is no event of this table.
NO_EVENT = -1


@dataclass(frozen=True, eq=False)
class EventTable:
    """Columns indexed by node id: start day (an ordinal; 0 undated, NO_EVENT none),
    span in days, and codes of the type and modality names."""

    starts: np.ndarray
    spans: np.ndarray
    types: np.ndarray
    modalities: np.ndarray
    type_names: tuple[str, ...]
    modality_names: tuple[str, ...]

    @classmethod
    def from_columns(cls, ids: list[int], starts: list[int], spans: list[int],
                     types: list[str], modalities: list[str]) -> "EventTable | None":
        """From parallel columns (queries.EVENT_TABLE); None when the ids are too sparse."""
        nodes = np.asarray(ids, dtype=np.int64)
        size = int(nodes.max()) + 1 if len(nodes) else 0
        if size > MAX_SLOTS_PER_EVENT * len(nodes) + 65_536:
            return None
        table_starts = np.full(size, NO_EVENT, dtype=np.int32)
        table_spans = np.zeros(size, dtype=np.int32)
        table_types = np.zeros(size, dtype=np.uint16)
        table_modalities = np.zeros(size, dtype=np.uint16)
        table_starts[nodes] = starts
        table_spans[nodes] = spans
        type_codes, type_names = name_codes(types, "event")
        modality_codes, modality_names = name_codes(modalities, "asserted")
        table_types[nodes] = type_codes
        table_modalities[nodes] = modality_codes
        return cls(table_starts, table_spans, table_types, table_modalities, type_names,
                   modality_names)

    def hits(self, node_ids: list[int]) -> "SearchHits | None":
        """The events of these node ids (each once); None if one is not in the table (an
        event written since it was read)."""
        given = np.asarray(node_ids, dtype=np.int64)
        if len(given) and (given.min() < 0 or given.max() >= len(self.starts)):
            return None
        seen = np.zeros(len(self.starts), dtype=bool)
        seen[given] = True
        nodes = np.flatnonzero(seen)  # in id order, each once
        starts = self.starts[nodes]
        if (starts == NO_EVENT).any():
            return None
        undated = Counter(zip(self.types[nodes[starts == 0]].tolist(),
                              self.modalities[nodes[starts == 0]].tolist()))
        nodes, starts = nodes[starts > 0], starts[starts > 0]
        order = np.argsort(starts, kind="stable")  # ties stay in node id order
        nodes, starts = nodes[order], starts[order].astype(np.int64)
        cells = EventCube(
            starts, starts + self.spans[nodes], self.types[nodes].astype(np.int64),
            self.modalities[nodes].astype(np.int64), np.ones(len(nodes), dtype=np.int64),
            self.type_names, self.modality_names,
            Counter({(self.type_names[t], self.modality_names[m]): n
                     for (t, m), n in undated.items()}))
        return SearchHits(cells, nodes)


@dataclass(frozen=True, eq=False)
class SearchHits:
    """A search's (or actor filter's) events: a counts cube whose cells are its dated
    events one by one, in start order, and the node id of each cell."""

    cells: EventCube
    nodes: np.ndarray

    def cube(self) -> EventCube:
        """The hits counted by start, span, type and modality (as queries.SEARCH_CUBE)."""
        return self.cells

    def first(self, lo: date | None, hi: date | None, n: int, types: Iterable[str] | None = None,
              modalities: Iterable[str] | None = None) -> list[int]:
        """Node ids of the earliest `n` hits in range, and of any others starting the day
        the nth does (Neo4j then orders ties by event id, as without this table)."""
        picked = self.cells.matching(lo, hi, types, modalities)
        starts = self.cells.starts
        if len(picked) > n:
            last_start = starts[picked[n - 1]] if n else starts[picked[0]] - 1
            picked = picked[starts[picked] <= last_start]
        return self.nodes[picked].tolist()

    def latest(self, lo: date | None, hi: date | None, n: int,
               types: Iterable[str] | None = None,
               modalities: Iterable[str] | None = None) -> list[int]:
        """Node ids of the latest `n` hits in range (ties at the nth start cut anyhow, as
        Neo4j's `ORDER BY date_start DESC LIMIT n` does)."""
        picked = self.cells.matching(lo, hi, types, modalities)
        return self.nodes[picked[::-1][:n]].tolist()
