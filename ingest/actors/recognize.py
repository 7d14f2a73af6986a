"""Find actors in text: gazetteer names first, then people and companies from cues.

Order of passes (each only claims words no earlier pass took):

1. gazetteer forms, longest first; a country adjective or name followed by an
   institution noun becomes that institution ("italienische Polizei" -> Italian police);
   the place of a dateline ("MARLING. Am Montag ...") and the local institutions named
   after it ("der Gemeinderat" -> Marling municipal council); organisations introduced
   with their acronym ("Verband der Sportvereine Südtirols (VSS)");
2. people from a given name ("Florian Mussner"), a title before the name ("Landesrat
   Richard Theiner"), or an apposition ("der Vorsitzende des Ausschusses ..., Slutsky,";
   "Jane Roe, a spokeswoman for ...");
3. companies from a legal-form suffix ("Hydros GmbH");
4. in-document coreference: a surname or short company name later in the text names
   the actor seen in full ("Gufler" -> Christoph Gufler).
"""
from __future__ import annotations

import bisect
import re

from ingest.actors.lexicon import TOKEN, Entry, Lexicon, lexicon, slug
from ingest.model import Actor, ActorMention

_MAX_NAME_TOKENS = 4
_APPOSITION_LOOKBACK = 14


class _Text:
    """Tokens of one text with the bookkeeping the passes share."""

    def __init__(self, text: str):
        self.text = text
        found = list(TOKEN.finditer(text))
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]
        self.words = [m.group() for m in found]
        self.taken = [False] * len(found)
        self.titles: list[int] = []  # filled by the people pass
        self.caps: list[bool] = []  # filled by the people pass: could be part of a person's name
        self.acronyms: dict[tuple[str, ...], Actor] = {}  # short forms introduced in brackets
        self.found: list[tuple[int, int, Actor]] = []  # token spans
        self._before: list[str] | None = None

    def __len__(self) -> int:
        return len(self.words)

    def gap(self, i: int) -> str:
        """Characters between token i and token i+1."""
        return self.text[self.ends[i] : self.starts[i + 1]]

    def tight(self, i: int, j: int) -> bool:
        """Tokens i..j-1 form one name: only spaces, hyphens, dots or apostrophes between,
        and a dot only after an initial ("Timothy D. Cook"), never at a sentence end."""
        for k in range(i, j - 1):
            g = self.gap(k)
            if len(g) > 3 or any(c not in " -.'’&\u00a0" for c in g):
                return False
            if "." in g and g.strip() == "." and g != "." and not (len(self.words[k]) == 1 or self.words[k].isupper()):
                return False
        return True

    def free(self, i: int, j: int) -> bool:
        return j <= len(self.words) and not any(self.taken[i:j])

    def claim(self, i: int, j: int, actor: Actor) -> None:
        for k in range(i, j):
            self.taken[k] = True
        self.found.append((i, j, actor))

    def before(self, i: int) -> str:
        """The non-space character before token i ('' at the start)."""
        return self.befores()[i]

    def befores(self) -> list[str]:
        """For every token, the non-space character before it."""
        if self._before is None:
            self._before = []
            for start in self.starts:
                k = start - 1
                while k >= 0 and self.text[k].isspace():
                    k -= 1
                self._before.append(self.text[k] if k >= 0 else "")
        return self._before

    def after(self, j: int) -> str:
        """The non-space character after token j-1 ('' at the end)."""
        k = self.ends[j - 1]
        while k < len(self.text) and self.text[k].isspace():
            k += 1
        return self.text[k] if k < len(self.text) else ""


def recognize(text: str, lang: str | None) -> list[ActorMention]:
    """Actor mentions in ``text``, in text order, each with its canonical actor.

    >>> [(m.text, m.actor.name) for m in recognize("Pjöngjang schickt Truppen.", "de")]
    [('Pjöngjang', 'North Korea')]
    """
    lex = lexicon(lang or "en")
    t = _Text(text)
    _gazetteer(t, lex)
    _acronyms(t, lex)
    _dateline(t, lex)
    _people(t, lex)
    _companies(t, lex)
    _coreference(t, lex)
    t.found.sort()
    return [
        ActorMention(t.starts[i], t.ends[j - 1], text[t.starts[i] : t.ends[j - 1]], actor)
        for i, j, actor in t.found
    ]


