"""Events from sentences: trigger, type, participants and roles, date, modality.

Each sentence is cut into clauses (at commas, semicolons, brackets, quotes,
coordinating conjunctions and "dass"/"that"). A trigger word makes a candidate event in
its clause; a date expression belongs to the trigger of its own clause, else to a
trigger close by (the verb before a trailing date, after a leading one); a date that
opens the sentence also covers the verbs coordinated with the first ("In 1985 he was
fired and he founded NeXT"). Dates of ranges ("1925/26", "seit 2008 verdoppelt") date
nothing. A sentence yields one event per distinct date, or, when it names none, its
best undated event (a verb before a noun), which may take the narrative's reference
time. Participants are the actors of the trigger's clause and of the neighbouring
clauses that have no trigger of their own ("Trump, der im Januar ... sein Amt antreten
wird, ..." -> Trump); statements also take in the clause they report; a place after
"in" is the setting, not a participant. Modality comes from cue words in the trigger's
clause or sentence (data/<lang>.yaml), and a dated future act is planned.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date

from ingest.events.lexicon import MODALITY_STRENGTH, NOT_AN_EVENT, WORD, EventLexicon, Pattern, lexicon
from ingest.model import ActorMention, Document, Event, EventDate, Participant, Sentence, Timex

_CLAUSE_PUNCT = re.compile(r"[,;:()\[\]\"„“”«»–—]|\s-\s")
_ACTOR_PRIORITY = {"PERSON": 0, "ORGANIZATION": 1, "GOVERNMENT": 1, "GROUP": 1, "COUNTRY": 2, "LOCATION": 3, "PRODUCT": 4}
_MAX_ACTORS = 5
_NOT_AGENTS = frozenset({"LOCATION", "PRODUCT"})  # named in events, but rarely who acts
# How many sentences an undated past event may look back for the narrative reference time
# (the last day the news itself named; measured on the dev sets, a long reach helps entity
# timelines more than it costs on events whose gold date is null).
_REFERENCE_WINDOW = 100
_REFERENCE_SPAN_DAYS = 31
_DATE_REACH = 100  # characters between a date in a trigger-less clause and its trigger
_CALENDAR_VALUE = re.compile(r"^(\d{4}|XXXX)(-|$)")
# "1925/26", "2013/ 14": the first year of a span written with a slash names no date of
# its own (the guidelines leave ranges undated).
_SLASH_RANGE = re.compile(r"\s*/\s*\d")


@dataclass
class _Word:
    start: int  # document offsets
    end: int
    text: str  # lower-case
    clause: int


@dataclass
class _Trigger:
    first: int  # word indexes
    last: int
    pattern: Pattern
    clause: int
    strength: int = 2  # 2 verb, 1 noun or attribute, 0 weak type


def extract_events(
    doc: Document,
    sentences: list[Sentence] | tuple[Sentence, ...],
    timexes: list[Timex] | tuple[Timex, ...],
    mentions: list[ActorMention] | tuple[ActorMention, ...],
    *,
    reference_time: bool = True,
) -> list[Event]:
    """Events of one document, in text order.

    ``reference_time``: an undated, asserted, simple-past event after a sentence that
    named a day close to the publication date inherits that day (the narrative's
    reference time: "Die Polizei hat gestern ... entschärft. Die Büros wurden geräumt."),
    when it continues that sentence's actors (one of them, or a pronoun or actor-less
    subject): a reaction by someone new ("Obama said ...") is no part of that day's
    narrative, unless that day's event was an occasion (a meeting, talks) where others
    act; who acts in that time joins its actors. Off, such events stay undated. Future,
    reported, pluperfect and first-person sentences never inherit it, and the publication
    date itself is never used.
    """
    lex = lexicon(doc.lang or "en")
    quoted = _quoted_spans(doc.text)
    events: list[Event] = []
    # Until someone acts, an actor-less sentence is about the place of the dateline.
    home = next((m for m in mentions[:1] if m.start < 40 and m.actor.type in ("LOCATION", "COUNTRY")
                 and sentences and m.end <= sentences[0].end), None)
    last_source: Participant | None = Participant(home.actor, "source") if home else None
    last_person: Participant | None = None
    # date, sentence index, the actors who continue it (None: anyone)
    reference: tuple[EventDate, int, frozenset[str] | None] | None = None
    t_i = m_i = 0
    for s_index, sentence in enumerate(sentences):
        while t_i < len(timexes) and timexes[t_i].start < sentence.start:
            t_i += 1
        while m_i < len(mentions) and mentions[m_i].start < sentence.start:
            m_i += 1
        s_timexes = []
        k = t_i
        while k < len(timexes) and timexes[k].start < sentence.end:
            t = _as_day(timexes[k], lex)
            if _is_calendar(t) and not _SLASH_RANGE.match(doc.text, t.end):
                s_timexes.append(t)
            k += 1
        s_mentions = []
        k = m_i
        while k < len(mentions) and mentions[k].start < sentence.end:
            s_mentions.append(mentions[k])
            k += 1
        found = _sentence_events(doc, sentence, s_timexes, s_mentions, lex, last_source, last_person, reference,
                                 s_index, reference_time, quoted)
        events.extend(found)
        for e in found:
            source = next((p for p in e.participants if p.role == "source"), None)
            if source and source.start is not None:
                last_source = source
        for mention in s_mentions:
            if mention.actor.type == "PERSON":
                last_person = Participant(mention.actor, "source", mention.start, mention.end)
        # Only the news's own days move the reference time: a birth date in 1955 does not,
        # nor a dateline ("January 09 , 2008" alone on a line): that is the publication
        # date, which must not date events silently.
        day = [t for t in s_timexes if t.granularity == "day" and t.mod in (None, "")
               and (doc.published is None or t.begin is None
                    or abs((t.begin - doc.published).days) <= _REFERENCE_SPAN_DAYS)]
        dateline = len(day) == 1 and day[0].start <= sentence.start + 1 and day[0].end >= sentence.end - 1
        if day and not dateline:
            # At an occasion (a meeting, a session, talks) everyone who then speaks or acts
            # is part of it; after any other event only its own actors continue the narrative.
            occasion = any(lex.types.get(e.type, {}).get("occasion") for e in found)
            reference = (_event_date(day[-1]), s_index, None if occasion else frozenset(
                [m.actor.id for m in s_mentions] + [p.actor.id for e in found for p in e.participants]))
        elif reference and reference[2] is not None and any(e.date is reference[0] for e in found):
            # Who acts with them in the narrative's time joins them ("Airbus chief Louis Gallois
            # said ..." lets a later "Gallois added ..." take the day too).
            reference = (reference[0], reference[1], reference[2].union(
                p.actor.id for e in found if e.date is reference[0] for p in e.participants))
    return events


def _as_day(t: Timex, lex: EventLexicon) -> Timex:
    """"heute" tagged as the present (PRESENT_REF) still names a day for a timeline."""
    if t.value == "PRESENT_REF" and t.begin and t.begin == t.end_date and t.text.lower() in lex.today:
        return replace(t, value=t.begin.isoformat(), granularity="day")
    return t


def _is_calendar(t: Timex) -> bool:
    return t.type in ("DATE", "TIME") and bool(_CALENDAR_VALUE.match(t.value or ""))


def _words(sentence: Sentence, lex: EventLexicon, found: list[re.Match], lows: list[str]) -> list[_Word]:
    """The sentence's words (``found`` by WORD, lower-cased in ``lows``) with their clause."""
    text = sentence.text
    cuts = [m.start() for m in _CLAUSE_PUNCT.finditer(text)]
    n_cuts = len(cuts)
    complementizers, conjunctions = lex.complementizers, lex.clause_conjunctions
    offset = sentence.start
    out: list[_Word] = []
    clause = 0
    c = 0
    for m, low in zip(found, lows):
        start = m.start()
        while c < n_cuts and cuts[c] < start:
            clause += 1
            c += 1
        # "am 16. und 17. Jänner" is one date, not two clauses.
        # "Trink- und Löschwasserleitung" is one noun.
        if low in complementizers and out:
            clause += 1  # "announced that ..." : what is said is a clause of its own
        elif low in conjunctions and out and not out[-1].text.isdigit() and not text[m.end():].lstrip()[:1].isdigit() \
                and not text[:start].rstrip().endswith("-"):
            clause += 1
        out.append(_Word(offset + start, offset + m.end(), low, clause))
    return out


