"""Trying rules only where they can start finds exactly what searching everywhere finds."""
import re

from hypothesis import given, settings, strategies as st

from ingest.sentences import closes_abbreviation
from ingest.timex import SENTENCE_END_RE, _sentence_bounds
from ingest.timex.language import load
from ingest.timex.starts import StartIndex, matches, prefixes

# words the rules start with or contain, in the spellings and cases texts use, and
# characters whose case rules are odd ("İ" lower-cases to two characters, "ſ" matches "s")
WORDS = [
    "am", "Am", "im", "IM", "İm", "März", "MÄRZ", "Maerz", "Mai", "May", "march", "Jänner", "jan.",
    "Sept.", "ſeptember", "nächsten", "Jahres", "Anfang", "Ende", "des", "Monats", "gestern",
    "heute", "morgen", "Morgen", "Uhr", "20.30", "10:30", "a.m.", "p.m.", "14", "2024", "1990er-Jahren",
    "'90s", "the", "The", "a", "an", "one", "ein", "einer", "Einen", "zwei", "twenty-five",
    "fünfundzwanzig", "Jahre", "years", "Tage", "days", "ago", "vor", "later", "später", "last",
    "next", "week", "Woche", "KW", "Q4", "quarter", "Quartal", "Weihnachten", "Christmas", "Montag",
    "Tuesday", "TUESDAY", "said", "wird", "will", "hatte", "announced", "'ll", "“", "»", "(", "-", "–",
    "/", "1.", "12.", "3,5", "1.000", "٣", "²", "ß", "ẞ", "K", "ı",
]
SEPARATORS = [" ", " ", " ", "", "\n", ", ", ". ", "-", "  ", "\t", "! "]
TEXTS = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda parts: "".join(w + s for w, s in parts))


def spans(found):
    return [m.span() for m in found]


def test_a_rule_starting_with_a_month_name_is_tried_only_at_month_names():
    rule = re.compile(r"(?<!\w)(?:März|Mai)\s+\d{4}", re.IGNORECASE)
    found = prefixes(rule)
    assert found and all(s.startswith(("märz", "mai")) and at_word_start for s, at_word_start in found)
    text = "Im Mai 2024 und im MÄRZ 2025, nicht im Maisfeld"
    at = StartIndex([rule]).scan(text)[0]
    assert at == [text.index("Mai"), text.index("MÄRZ")]
    assert spans(matches(rule, text, at)) == spans(rule.finditer(text))


def test_a_pattern_that_may_match_nothing_is_searched_everywhere():
    assert prefixes(re.compile(r"\d*")) is None
    assert StartIndex([re.compile(r"\d*")]).scan("abc") == [None]


def test_a_pattern_that_may_start_with_any_character_is_searched_everywhere():
    assert prefixes(re.compile(r".x")) is None


def test_a_capital_i_with_dot_is_still_found_where_the_rule_ignores_case():
    # "İ".lower() is two characters, but the regex engine reads it as "i"
    rule = re.compile(r"(?<!\w)im\s+mai", re.IGNORECASE)
    text = "İm Mai"
    assert spans(matches(rule, text, StartIndex([rule]).scan(text)[0])) == [(0, 6)]


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_every_rule_finds_the_same_matches_as_a_full_search(text):
    for lang in ("de", "en"):
        language = load(lang)
        starts = language.starts.scan(text)
        for rule, at in zip(language.rules, starts):
            assert spans(matches(rule.regex, text, at)) == spans(rule.regex.finditer(text)), rule.id


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.integers(0, 400), st.integers(0, 400))
def test_tense_markers_in_a_stretch_of_text_are_the_same_as_a_full_search(text, a, b):
    pos, endpos = min(a, b, len(text)), min(max(a, b), len(text))
    for lang in ("de", "en"):
        language = load(lang)
        at = language.starts.scan(text)[len(language.rules)]
        fast = [(m.span(), m.lastgroup) for m in matches(language.tense_re, text, at, pos, endpos)]
        full = [(m.span(), m.lastgroup) for m in language.tense_re.finditer(text, pos, endpos)]
        assert fast == full


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_sentence_ends_are_the_same_as_a_full_search(text):
    assert _sentence_bounds(text) == [0] + [m.end() for m in SENTENCE_END_RE.finditer(text)
                                            if text[m.start()] != "." or not closes_abbreviation(text, m.start())]
