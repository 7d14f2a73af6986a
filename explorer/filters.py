"""The explorer's view state: filters, zoomed range and display choices, and its URL form.

Everything a reader can set lives in one `ViewState`, which round-trips through the page
URL's query string so that a view can be shared by copying the address:

    >>> s = ViewState(EventFilter(actors=("person:leonid-slutsky",), types=("statement",)))
    >>> s.to_query()
    '?actor=person%3Aleonid-slutsky&type=statement'
    >>> ViewState.from_query(s.to_query()) == s
    True
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from urllib.parse import parse_qs, urlencode

LANES = ("type", "actor")
#: A word of a search text: letters and digits only, so no Lucene syntax gets through.
WORD = re.compile(r"[^\W_]+")
COLOURS = ("modality", "type")


@dataclass(frozen=True)
class EventFilter:
    """Which events to read; `None`/empty means no restriction on that field."""

    actors: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    modalities: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    text: str | None = None

    def params(self) -> dict:
        """Cypher parameters for queries.py (dates stay `date`, the driver maps them)."""
        return {
            "actor_ids": list(self.actors) or None,
            "types": list(self.types) or None,
            "modalities": list(self.modalities) or None,
            "date_from": self.date_from,
            "date_to": self.date_to,
            "words": search_words(self.text),
            "text_query": word_query(self.text),
        }


@dataclass(frozen=True)
class ViewState:
    """Everything the reader has set: the filter panel, the timeline's zoom, lanes, colours."""

    filter: EventFilter = EventFilter()  # what the timeline shows (the zoom only moves it)
    view_from: date | None = None  # the timeline's zoomed range; filters the actor graph
    view_to: date | None = None
    lanes: str = "type"
    colour: str = "modality"

    @property
    def view(self) -> tuple[date, date] | None:
        """The zoomed range, or None when the timeline shows everything."""
        return (self.view_from, self.view_to) if self.view_from and self.view_to else None

    def in_view_filter(self) -> EventFilter:
        """The events inside the zoomed range too: what the actor graph shows."""
        lo = _later(self.filter.date_from, self.view_from)
        hi = _earlier(self.filter.date_to, self.view_to)
        return replace(self.filter, date_from=lo, date_to=hi)

    def cleared(self) -> "ViewState":
        """No filters and no zoom, but the reader's display choices kept."""
        return ViewState(lanes=self.lanes, colour=self.colour)

    def with_actor(self, actor_id: str) -> "ViewState":
        """The state after clicking an actor: only that actor's events (toggles off again)."""
        chosen = () if self.filter.actors == (actor_id,) else (actor_id,)
        return replace(self, filter=replace(self.filter, actors=chosen))

    def zoomed(self, view: tuple[date | None, date | None]) -> "ViewState":
        """The state showing `view` on the timeline ((None, None): everything)."""
        return replace(self, view_from=view[0], view_to=view[1])

    def to_query(self) -> str:
        """The URL query string ('' for the default view); only non-defaults are written."""
        f = self.filter
        pairs: list[tuple[str, str]] = []
        pairs += [("actor", a) for a in f.actors]
        pairs += [("type", t) for t in f.types]
        pairs += [("modality", m) for m in f.modalities]
        if f.date_from:
            pairs.append(("from", f.date_from.isoformat()))
        if f.date_to:
            pairs.append(("to", f.date_to.isoformat()))
        if f.text:
            pairs.append(("q", f.text))
        if self.view_from and self.view_to:
            pairs.append(("view", f"{self.view_from.isoformat()}..{self.view_to.isoformat()}"))
        if self.lanes != "type":
            pairs.append(("lanes", self.lanes))
        if self.colour != "modality":
            pairs.append(("colour", self.colour))
        return "?" + urlencode(pairs) if pairs else ""

    @classmethod
    def from_query(cls, search: str | None) -> "ViewState":
        """Read a state from a URL query string; unreadable parts are ignored, not fatal."""
        q = parse_qs((search or "").lstrip("?"), keep_blank_values=False)
        view_from = view_to = None
        if q.get("view"):
            lo, _, hi = q["view"][-1].partition("..")
            view_from, view_to = parse_day(lo), parse_day(hi)
            if not (view_from and view_to and view_from <= view_to):
                view_from = view_to = None
        lanes = q.get("lanes", ["type"])[-1]
        colour = q.get("colour", ["modality"])[-1]
        return cls(
            filter=EventFilter(
                actors=tuple(q.get("actor", ())),
                types=tuple(q.get("type", ())),
                modalities=tuple(q.get("modality", ())),
                date_from=parse_day(q.get("from", [None])[-1]),
                date_to=parse_day(q.get("to", [None])[-1]),
                text=(q.get("q", [None])[-1] or None),
            ),
            view_from=view_from,
            view_to=view_to,
            lanes=lanes if lanes in LANES else "type",
            colour=colour if colour in COLOURS else "modality",
        )

    def to_store(self) -> dict:
        """JSON-safe form for a dcc.Store."""
        return {"search": self.to_query()}

    @classmethod
    def from_store(cls, data: dict | None) -> "ViewState":
        return cls.from_query((data or {}).get("search"))