def _sentence_events(
    doc: Document,
    sentence: Sentence,
    timexes: list[Timex],
    mentions: list[ActorMention],
    lex: EventLexicon,
    last_source: Participant | None,
    last_person: Participant | None,
    reference: tuple[EventDate, int, frozenset[str] | None] | None,
    s_index: int,
    use_reference: bool,
    quoted: list[tuple[int, int]],
) -> list[Event]:
    found = list(WORD.finditer(sentence.text))
    lows = [m.group().lower() for m in found]
    hits = lex.triggers.find(lows)
    if not hits:
        return []  # most sentences: no clauses to cut
    words = _words(sentence, lex, found, lows)
    triggers = []
    for i, j, p in hits:
        if _inside_name(words[i], mentions):
            continue
        if _inside(words[i].start, quoted) and not any(_inside(t.start, quoted) for t in timexes):
            continue  # direct speech counts only where it dates something ("die Wahlen 2010")
        capital = i > 0 and doc.text[words[i].start].isupper()
        if capital and lex.capital_is_name:
            continue  # "Worldwide Developers Conference": a name, not an event
        if capital and lex.nouns_capitalised and p.parts[0].endswith("*") and not p.nominal:
            continue  # a verb stem inside a noun: "baute*" in "Bauteile"
        strength = 0 if p.label in lex.weak_types else (1 if p.nominal or capital else 2)
        triggers.append(_Trigger(i, j - 1, p, words[i].clause, strength))
    triggers = [t for t in _drop_overlaps(triggers) if t.pattern.label != NOT_AN_EVENT]
    if not triggers:
        return []
    if words[0].text in lex.first_person and not timexes:
        return []  # "I will continue as CEO": a quoted letter or speech, not the report
    # A date inside a quotation dates only what the quotation says.
    timexes = [t for t in timexes if not _inside(t.start, quoted)
               or any(_same_quote(t.start, words[tr.first].start, quoted) for tr in triggers)]
    owned = _assign_timexes(triggers, timexes, words, lex)
    # A date that opens the sentence, before any trigger, covers the verbs coordinated with
    # the first one ("One year later he was fired and he founded NeXT"): each is an event.
    first_start = words[triggers[0].first].start
    leading = sorted((t for tr in triggers for t in owned.get(id(tr), []) if t.end <= first_start),
                     key=lambda t: t.start)
    groups: dict[object, list[tuple[_Trigger, EventDate | None]]] = {}
    for trig in triggers:
        own = owned.get(id(trig), [])
        if own and lex.types.get(trig.pattern.label, {}).get("since_is_range"):
            # "seit 2008 verdoppelt": a change since a date spans a range, it happened at no date.
            own = [t for t in own if not _after_since(t, words, lex)]
        if not own and leading and _coordinated_verb(trig, words, lex):
            for when in _dates_of(trig, leading[:1], words, doc.text):
                groups.setdefault((when.value, trig.clause), []).append((trig, when))
            continue
        for when in _dates_of(trig, own, words, doc.text):
            groups.setdefault(when.value if when else None, []).append((trig, when))
    dated = [g for key, g in groups.items() if key is not None]
    chosen = [_best(g) for g in dated]
    if None in groups:
        chosen.extend(_reporting_and_best(groups[None], words, lex))
    out = []
    cues = None
    dated_found = False
    for trig, when in chosen:
        if when is None and dated_found:
            break  # the undated reading only when no dated event stands in the sentence
        participants, carried = _participants(trig, triggers, words, mentions, lex, last_source, last_person)
        if not participants:
            continue
        if cues is None:
            cues = _Cues.of(words, lex, doc.text)
        modality = _modality(trig, triggers, words, lex, cues)
        said = trig.pattern.label in lex.speech_types and modality == "reported"  # "TASS zufolge sagten ..."
        if when is None and use_reference and reference and (modality == "asserted" or said) \
                and s_index - reference[1] <= _REFERENCE_WINDOW and _past(trig, words, lex, doc.text) \
                and (reference[2] is None or carried or any(p.actor.id in reference[2] for p in participants)
                     or any(m.actor.id in reference[2] for m in mentions)) \
                and not (doc.published and reference[0].start and reference[0].start > doc.published):
            when = reference[0]
        if when is not None and when.start and doc.published and when.start > doc.published \
                and modality in ("asserted", "reported"):
            modality = "planned"
        out.append(_event(doc, sentence, trig, words, when, modality, participants, carried, lex))
        dated_found = dated_found or when is not None
    return out