def _gazetteer(t: _Text, lex: Lexicon) -> None:
    i = 0
    n = len(t)
    while i < n:
        step = 1
        for length in lex.lengths.get(t.words[i], ()):
            if i + length > n:
                continue
            entry = lex.forms.get(tuple(t.words[i : i + length]))
            if entry and t.tight(i, i + length):
                step = _claim_with_institution(t, lex, i, i + length, entry)
                break
        i += step


def _claim_with_institution(t: _Text, lex: Lexicon, i: int, j: int, entry: Entry) -> int:
    """Claim a gazetteer match, widened to "adjective + institution" when one follows."""
    actor = entry.actor
    if actor.id.startswith("country:") and j < len(t) and (
            entry.kind == "adj" or lex.name_as_modifier or t.gap(j - 1).strip() == "-"):
        for length in (2, 1):
            noun = tuple(w.lower() for w in t.words[j : j + length])
            item = lex.institutions.get(noun)
            if item and t.tight(j - 1, j + length):
                if not item.get("country"):
                    adjective = entry.adj_en or actor.name
                    code = actor.id.split(":", 1)[1]
                    actor = Actor(f"org:{item['key']}-{code.lower()}", item["name"].format(adj=adjective), item["type"])
                t.claim(i, j + length, actor)
                return j + length - i
    t.claim(i, j, actor)
    return j - i


_DATELINE = re.compile(r"\s*((?:[^\W\d_][\w'’-]*)(?:\s*/\s*[^\W\d_][\w'’-]*)?)\s*(?:\([^()\n]{1,40}\))?\s*[.:]\s")


def _dateline(t: _Text, lex: Lexicon) -> None:
    """The place an article is filed from ("Villnöss (mpi).", "WIEN/BOZEN.") and the local
    institutions that stand for it ("der Gemeinderat" -> Villnöss municipal council)."""
    m = _DATELINE.match(t.text)
    if not m or not t.words:
        return
    places = []
    for i in range(len(t)):
        if t.starts[i] >= m.end(1):
            break
        if t.words[i][:1].isupper() and not t.taken[i]:
            word = t.words[i]
            name = word.title() if word.isupper() and len(word) > 3 else word
            actor = Actor(f"place:{slug(name)}", name, "LOCATION")
            t.claim(i, i + 1, actor)
            places.append(actor)
        elif t.taken[i]:
            places.extend(a for a_i, a_j, a in t.found if a_i == i)
    if len(places) != 1 or not lex.local_institutions:
        return
    place = places[0]
    for i in range(len(t)):
        if t.taken[i]:
            continue
        item = lex.local_institutions.get((t.words[i].lower(),))
        if item:
            if item.get("place"):
                t.claim(i, i + 1, place)
            else:
                name = item["name"].format(place=place.name)
                t.claim(i, i + 1, Actor(f"org:{slug(name)}", name, item["type"]))


_ACRONYM = re.compile(r"^[A-ZÄÖÜ](?:[A-ZÄÖÜ&]|\.(?=[A-ZÄÖÜ]))*\.?$")


def _acronyms(t: _Text, lex: Lexicon) -> None:
    """"Long Name (ACR)" and "ACR (Long Name)": the long name whose initials spell the acronym."""
    for paren in re.finditer(r"\(", t.text):
        k = paren.start()
        close = t.text.find(")", k, k + 80)
        if close < 0:
            continue
        first = bisect.bisect_right(t.starts, k)
        last = bisect.bisect_left(t.starts, close)
        inside = list(range(first, last))
        if not inside:
            continue
        before = [i for i in range(max(0, first - 9), first) if t.ends[i] <= k]
        inner = t.text[k + 1 : close].strip()
        if len(inside) == 1 and _ACRONYM.match(inner):
            _claim_acronym(t, lex, before, inside, inner, from_end=True)
        elif before and _ACRONYM.match(t.text[t.starts[before[-1]] : k].strip()):
            acronym = t.text[t.starts[before[-1]] : k].strip()
            _claim_acronym(t, lex, inside, [before[-1]], acronym, from_end=False)


