"""The actor graph's edges, from who took part in which event (pure, no Neo4j).

Neo4j matched every pair of participants of every event in range, for actors already
known to be in the graph; at a few thousand events that took it 0.3-0.8 s, where reading
the participations (one row per event) and pairing them here takes a tenth of that.

An edge points from an event's source to each of its other actors; two actors neither of
which is the source are one undirected edge, from the smaller id to the larger.

    >>> edges_of(["statement"], [[("slutsky", "source"), ("usa", "target")]])
    [ActorEdge(source='slutsky', target='usa', event_types=('statement',), weight=1, directed=True)]
"""
from __future__ import annotations

from typing import Iterable, Sequence

from explorer.records import ActorEdge


def edges_of(types: Sequence[str],
             participants: Iterable[Sequence[Sequence[str]]]) -> list[ActorEdge]:
    """Edges between the actors of each event: `types[i]` is event i's type and
    `participants[i]` its (actor id, role) pairs. Heaviest first, then by ids."""
    kinds: dict[tuple[str, str], set[str]] = {}
    weights: dict[tuple[str, str], int] = {}
    directed: dict[tuple[str, str], bool] = {}
    for type_, parts in zip(types, participants):
        pairs: dict[tuple[str, str], bool] = {}
        for a, role_a in parts:
            for b, role_b in parts:
                if a == b:
                    continue
                a_leads = role_a == "source" and role_b != "source"
                b_leads = role_b == "source" and role_a != "source"
                if a_leads or (not b_leads and a < b):
                    pairs[a, b] = pairs.get((a, b), False) or a_leads
        for pair, leads in pairs.items():  # each event counts once per pair
            kinds.setdefault(pair, set()).add(type_)
            weights[pair] = weights.get(pair, 0) + 1
            directed[pair] = directed.get(pair, False) or leads
    return [ActorEdge(source, target, tuple(sorted(kinds[source, target])), weight,
                      directed[source, target])
            for (source, target), weight in sorted(weights.items(),
                                                   key=lambda item: (-item[1], item[0]))]