_QUOTE = re.compile(r'["„“”«»]')


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of direct speech. Quoted words are what someone said, not events the text reports."""
    german = "„" in text
    opening = "„«" if german else "“«"
    closing = "“»" if german else "”»"
    spans = []
    start = None
    straight_open = None
    for m in _QUOTE.finditer(text):
        c, i = m.group(), m.start()
        if c == '"':
            if straight_open is None:
                straight_open = i
            else:
                spans.append((straight_open, i))
                straight_open = None
        elif c in opening and start is None:
            start = i
        elif c in closing and start is not None:
            spans.append((start, i))
            start = None
    return sorted(spans)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    k = bisect.bisect_right(spans, (pos, 10**12)) - 1
    return k >= 0 and spans[k][0] < pos < spans[k][1]


def _same_quote(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    k = bisect.bisect_right(spans, (a, 10**12)) - 1
    return k >= 0 and spans[k][0] < a < spans[k][1] and spans[k][0] < b < spans[k][1]


def _inside_name(word: _Word, mentions: list[ActorMention]) -> bool:
    """Trigger words inside an actor's name ("Army Tactical Missile System") are not triggers."""
    return any(m.start <= word.start and word.end <= m.end for m in mentions)


def _drop_overlaps(triggers: list[_Trigger]) -> list[_Trigger]:
    triggers.sort(key=lambda t: (-(t.last - t.first), t.first))
    used: set[int] = set()
    kept = []
    for t in triggers:
        span = set(range(t.first, t.last + 1))
        if span & used:
            continue
        used |= span
        kept.append(t)
    kept.sort(key=lambda t: t.first)
    return kept