def _claim_acronym(t: _Text, lex: Lexicon, long_ids: list[int], short_ids: list[int], acronym: str,
                   from_end: bool) -> None:
    letters = [c for c in acronym if c.isalpha()]
    picked: list[int] = []
    capitals = 0
    order = list(reversed(long_ids)) if from_end else list(long_ids)
    for i in order:
        word = t.words[i]
        if word[:1].isupper():
            capitals += 1
            picked.append(i)
        elif word.lower() in lex.name_glue and picked:
            picked.append(i)
        else:
            break
        if capitals == len(letters):
            break
    picked.sort()
    while picked and not t.words[picked[0]][:1].isupper():
        picked.pop(0)
    initials = [t.words[i][0].upper() for i in picked if t.words[i][:1].isupper()]
    if capitals != len(letters) or initials != [c.upper() for c in letters]:
        return
    i, j = picked[0], picked[-1] + 1
    if any(t.taken[k] for k in short_ids):
        return
    # A name spelled out in full outranks gazetteer words inside it ("... Südtirols (VSS)").
    inner = [f for f in t.found if i <= f[0] and f[1] <= j]
    if any(t.taken[k] for k in range(i, j)) and len(inner) != sum(1 for k in range(i, j) if t.taken[k]) \
            and any(f[1] - f[0] > 1 for f in inner):
        return
    for f in inner:
        t.found.remove(f)
        for k in range(f[0], f[1]):
            t.taken[k] = False
    if any(t.taken[k] for k in range(i, j)):
        return
    long_name = " ".join(t.text[t.starts[i] : t.ends[j - 1]].split())
    actor = Actor(f"org:{slug(long_name)}", f"{long_name} ({acronym})", "ORGANIZATION")
    t.claim(i, j, actor)
    t.claim(short_ids[0], short_ids[-1] + 1, actor)
    t.acronyms[tuple(t.words[short_ids[0] : short_ids[-1] + 1])] = actor


def _capitalised(lex: Lexicon, word: str) -> bool:
    """Could be part of a person's name: capitalised, not a function word, not an acronym."""
    return (
        word[:1].isupper()
        and word not in lex.not_names
        and not (len(word) > 1 and word.isupper())
        and not word.isdigit()
    )


def _title_sizes(lex: Lexicon, t: _Text) -> list[int]:
    """For each token, the length in tokens of a title starting there (0: none)."""
    lows = [w.lower() for w in t.words]
    sizes = [0] * len(lows)
    phrases_of = lex.title_phrases
    for i, low in enumerate(lows):
        for phrase in phrases_of.get(low, ()):
            if tuple(lows[i : i + len(phrase)]) == phrase:
                sizes[i] = len(phrase)
                break
        else:
            if lex.is_title_word(t.words[i]):
                sizes[i] = 1
    return sizes


def _is_title(lex: Lexicon, t: _Text, i: int) -> int:
    return t.titles[i]


def _name_run(t: _Text, lex: Lexicon, i: int, limit: int = _MAX_NAME_TOKENS, stop_at_title: bool = True) -> int:
    """End of a run of free, capitalised, tightly spaced tokens starting at i."""
    j = i
    while j < len(t) and j - i < limit and not t.taken[j] and t.caps[j]:
        if j > i and not t.tight(j - 1, j + 1):
            break
        if j > i and stop_at_title and _is_title(lex, t, j):
            break
        j += 1
    return j


def _person(name: str) -> Actor:
    return Actor(f"person:{slug(name)}", name, "PERSON")


def _claim_person(t: _Text, i: int, j: int) -> None:
    # Keep the name's own hyphens ("Mailath-Pokorny") as written.
    name = t.text[t.starts[i] : t.ends[j - 1]]
    name = " ".join(name.split())
    t.claim(i, j, _person(name))


def _people(t: _Text, lex: Lexicon) -> None:
    n = len(t)
    t.titles = _title_sizes(lex, t)
    t.caps = caps = [_capitalised(lex, w) for w in t.words]
    bef = t.befores()
    # Given name + surname(s).
    for i in range(n):
        if not t.taken[i] and t.words[i] in lex.first_names:
            j = _name_run(t, lex, i, stop_at_title=not lex.names_cross_titles)  # "Martin Luther King"
            if j - i >= 2 and t.gap(i).strip() == "-" and t.words[i + 1] not in lex.first_names:
                continue  # a compound named after someone: "Robert-Mayer-Preis", "Michael-Pacher-Haus"
            if j - i >= 2:
                _claim_person(t, i, j)
    # Title + name.
    for i in range(n):
        size = _is_title(lex, t, i)
        if not size or i + size >= n:
            continue
        gap = t.gap(i + size - 1)
        abbreviated = gap.rstrip() == "." and len(gap) <= 3 and t.words[i + size - 1].lower() in lex.abbreviated_titles
        if not abbreviated and (gap.strip() or not t.tight(i + size - 1, i + size + 1)):
            continue  # "... an den PD-Chef. Angesichts ...": a sentence ends between them
        k = i + size
        if _is_title(lex, t, k):
            continue  # "Mr Justice Anthony Mann": the name follows the last title
        j = _name_run(t, lex, k, limit=3)
        if j > k:
            _claim_person(t, k, j)
    # Apposition after a title: "der Vorsitzende des Ausschusses ..., Slutsky, ..."
    for i in range(1, n):
        if t.taken[i] or bef[i] != "," or not caps[i]:
            continue
        j = _name_run(t, lex, i, limit=3)
        if j == i or t.after(j) not in (",", ".", ";", ""):
            continue
        k = i - 1
        while k >= 0 and i - k <= _APPOSITION_LOOKBACK and bef[k + 1] not in (".", "!", "?"):
            if _is_title(lex, t, k):
                _claim_person(t, i, j)
                break
            if bef[k + 1] == "," and k + 1 < i - 1:
                break
            k -= 1
    # Apposition before a title: "Jane Roe, a spokeswoman for ..."
    for i in range(n):
        if t.taken[i] or not caps[i]:
            continue
        if i > 0 and caps[i - 1] and t.tight(i - 1, i + 1):
            continue
        j = _name_run(t, lex, i, limit=3)
        if j == i or j >= n or t.after(j) != "," or t.words[j].lower() not in lex.after_name:
            continue
        if any(_is_title(lex, t, k) for k in range(j + 1, min(n, j + 5))):
            _claim_person(t, i, j)