def next_state(current: ViewState | None, moved: str, *, search: str | None = None,
               controls: ViewState | None = None, actor: str | None = None
               ) -> ViewState | None:
    """The state after one change on the page, or None when nothing changes.

    `moved` says what changed: "url" (page load, back/forward: `search`), "controls"
    (the filter panel and display choices: `controls`, whose zoom is ignored), "clear",
    "actor" (a click on an actor node: its id). A zoom is `ViewState.zoomed`, applied by
    the timeline's callback itself.

    >>> next_state(ViewState(), "actor", actor="country:USA").filter.actors
    ('country:USA',)
    """
    if moved == "url":
        new = ViewState.from_query(search)
    elif current is None:  # nothing read from the URL yet: nothing to change
        return None
    elif moved == "clear":
        new = current.cleared()
    elif moved == "actor" and actor:
        new = current.with_actor(actor)
    elif moved == "controls" and controls is not None:
        new = replace(controls, view_from=current.view_from, view_to=current.view_to)
    else:
        return None
    return None if new == current else new


def word_query(text: str | None) -> str | None:
    """The full-text (Lucene) query for a search box's text: every word, as the start of
    a word ("putin" finds "Putins"), all required; None when the text has no word.

    >>> word_query('State Duma: "Slutsky"')
    'state* AND duma* AND slutsky*'
    """
    words = search_words(text)
    return " AND ".join(f"{w}*" for w in words) if words else None


def search_words(text: str | None) -> list[str] | None:
    """The lower-case words of a search text, or None when it has none."""
    return WORD.findall((text or "").lower()) or None


def parse_day(value: str | None) -> date | None:
    """A date from 'YYYY-MM-DD' or Plotly's 'YYYY-MM-DD HH:MM:SS.fff'; None if unreadable."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip()[:10]
    try:
        return date.fromisoformat(text)
    except ValueError:
        try:
            return datetime.strptime(text[:7], "%Y-%m").date()
        except ValueError:
            return None


def zoom_from_relayout(relayout: dict | None) -> tuple[date | None, date | None] | None:
    """The x range a Plotly relayout event sets, `(None, None)` for 'zoomed out', or None.

    Plotly reports a box zoom as ``xaxis.range[0]``/``xaxis.range[1]``, a range-slider drag
    as ``xaxis.range``, and a double-click reset as ``xaxis.autorange``.
    """
    if not relayout:
        return None
    if relayout.get("xaxis.autorange"):
        return (None, None)
    lo = hi = None
    if "xaxis.range[0]" in relayout:
        lo, hi = relayout.get("xaxis.range[0]"), relayout.get("xaxis.range[1]")
    elif isinstance(relayout.get("xaxis.range"), (list, tuple)):
        lo, hi = relayout["xaxis.range"][:2]
    else:
        return None
    lo_day, hi_day = parse_day(lo), parse_day(hi)
    if lo_day is None or hi_day is None:
        return None
    return (min(lo_day, hi_day), max(lo_day, hi_day))


def _later(a: date | None, b: date | None) -> date | None:
    return max(a, b) if a and b else (a or b)


def _earlier(a: date | None, b: date | None) -> date | None:
    return min(a, b) if a and b else (a or b)