def _assign_timexes(triggers: list[_Trigger], timexes: list[Timex], words: list[_Word],
                    lex: EventLexicon) -> dict[int, list[Timex]]:
    """Each date goes to the trigger of its own clause, else to a trigger close by; a date
    far from every trigger ("Während der Konflikt in seinen dritten Winter eintritt, ...")
    dates none."""
    owned: dict[int, list[Timex]] = {}
    for t in timexes:
        clause = next((w.clause for w in words if w.start >= t.start), words[-1].clause)
        same = [tr for tr in triggers if tr.clause == clause]
        opener = next((w.text for w in words if w.clause == clause), "")
        if not same and opener in lex.subordinators:
            continue  # "Während der Konflikt in seinen dritten Winter eintritt": that clause's own time
        pool = same or [tr for tr in triggers if _gap(t, words[tr.first]) <= _DATE_REACH]
        if not pool:
            continue
        # A trailing date belongs to the verb before it ("started Apple ... in 1976 , and
        # launched ..."), a leading one to the verb after it ("On August 24 , Jobs resigned").
        best = min(pool, key=lambda tr: (-tr.strength, tr.clause != clause and words[tr.first].start > t.start,
                                         abs(words[tr.first].start - t.start)))
        owned.setdefault(id(best), []).append(t)
    return owned


def _coordinated_verb(trig: _Trigger, words: list[_Word], lex: EventLexicon) -> bool:
    """A verb opening a clause coordinated with the one before ("... and launched the store",
    "... und eröffnete sie"), with at most a subject pronoun between ("and he founded")."""
    if trig.strength < 2:
        return False
    k = trig.first - 1
    while k >= 0 and words[k].clause == trig.clause and words[k].text in lex.subject_pronouns:
        k -= 1
    return k >= 0 and words[k].clause == trig.clause and words[k].text in lex.clause_conjunctions \
        and (k == 0 or words[k - 1].clause != trig.clause)


