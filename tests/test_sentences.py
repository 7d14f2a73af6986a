"""Sentence splitting: offsets into the original text, German and English news prose."""
from ingest.sentences import split


def texts(text, lang=None):
    return [s.text for s in split(text, lang)]


def test_every_sentence_carries_its_offsets_into_the_original_text():
    text = "  Die Duma reagierte scharf.  Washington schwieg.\nThe talks resumed. "
    for s in split(text, "de"):
        assert text[s.start:s.end] == s.text


def test_sentence_ends_at_full_stop_before_a_capital_letter():
    assert texts("Die Ukraine plant einen Angriff. Russland droht mit Vergeltung.", "de") == [
        "Die Ukraine plant einen Angriff.", "Russland droht mit Vergeltung."]


def test_german_ordinal_day_before_month_does_not_end_the_sentence():
    assert texts("Am 17. November antwortete der Abgeordnete. Er warnte vor einer Eskalation.", "de") == [
        "Am 17. November antwortete der Abgeordnete.", "Er warnte vor einer Eskalation."]


def test_german_ordinal_before_a_noun_does_not_end_the_sentence():
    assert texts("Das 2. Autonomiestatut trat 1972 in Kraft.", "de") == ["Das 2. Autonomiestatut trat 1972 in Kraft."]


def test_abbreviations_do_not_end_a_sentence():
    assert texts("Laut Dr. Meier sind u.a. Schulen betroffen. Die Stadt prüft.", "de") == [
        "Laut Dr. Meier sind u.a. Schulen betroffen.", "Die Stadt prüft."]
    assert texts("Mr. Cook met the U.S. trade representative. Talks went well.", "en") == [
        "Mr. Cook met the U.S. trade representative.", "Talks went well."]


def test_abbreviations_come_from_the_language_data_file():
    assert texts("Der Vortrag von Arch. Huber beginnt um acht. Alle sind eingeladen.", "de") == [
        "Der Vortrag von Arch. Huber beginnt um acht.", "Alle sind eingeladen."]
    assert texts("Gov. Brown signed the bill on Friday. Critics were silent.", "en") == [
        "Gov. Brown signed the bill on Friday.", "Critics were silent."]


def test_number_abbreviation_continues_only_before_a_number():
    assert texts("Das Gesetz Nr. 5 gilt ab Jänner. Die Gemeinden sind vorbereitet.", "de") == [
        "Das Gesetz Nr. 5 gilt ab Jänner.", "Die Gemeinden sind vorbereitet."]
    assert texts("The board said no. The deal collapsed on Monday.", "en") == [
        "The board said no.", "The deal collapsed on Monday."]
    assert texts("It ranked No. 1 in sales. Rivals lagged.", "en") == ["It ranked No. 1 in sales.", "Rivals lagged."]


def test_text_of_unknown_language_uses_the_abbreviations_of_every_language():
    assert texts("Dr. Meier met Gov. Brown. Both spoke.", None) == ["Dr. Meier met Gov. Brown.", "Both spoke."]


def test_regnal_number_ends_the_sentence_only_before_a_new_clause():
    assert texts("Papst Johannes Paul II. besuchte 1988 Südtirol. Er kam nach Brixen.", "de") == [
        "Papst Johannes Paul II. besuchte 1988 Südtirol.", "Er kam nach Brixen."]
    assert texts("The statue shows Pope John Paul II. The city paid for it.", "en") == [
        "The statue shows Pope John Paul II.", "The city paid for it."]


def test_an_initial_inside_a_name_does_not_end_a_sentence():
    assert texts("He left Timothy D. Cook in charge. Shares fell.", "en") == [
        "He left Timothy D. Cook in charge.", "Shares fell."]


def test_a_line_break_always_ends_a_sentence():
    assert texts("January 09 , 2008\nThe European Commission has forced Apple to lower prices .", "en") == [
        "January 09 , 2008", "The European Commission has forced Apple to lower prices ."]


def test_closing_quote_stays_with_its_sentence():
    assert texts("„Wir sind bereit.“ Das sagte der Minister.", "de") == ["„Wir sind bereit.“", "Das sagte der Minister."]


def test_lower_case_after_a_full_stop_continues_the_sentence():
    assert texts("Sie kostet ca. drei Euro pro Stück.", "de") == ["Sie kostet ca. drei Euro pro Stück."]


def test_question_and_exclamation_marks_end_sentences():
    assert texts("Will Apple appeal? The company did not say! Analysts expect it.", "en") == [
        "Will Apple appeal?", "The company did not say!", "Analysts expect it."]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcXYZäÖ .!?\n„“\"'()17-")), max_size=120))
def test_offsets_hold_and_sentences_do_not_overlap_for_any_text(text):
    previous_end = 0
    for s in split(text, "de"):
        assert text[s.start:s.end] == s.text and s.text.strip() == s.text and s.text
        assert s.start >= previous_end
        previous_end = s.end


def test_sentence_data_gives_every_language_the_same_kinds_of_words_all_as_strings():
    import yaml

    from ingest.sentences import DATA
    data = yaml.safe_load(DATA.read_text("utf-8"))
    kinds = {lang: set(entry) for lang, entry in data.items()}
    assert len(set(map(frozenset, kinds.values()))) == 1, kinds
    for lang, entry in data.items():
        for kind, words in entry.items():
            assert all(isinstance(w, str) for w in words), (lang, kind)  # YAML reads a bare no as False