def _companies(t: _Text, lex: Lexicon) -> None:
    for j in range(1, len(t)):
        if t.words[j] not in lex.company_suffixes or t.taken[j]:
            continue
        i = j
        while i > 0 and j - i < 3 and not t.taken[i - 1] and t.words[i - 1][:1].isupper() \
                and t.words[i - 1] not in lex.not_names and t.tight(i - 1, i + 1) \
                and not t.words[i - 1].lower().endswith(lex.company_descriptors):
            i -= 1
        if i < j:
            name = " ".join(t.text[t.starts[i] : t.ends[j - 1]].split())
            t.claim(i, j + 1, Actor(f"org:{slug(name)}", name, "ORGANIZATION"))


def _refine_products(t: _Text, lex: Lexicon) -> None:
    """A generic product name after a model's name names that model ("the new iPhone")."""
    if not lex.refines:
        return
    latest: dict[str, Actor] = {}
    for i, j, actor in sorted(t.found, key=lambda f: f[0]):
        generic = lex.refines.get(actor.id)
        if generic:
            latest[generic] = actor
        elif actor.id in latest:
            t.found[t.found.index((i, j, actor))] = (i, j, latest[actor.id])


def _coreference(t: _Text, lex: Lexicon) -> None:
    """Short forms of names seen in full elsewhere in the document."""
    _refine_products(t, lex)
    short: dict[tuple[str, ...], list[tuple[int, Actor]]] = {}
    given: dict[str, set[Actor]] = {}
    for i, j, actor in t.found:
        if actor.type == "PERSON" and j - i >= 2:
            given.setdefault(t.words[i], set()).add(actor)
            surnames = [t.words[j - 1:j], t.words[j - 2:j]] if j - i >= 3 else [t.words[j - 1:j]]
            for key in surnames:
                short.setdefault(tuple(key), []).append((i, actor))
        elif actor.type == "ORGANIZATION" and actor.id.startswith("org:") and j - i >= 1:
            words = tuple(t.words[i:j])
            if words[-1] in lex.company_suffixes and len(words) > 1:
                short.setdefault(words[:-1], []).append((i, actor))
    for key, actor in t.acronyms.items():
        short.setdefault(key, []).append((-1, actor))
    # A given name alone names the one person of the document who bears it ("Steve").
    for first, actors in given.items():
        if len(actors) == 1 and (first,) not in short:
            short[(first,)] = [(-1, next(iter(actors)))]
    if not short:
        return
    genitive = lex.genitive_s  # German: "Kreiskys" names Kreisky
    firsts = {key[0] for key in short}
    for i in range(len(t)):
        word = t.words[i]
        if t.taken[i] or not (word in firsts or (genitive and word[:-1] in firsts)):
            continue
        for length in (2, 1):
            key = tuple(t.words[i : i + length])
            if len(key) < length or not t.free(i, i + length):
                continue
            candidates = short.get(key)
            if not candidates and genitive and key[-1].endswith("s"):
                candidates = short.get(key[:-1] + (key[-1][:-1],))
            if candidates and (_capitalised(lex, key[0]) or key in t.acronyms):
                before = [c for c in candidates if c[0] < i]
                actor = (before[-1] if before else candidates[0])[1]
                t.claim(i, i + length, actor)
                break