def _after_since(t: Timex, words: list[_Word], lex: EventLexicon) -> bool:
    """Whether the date opens with, or follows, a word for "since" ("seit 2008", "since May")."""
    first = t.text.split(maxsplit=1)[0].lower() if t.text.strip() else ""
    if first in lex.since:
        return True
    k = bisect.bisect_left([w.start for w in words], t.start)
    return k > 0 and words[k - 1].text in lex.since


def _gap(t: Timex, w: _Word) -> int:
    return w.start - t.end if w.start >= t.end else t.start - w.end


def _event_date(t: Timex) -> EventDate:
    value = t.value
    if "T" in value and value[:4].isdigit():
        value = value.split("T", 1)[0]  # the timeline is by day
        gran = "day"
    else:
        gran = t.granularity
    return EventDate(value, t.begin, t.end_date, gran, t.mod, t.start, t.end)


_COORDINATION = re.compile(r"^\s*(,|und|and|sowie|or|oder|bzw\.)?\s*$")


def _dates_of(trig: _Trigger, timexes: list[Timex], words: list[_Word], text: str) -> list[EventDate | None]:
    """The dates one trigger stands for: coordinated dates ("in March and June") each make
    an event; days of one month make the month; otherwise the first date (news names the
    event's own date before background dates: "filed in September 2003 ... the 1991 deal")."""
    if not timexes:
        return [None]
    timexes = sorted(timexes, key=lambda t: t.start)
    if len(timexes) > 1:
        combined = _combine(timexes)
        if combined.granularity == "month" and len(combined.value) == 7 and combined.value != timexes[0].value:
            return [combined]
        coordinated = all(_COORDINATION.match(text[a.end:b.start]) for a, b in zip(timexes, timexes[1:]))
        if coordinated and len({t.value for t in timexes}) == len(timexes):
            return [_event_date(t) for t in timexes]
    return [_event_date(timexes[0])]


def _combine(timexes: list[Timex]) -> EventDate:
    """Several days of one month for one event give the month ("am 16. und 23. Jänner")."""
    if len(timexes) > 1:
        values = {t.value[:10] for t in timexes}
        months = {v[:7] for v in values}
        if len(values) > 1 and len(months) == 1 and all(t.granularity == "day" for t in timexes):
            first, last = timexes[0], timexes[-1]
            month = next(iter(months))
            begin = date(int(month[:4]), int(month[5:7]), 1) if month[:4].isdigit() else None
            end = _month_end(begin) if begin else None
            return EventDate(month, begin, end, "month", None, first.start, last.end)
    return _event_date(timexes[0])


def _month_end(d: date) -> date:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def _reporting_and_best(group: list[tuple[_Trigger, EventDate | None]], words: list[_Word],
                        lex: EventLexicon) -> list[tuple[_Trigger, EventDate | None]]:
    """An undated sentence that reports ("Jobs announced that X would ship") holds two
    events: the act of saying, which happened in the narrative's time, and what was said."""
    best = _best(group)
    if best[0].pattern.label in lex.speech_types:
        return [best]
    for trig, when in group:
        if trig.pattern.label in lex.speech_types and trig.last < best[0].first:
            if any(w.text in lex.complementizers for w in words[trig.last + 1 : best[0].first]):
                return [(trig, when), best]
            if best[0].strength < 2:
                return [(trig, when)]  # "Tusk betonte, er sei schockiert über die Angriffe": a statement
    return [best]


def _best(group: list[tuple[_Trigger, EventDate | None]]) -> tuple[_Trigger, EventDate | None]:
    top = max(g[0].strength for g in group)
    return next(g for g in group if g[0].strength == top)


def _participants(
    trig: _Trigger,
    triggers: list[_Trigger],
    words: list[_Word],
    mentions: list[ActorMention],
    lex: EventLexicon,
    last_source: Participant | None,
    last_person: Participant | None,
) -> tuple[tuple[Participant, ...], bool]:
    """Actors of the trigger's clause and of trigger-less neighbouring clauses, with roles."""
    trigger_clauses = {t.clause for t in triggers}
    lo = hi = trig.clause
    while lo - 1 >= words[0].clause and lo - 1 not in trigger_clauses:
        lo -= 1
    # What was said takes in who said it: "Jobs said that his company sold 13.7 million Macs".
    opener = next((w.text for w in words if w.clause == lo), "")
    speaker_clauses: range = range(0)
    if opener in lex.complementizers and any(t.clause == lo - 1 and t.pattern.label in lex.speech_types
                                             for t in triggers):
        content_start = lo
        lo -= 1
        while lo - 1 >= words[0].clause and lo - 1 not in trigger_clauses:
            lo -= 1
        speaker_clauses = range(lo, content_start)
    last_clause = words[-1].clause
    reach_over = 1 if trig.pattern.label in lex.speech_types else 0
    while hi + 1 <= last_clause:
        if hi + 1 in trigger_clauses:
            if reach_over == 0:
                break
            reach_over -= 1
        hi += 1

    def clause_of(m: ActorMention) -> int:
        for w in words:
            if w.end > m.start:
                return w.clause
        return last_clause

    picked = [m for m in mentions if lo <= clause_of(m) <= hi]
    # A place after "in"/"at" is where the event happened, not who took part in it ("born in
    # San Francisco"), as long as someone else takes part.
    setting = [m for m in picked if m.actor.type == "LOCATION" and _after_locative(m, words, lex)]
    if setting and len(setting) < len(picked):
        picked = [m for m in picked if m not in setting]
    trigger_start = words[trig.first].start
    seen: set[str] = set()
    unique = []
    for m in picked:
        if m.actor.id not in seen:
            seen.add(m.actor.id)
            unique.append(m)
    before = [m for m in unique if m.start < trigger_start]
    after = [m for m in unique if m.start >= trigger_start]
    # A pronoun subject ("Er hat die Biden-Regierung kritisiert") or a possessive before
    # the trigger ("Sein Wahlsieg") continues the person last named.
    pronoun_at = next((w.start for w in words[:trig.first]
                       if (w.text in lex.subject_pronouns and (w is words[0] or w.clause == trig.clause))
                       or (w.text in lex.possessives and trig.first - words.index(w) <= 2)), None)
    pronoun = pronoun_at is not None
    if pronoun and last_person is not None:
        before = [m for m in before if m.start < pronoun_at]
    # Who reports is no agent of what is reported ("Bloomberg zufolge", "according to TASS").
    reporters = {id(m) for m in unique if _is_reporter(m, words, lex) or clause_of(m) in speaker_clauses}
    before = [m for m in before if id(m) not in reporters]
    after = [m for m in after if id(m) not in reporters]
    # Who acts, in order of evidence: an actor before the trigger (the subject), a person
    # right after it (German inversion: "antwortete der Vorsitzende ..., Slutsky"), the
    # actor opening the sentence, the person a pronoun continues, the previous source.
    source = _pick_source(before, agents_only=True)
    if trig.first > 0 and words[trig.first - 1].text in lex.clause_conjunctions and _coordinated_verb(trig, words, lex):
        # "X was started by A and B in 1976, and launched ...": a verb without a subject of
        # its own shares the sentence's subject, the actor that opens it.
        opening = [m for m in mentions if m.start < trigger_start and m.actor.type not in _NOT_AGENTS
                   and id(m) not in reporters]
        if opening:
            source = opening[0]
            if source.actor.id not in seen:
                seen.add(source.actor.id)
                unique.insert(0, source)
    if source is None and not (pronoun and last_person is not None):
        source = _pick_source([m for m in after if m.actor.type == "PERSON"])
    if source is None and not pronoun:
        opening = [m for m in mentions if m.start < trigger_start and m.start < words[0].start + 40
                   and m.actor.type not in _NOT_AGENTS and id(m) not in reporters]
        if opening:
            source = opening[0]
            if source.actor.id not in seen:
                seen.add(source.actor.id)
                unique.insert(0, source)
    if source is None and pronoun:
        # "Jobs was fired and he founded NeXT": the pronoun continues a person of its own sentence.
        earlier = [m for m in mentions if m.actor.type == "PERSON" and m.end <= pronoun_at and id(m) not in reporters]
        if earlier:
            source = earlier[-1]
            if source.actor.id not in seen:
                seen.add(source.actor.id)
                unique.insert(0, source)
    carried_actor = None
    if source is None and pronoun and last_person is not None:
        carried_actor = last_person.actor
    elif source is None and not any(m.actor.type not in _NOT_AGENTS for m in unique) and last_source is not None:
        carried_actor = last_source.actor
    elif source is None:
        # "Cisco states that it acquired Infogear": without a subject of its own, what was
        # said is about the speaker.
        speakers = [m for m in unique if clause_of(m) in speaker_clauses]
        source = (_pick_source(before) or _pick_source(speakers, agents_only=True) or _pick_source(after)
                  or (unique[0] if unique else None))
    out: list[Participant] = []
    if carried_actor is not None:
        out.append(Participant(carried_actor, "source", None, None))
    symmetric = bool(lex.types.get(trig.pattern.label, {}).get("symmetric"))
    if source is not None:
        out.append(Participant(source.actor, "source", source.start, source.end))
    others = sorted((m for m in unique if m is not source), key=lambda m: _ACTOR_PRIORITY.get(m.actor.type, 5))
    carried = carried_actor is not None
    for m in others:
        if len(out) >= _MAX_ACTORS or any(p.actor.id == m.actor.id for p in out):
            continue
        # German puts objects before the final verb, so the trigger's own clause counts too.
        own_clause = clause_of(m) == trig.clause
        role = "target" if (own_clause or m.start > trigger_start) and not symmetric else "participant"
        if id(m) in reporters:
            role = "participant"
        out.append(Participant(m.actor, role, m.start, m.end))
    out.sort(key=lambda p: (p.role != "source", p.start if p.start is not None else -1))
    return tuple(out), carried


def _after_locative(m: ActorMention, words: list[_Word], lex: EventLexicon) -> bool:
    k = bisect.bisect_left([w.start for w in words], m.start)
    return k > 0 and words[k - 1].text in lex.locative


def _is_reporter(m: ActorMention, words: list[_Word], lex: EventLexicon) -> bool:
    """Whether the mention is the source a report is attributed to."""
    k = next((i for i, w in enumerate(words) if w.end > m.start), None)
    if k is None:
        return False
    j = next((i for i in range(k, len(words)) if words[i].start >= m.end), len(words))
    before = " " + " ".join(w.text for w in words[max(0, k - 3):k])
    after = {w.text for w in words[j:j + 2]}
    return any(before.endswith(" " + cue) for cue in lex.attribution_before) or bool(after & lex.attribution_after)


def _pick_source(candidates: list[ActorMention], agents_only: bool = False) -> ActorMention | None:
    """The likeliest agent: people, then organisations, then countries; earliest first."""
    usable = [m for m in candidates if m.actor.type not in _NOT_AGENTS]
    if not usable and not agents_only:
        usable = candidates
    if not usable:
        return None
    return min(usable, key=lambda m: (_ACTOR_PRIORITY.get(m.actor.type, 5), m.start))


@dataclass
class _Cues:
    """Modality cue words of one sentence, found once and shared by its events."""

    near: list[tuple[int, int, Pattern]]
    clause: list[tuple[int, int, Pattern]]
    sentence: set[str]

    @classmethod
    def of(cls, words: list[_Word], lex: EventLexicon, text: str) -> "_Cues":
        texts = [w.text for w in words]
        if lex.capital_is_name:
            # "he founded NeXT": a capitalised word inside an English sentence is a name, not "next".
            texts = [t if k == 0 or not text[w.start].isupper() else "" for k, (t, w) in enumerate(zip(texts, words))]
        return cls(lex.near.find(texts), lex.clause.find(texts), {p.label for _, _, p in lex.sentence.find(texts)})


def _modality(trig: _Trigger, triggers: list[_Trigger], words: list[_Word], lex: EventLexicon,
              cues: _Cues) -> str:
    texts = [w.text for w in words]
    found: set[str] = set(cues.sentence)
    # After a verb of saying, the clause's cues belong to what is said ("said it would sell
    # Saab"): the statement itself is no less certain for them. Negation next to the verb
    # still counts ("bestätigte das nicht").
    last = trig.last if trig.pattern.label in lex.speech_types else len(words)
    near_last = trig.last + 3 if lex.negation_follows_verb else min(trig.last + 3, last)
    for i, j, p in cues.near:
        if words[i].clause == trig.clause and (trig.first - 3 <= i <= near_last):
            if j < len(words) and words[j].text in lex.not_negating_next:
                continue
            found.add(p.label)
    for i, j, p in cues.clause:
        if words[i].clause == trig.clause and (i <= last or (p.label == "negated" and lex.negation_follows_verb)):
            if j < len(words) and words[j].text in lex.not_negating_next:
                continue  # "nicht nur", "not only"
            found.add(p.label)
    # Content inside a reported clause ("sagte, dass ..."; "X said the deal ...") is reported.
    if trig.pattern.label not in lex.speech_types:
        for other in triggers:
            if other.pattern.label in lex.speech_types and other.clause != trig.clause:
                between = texts[min(other.last, trig.first) : max(other.last, trig.first)]
                if other.first < trig.first and any(w in lex.complementizers for w in between):
                    found.add("reported")
                elif other.first > trig.last:
                    found.add("reported")
    for modality in MODALITY_STRENGTH:
        if modality in found:
            return modality
    return "asserted"


def _past(trig: _Trigger, words: list[_Word], lex: EventLexicon, text: str) -> bool:
    """Whether the trigger's clause reads as a simple past or perfect event (a past
    auxiliary or a lower-case -ed/-te verb form), not a pluperfect one, nor a past state
    told with a copula around a noun ("This was his third medical leave")."""
    clause = [w for w in words if w.clause == trig.clause]
    if any(w.text in lex.anterior_markers for w in clause):
        return False
    past = [w for w in clause if w.text in lex.past_markers
            or (len(w.text) > 4 and not text[w.start].isupper()
                and (w.text.endswith(lex.past_suffixes)
                     or (lex.participle_prefix and w.text.startswith(lex.participle_prefix)
                         and w.text.endswith(lex.participle_suffixes))))]
    if past and all(w.text in lex.copulas for w in past):
        own = {id(w) for w in words[trig.first : trig.last + 1]}
        return any(id(w) in own for w in past)
    return bool(past)


def _event(doc: Document, sentence: Sentence, trig: _Trigger, words: list[_Word], when: EventDate | None,
           modality: str, participants: tuple[Participant, ...], carried: bool, lex: EventLexicon) -> Event:
    start, end = words[trig.first].start, words[trig.last].end
    trigger_text = doc.text[start:end] if trig.first == trig.last else " ".join(
        doc.text[words[k].start : words[k].end] for k in range(trig.first, trig.last + 1)
        if any(words[k].text == part or (part.endswith("*") and words[k].text.startswith(part[:-1]))
               for part in trig.pattern.parts))
    etype = trig.pattern.label
    key = f"{doc.id}|{sentence.start}|{sentence.end}|{etype}|{start}|{when.value if when else ''}"
    event_id = "ev:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    source = next((p.actor.name for p in participants if p.role == "source"), None)
    others = [p.actor.name for p in participants if p.role != "source"]
    summary = f"{source or '?'} — {etype.replace('_', ' ')} ({trigger_text})"
    if others:
        summary += " — " + ", ".join(others)
    if when and when.value:
        summary += f" [{when.value}]"
    confidence = 0.4
    confidence += 0.2 if when and when.value else 0.0
    confidence += 0.15 if any(p.role == "source" for p in participants) and not carried else 0.0
    confidence += 0.1 if etype not in lex.weak_types else 0.0
    confidence -= 0.1 if carried else 0.0
    return Event(
        id=event_id,
        doc_id=doc.id,
        type=etype,
        trigger=trigger_text,
        trigger_start=start,
        trigger_end=end,
        summary=summary,
        date=when or EventDate(None),
        modality=modality,
        participants=participants,
        evidence_start=sentence.start,
        evidence_end=sentence.end,
        evidence_text=sentence.text,
        confidence=round(max(0.05, min(confidence, 0.95)), 3),
    )
