"""Event extraction: triggers, dating, modality, roles, ids — German and English sentences."""
from datetime import date

import pytest

from ingest import actors, events, sentences, timex
from ingest.events.lexicon import NOT_AN_EVENT, event_types, lexicon
from ingest.model import Document, Event, Timex

DCT = date(2024, 11, 18)


def extract(text, lang, dct=DCT, doc_id="doc-1"):
    doc = Document(id=doc_id, text=text, published=dct, lang=lang)
    return events.extract_events(doc, sentences.split(text, lang), timex.tag(text, dct, lang),
                                 actors.recognize(text, lang))


def one(text, lang, **kw) -> Event:
    found = extract(text, lang, **kw)
    assert len(found) == 1, [(e.type, e.trigger, e.date.value) for e in found]
    return found[0]


def names(event):
    return {p.actor.name: p.role for p in event.participants}


# ---- triggers and types --------------------------------------------------------------

@pytest.mark.parametrize("text,lang,etype,trigger", [
    ("Die USA haben den Anschlag in Tunis scharf verurteilt.", "de", "disapprove", "verurteilt"),
    ("The United States condemned the attack in Tunis.", "en", "disapprove", "condemned"),
    ("Der Gemeinderat von Brixen hat die neue Steuer genehmigt.", "de", "approve", "genehmigt"),
    ("The Senate approved the budget of Canada.", "en", "approve", "approved"),
    ("Ein Sprecher des Nationalen Sicherheitsrats lehnte eine Stellungnahme ab.", "de", "reject", "lehnte ab"),
    ("Cisco sued Apple over the iPhone trademark.", "en", "lawsuit", "sued"),
    ("Die Gemeinde Brixen verklagte die Brennerautobahn.", "de", "lawsuit", "verklagte"),
    ("Putin traf sich mit Xi Jinping in Peking.", "de", "consult", "traf sich"),
    ("Angela Merkel met Emmanuel Macron in Paris .", "en", "consult", "met"),
    ("Nordkorea drohte Südkorea mit Vergeltung.", "de", "threaten", "drohte"),
    ("North Korea threatened South Korea with retaliation .", "en", "threaten", "threatened"),
    ("Die Polizei in Bozen hat zwei Männer festgenommen.", "de", "coerce", "festgenommen"),
    ("French police arrested two men in Paris .", "en", "coerce", "arrested"),
    ("Luis Durnwalder trat am Montag zurück.", "de", "resignation", "trat zurück"),
    ("Steve Jobs resigned as chief executive of Apple .", "en", "resignation", "resigned"),
    ("Der Gemeinderat hat Walter Mairhofer zum Bürgermeister von Marling gewählt.", "de", "election", "gewählt"),
    ("Barack Obama won the election in the United States .", "en", "election", "won the election"),
    ("Papst Johannes Paul II. starb in Rom.", "de", "death", "starb"),
    ("Steve Jobs died at his home in California .", "en", "death", "died"),
    ("Die EU verhängte Sanktionen gegen Russland.", "de", "sanction", "Sanktionen"),
    ("The High Court ruled in favour of Apple Computer .", "en", "ruling", "ruled"),
])
def test_trigger_word_gives_the_event_type(text, lang, etype, trigger):
    e = one(text, lang)
    assert (e.type, e.trigger) == (etype, trigger)


def test_german_compound_noun_ending_in_a_trigger_is_a_trigger():
    e = one("In Tirol laufen derzeit die Gemeinderatswahlen der ÖVP.", "de")
    assert (e.type, e.trigger) == ("election", "Gemeinderatswahlen")


def test_verb_trigger_wins_over_a_noun_in_the_same_sentence():
    e = one("Die Regierung Italiens hat nach langer Debatte die Aufhebung der Sanktionen beschlossen.", "de")
    assert e.type == "approve"


def test_word_inside_a_name_is_not_a_trigger():
    found = extract("Apple hosted its Worldwide Developers Conference .", "en")
    assert all(e.trigger != "Conference" for e in found)


def test_phrase_that_only_looks_like_a_trigger_makes_no_event():
    assert extract("This feature of the iPhone is called FaceTime .", "en") == []


def test_sentence_without_trigger_yields_no_event():
    assert extract("Südtirol liegt an dritter Stelle.", "de") == []


def test_every_trigger_type_is_documented_in_the_taxonomy():
    documented = set(event_types())
    cameo_roots = {t for t, d in event_types().items() if "cameo" in d}
    assert len(cameo_roots) == 20
    for lang in ("de", "en"):
        labels = {p.label for ps in lexicon(lang).triggers.exact.values() for p in ps}
        assert labels - {NOT_AN_EVENT} <= documented


# ---- dating --------------------------------------------------------------------------

def test_date_comes_from_the_timex_in_the_same_clause():
    e = one("Am 17. November warnte Moskau die USA.", "de")
    assert (e.date.value, e.date.granularity) == ("2024-11-17", "day")
    e = one("Russia warned the United States on November 17 .", "en")
    assert e.date.value == "2024-11-17"


def test_yesterday_is_the_day_before_publication():
    e = one("The European Commission fined Google yesterday .", "en")
    assert e.date.value == "2024-11-17"


def test_date_of_a_relative_clause_does_not_date_the_main_clause():
    found = extract("Trump, der im Januar nächsten Jahres sein Amt antreten wird, kritisierte die Ukraine.", "de")
    assert [(e.type, e.date.value) for e in found] == [("take_office", "2025-01")]


def test_two_dated_events_in_one_sentence_are_two_events():
    found = extract("Jobs founded Apple in 1976 , and in 1985 he founded NeXT .", "en")
    assert sorted(e.date.value for e in found) == ["1976", "1985"]
    assert len({e.id for e in found}) == 2


def test_coordinated_dates_make_one_event_each():
    found = extract("Steve Jobs appeared in March and June to unveil the iPad .", "en", dct=date(2011, 8, 25))
    assert sorted(e.date.value for e in found) == ["2011-03", "2011-06"]


def test_several_days_of_one_month_give_the_month():
    e = one("Die SVP wird am 16. und 17. sowie am 23. und 24. Jänner Vorwahlen abhalten.", "de", dct=date(2009, 12, 17))
    assert (e.date.value, e.date.granularity) == ("2010-01", "month")
    assert (e.date.start, e.date.end) == (date(2010, 1, 1), date(2010, 1, 31))


def test_undated_future_act_is_not_given_the_publication_date():
    e = one("Die Ukraine plant einen Angriff auf Russland.", "de")
    assert e.date.value is None and e.modality == "planned"


def test_past_event_without_date_takes_the_narrative_reference_time():
    text = ("Die italienische Polizei hat gestern in Neapel eine Bombe entschärft. "
            "Die Polizei evakuierte die Büros der Bank.")
    first, second = extract(text, "de")
    assert first.date.value == second.date.value == "2024-11-17"


def test_pluperfect_event_does_not_take_the_narrative_reference_time():
    text = ("Die Polizei hat gestern in Neapel eine Bombe entschärft. "
            "Die Polizei war durch einen anonymen Anruf alarmiert worden.")
    assert [e.date.value for e in extract(text, "de")] == ["2024-11-17", None]
    text = "Police defused a bomb in Naples yesterday . Police had been alerted by a call ."
    assert [e.date.value for e in extract(text, "en")] == ["2024-11-17", None]


def test_date_of_a_subordinate_clause_without_trigger_dates_nothing_else():
    e = one("Während der Krieg in seinen dritten Winter geht, hat Nordkorea Truppen nach Russland geschickt.", "de")
    assert e.date.value is None
    e = one("While the war enters its third winter , North Korea sent troops to Russia .", "en")
    assert e.date.value is None


def test_dateline_is_not_a_narrative_reference_time():
    text = "November 18 , 2024\nApple sued Cisco over the trademark ."
    assert extract(text, "en")[-1].date.value is None


def test_narrative_reference_time_is_not_moved_by_a_distant_date():
    text = ("Steve Jobs , born on February 24 , 1955 , founded Apple . "
            "He resigned as CEO .")
    found = extract(text, "en")
    assert found[-1].type == "resignation" and found[-1].date.value is None


def test_date_inside_a_quotation_does_not_date_the_report_around_it():
    e = one('Apple Inc. shows the text " Steve Jobs 1955-2011 " and announced the death of its founder .', "en")
    assert e.date.value is None


def test_first_person_sentence_without_date_is_quoted_speech_not_an_event():
    assert extract("I will continue as CEO of Apple .", "en") == []
    assert extract("Wir werden die Gemeinde Brixen unterstützen.", "de") == []


def test_hand_made_timex_is_used_as_given():
    text = "Apple announced the iPhone on Tuesday ."
    doc = Document(id="d", text=text, published=date(2007, 1, 12), lang="en")
    tx = Timex(start=30, end=37, text="Tuesday", type="DATE", value="2007-01-09",
               begin=date(2007, 1, 9), end_date=date(2007, 1, 9), granularity="day")
    [e] = events.extract_events(doc, sentences.split(text, "en"), [tx], actors.recognize(text, "en"))
    assert (e.date.value, e.date.timex_start, e.date.timex_end) == ("2007-01-09", 30, 37)


# ---- modality ------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,modality", [
    ("Die Ukraine hat Russland angegriffen.", "de", "asserted"),
    ("Apple sued Cisco .", "en", "asserted"),
    ("Berichten zufolge hat Nordkorea Soldaten nach Russland geschickt.", "de", "reported"),
    ("According to Reuters , North Korea sent troops to Russia .", "en", "reported"),
    ("Die USA werden weitere Sanktionen gegen Iran verhängen.", "de", "planned"),
    ("Apple will launch the iPad in Germany .", "en", "planned"),
    ("Die USA werden voraussichtlich weitere Sanktionen gegen Iran verhängen.", "de", "expected"),
    ("The United States is expected to impose sanctions on Iran .", "en", "expected"),
    ("Im Falle einer Genehmigung könnte die Ukraine Russland angreifen.", "de", "hypothetical"),
    ("If Russia loses patience , it could invade Ukraine .", "en", "hypothetical"),
    ("Der Sprengkörper der Mafia explodierte aber nicht in Neapel.", "de", "negated"),
    ("Apple did not appeal the ruling of the European Commission .", "en", "negated"),
])
def test_modality_from_cue_words(text, lang, modality):
    assert one(text, lang).modality == modality


def test_nicht_nur_and_not_only_do_not_negate():
    assert one("Durnwalder verteidigte nicht nur die Sportler Südtirols.", "de").modality == "asserted"
    assert one("Apple sued not only Cisco but also Nokia .", "en").modality == "asserted"


def test_sentence_without_actor_at_the_start_is_about_the_dateline_place():
    e = one("Kaltern  (ih). Am heutigen Samstag beginnt der Weinmarkt.", "de", dct=date(2011, 4, 30))
    assert names(e) == {"Kaltern": "source"} and e.date.value == "2011-04-30"


def test_content_of_indirect_speech_is_reported_but_the_statement_is_asserted():
    e = one("Cisco states that it acquired Infogear in 2000 .", "en")
    assert (e.type, e.modality) == ("business", "reported")
    e = one("Russland hat am Montag die Vorwürfe zurückgewiesen.", "de")
    assert e.modality == "asserted"


def test_undated_announcement_of_a_future_act_is_dated_as_the_act_of_saying():
    text = ("Steve Jobs opened the conference today . "
            "Jobs announced that Macintosh computers would ship with Intel chips .")
    e = extract(text, "en", dct=date(2005, 6, 6))[-1]
    assert (e.type, e.date.value, e.modality) == ("statement", "2005-06-06", "asserted")
    assert names(e)["Steve Jobs"] == "source"
    text = ("Der Landtag hat heute getagt. "
            "Landeshauptmann Luis Durnwalder kündigte an, dass die Region neue Steuern einführen werde.")
    e = extract(text, "de", dct=date(2010, 5, 8))[-1]
    assert (e.type, e.date.value) == ("statement", "2010-05-08")


def test_reported_future_act_without_narrative_time_is_kept_as_the_content_event():
    found = extract("Einige sagten, dass die USA voraussichtlich Sanktionen gegen Nordkorea verhängen werden.", "de")
    assert [(e.type, e.modality) for e in found] == [("statement", "asserted"), ("sanction", "expected")]


def test_speaker_takes_part_in_what_was_said():
    e = one("Steve Jobs said that the European Commission fined Apple in 2008 .", "en")
    assert names(e) == {"European Commission": "source", "Apple Inc.": "target", "Steve Jobs": "participant"}
    e = one("Cisco states that it acquired Linksys in 2003 .", "en")
    assert names(e) == {"Cisco": "source"} and e.modality == "reported"


def test_german_subjunctive_marks_reported_speech():
    e = one("Nordkorea habe Russland große Mengen Munition geliefert.", "de")
    assert e.modality == "reported"


def test_dated_future_event_is_planned():
    e = one("The trial of Apple Corps begins on November 20 .", "en")
    assert (e.date.value, e.modality) == ("2024-11-20", "planned")


# ---- participants and roles ----------------------------------------------------------

def test_subject_before_the_trigger_is_the_source_and_the_object_the_target():
    e = one("Die Europäische Kommission hat Apple zu niedrigeren Preisen gezwungen.", "de")
    assert names(e) == {"European Commission": "source", "Apple Inc.": "target"}
    e = one("The European Commission forced Apple to lower its prices .", "en")
    assert names(e) == {"European Commission": "source", "Apple Inc.": "target"}


def test_person_after_a_german_inverted_verb_is_the_source():
    e = one("Gestern kritisierte der Kanzler Olaf Scholz die Regierung Ungarns.", "de")
    assert names(e)["Olaf Scholz"] == "source" and names(e)["Hungary"] == "target"


def test_pronoun_subject_continues_the_previous_person():
    found = extract("Steve Jobs returned to Apple in 1996 . He resigned in 2011 .", "en")
    assert names(found[-1]) == {"Steve Jobs": "source"}
    found = extract("Landesrat Arnold Schuler besuchte Brixen. Er kritisierte die Gemeinde.", "de")
    assert names(found[-1]) == {"Arnold Schuler": "source"}


def test_possessive_before_a_noun_trigger_continues_the_previous_person():
    found = extract("Donald Trump gewann die Wahl. Sein Wahlsieg beunruhigt Wladimir Putin.", "de")
    assert names(found[-1])["Donald Trump"] == "source"
    found = extract("Steve Jobs left Apple . His resignation worried Tim Cook .", "en")
    assert names(found[-1])["Steve Jobs"] == "source"


def test_source_a_report_is_attributed_to_is_not_the_agent():
    e = one("Bloomberg zufolge hat Nordkorea Soldaten nach Russland geschickt.", "de")
    assert names(e)["North Korea"] == "source" and names(e)["Bloomberg"] != "source"
    e = one("According to Reuters , North Korea sent troops to Russia .", "en")
    assert names(e)["North Korea"] == "source" and names(e)["Reuters"] != "source"


def test_sentence_without_actors_continues_the_previous_source():
    found = extract("Die italienische Polizei hat eine Bombe entschärft. Die Büros wurden geräumt.", "de")
    assert names(found[-1]) == {"Italian police": "source"}


def test_consultation_partners_are_participants_not_targets():
    e = one("Putin traf sich mit Xi Jinping in Peking.", "de")
    assert names(e)["Vladimir Putin"] == "source" and names(e)["Xi Jinping"] == "participant"


# ---- identity and confidence ---------------------------------------------------------

def test_event_id_is_stable_for_the_same_document_and_sentence():
    text = "Die USA haben den Anschlag in Tunis verurteilt."
    assert one(text, "de").id == one(text, "de").id
    assert one(text, "de").id != one(text, "de", doc_id="doc-2").id


def test_confidence_is_higher_for_a_dated_event_with_a_source():
    dated = one("Am 17. November kritisierte Moskau die USA.", "de")
    carried = extract("Moskau kritisierte die USA. Die Büros wurden geräumt.", "de")[-1]
    assert 0 < carried.confidence < dated.confidence <= 1


# ---- ranges are no dates ------------------------------------------------------------------

def test_change_since_a_date_is_undated_because_it_spans_a_range():
    e = one("Die Arbeitslosigkeit in der Europäischen Union hat sich seit 2008 verdoppelt.", "de", dct=date(2013, 11, 14))
    assert (e.type, e.date.value) == ("change", None)
    e = one("Unemployment in the European Union has doubled since 2008 .", "en", dct=date(2013, 11, 14))
    assert (e.type, e.date.value) == ("change", None)


def test_since_still_dates_the_start_of_an_event_that_is_no_change():
    e = one("Steve Jobs has been on medical leave since January .", "en", dct=date(2011, 8, 25))
    assert e.date.value == "2011-01"
    e = one("Luis Durnwalder ist seit 1989 im Krankenhaus.", "de", dct=date(1989, 11, 14))
    assert e.date.value == "1989"


def test_first_year_of_a_slash_range_dates_nothing():
    e = one("Die Brennerautobahn baute 2012/13 eine neue Ausfahrt in Brixen.", "de", dct=date(2014, 4, 21))
    assert e.date.value is None
    e = one("Apple Corps sued Apple Computer in the 1980/81 season .", "en", dct=date(2006, 3, 28))
    assert e.date.value is None


# ---- "added" ---------------------------------------------------------------------------------

def test_added_is_a_statement_only_when_it_reports_speech():
    e = one("Steve Jobs added that the iPhone would ship in June .", "en", dct=date(2007, 1, 12))
    assert (e.type, e.trigger) == ("statement", "added that")
    assert not extract("Steve Jobs added audio recording to the Macintosh in 1989 .", "en", dct=date(2007, 1, 12))


def test_past_state_told_with_a_copula_takes_no_narrative_date():
    *_, state = extract("Steve Jobs went on medical leave on Monday . This was Jobs ' third medical leave .", "en",
                        dct=date(2011, 1, 19))
    assert (state.trigger, state.date.value) == ("medical leave", None)
    *_, state = extract("Luis Durnwalder trat am Montag zurück. Das war Durnwalders dritter Rücktritt.", "de",
                        dct=date(2011, 1, 19))
    assert (state.trigger, state.date.value) == ("Rücktritt", None)


def test_past_act_after_a_dated_sentence_still_takes_the_narrative_date():
    *_, act = extract("Steve Jobs went on medical leave on Monday . Jobs announced it to the staff .", "en",
                      dct=date(2011, 1, 19))
    assert (act.trigger, act.date.value) == ("announced", "2011-01-17")
    *_, act = extract("Luis Durnwalder trat am Montag zurück. Durnwalder erklärte den Schritt mit seinem Alter.", "de",
                      dct=date(2011, 1, 19))
    assert (act.trigger, act.date.value) == ("erklärte", "2011-01-17")


def test_german_pipeline_compounds_are_construction_but_in_begleitung_is_not():
    assert one("Die Gemeinde Brixen baut eine neue Trinkwasserleitung.", "de").trigger == "Trinkwasserleitung"
    assert not extract("Landeshauptmann Luis Durnwalder kam in Begleitung von Landesrat Richard Theiner nach Brixen.",
                       "de")


def test_german_compound_tax_names_a_payment():
    e = one("In Brixen sorgt die neue Grundsteuer für Ärger.", "de")
    assert (e.type, e.trigger) == ("payment", "Grundsteuer")


def test_would_in_what_was_said_leaves_the_statement_asserted():
    e = one("General Motors said on Tuesday it would sell Saab to Spyker .", "en", dct=date(2009, 12, 16))
    assert (e.type, e.modality, e.date.value) == ("statement", "asserted", "2009-12-15")
    e = one("Luis Durnwalder kündigte am Montag an, er werde zurücktreten.", "de", dct=date(2011, 1, 19))
    assert (e.type, e.modality, e.date.value) == ("statement", "asserted", "2011-01-17")


def test_worst_drop_since_a_year_is_not_dated_by_that_year():
    e = one("The Dow Jones Industrial Average suffered its worst drop since 2001 .", "en", dct=date(2008, 9, 16))
    assert (e.type, e.date.value) == ("business", None)
    e = one("Der Dax erlebte den stärksten Verlust seit 2001.", "de", dct=date(2008, 9, 16))
    assert (e.type, e.date.value) == ("business", None)


# ---- coordinated verbs ------------------------------------------------------------------------

def test_a_leading_date_covers_the_verb_coordinated_with_the_first():
    fired, founded = extract("In 1985 Steve Jobs was fired from Apple and he founded NeXT .", "en", dct=date(2011, 10, 6))
    assert [(e.trigger, e.date.value) for e in (fired, founded)] == [("fired", "1985"), ("founded", "1985")]
    quit, founded = extract("Im Jahr 2010 trat Luis Durnwalder zurück und er gründete eine Stiftung.", "de",
                            dct=date(2011, 10, 6))
    assert [(e.trigger, e.date.value) for e in (quit, founded)] == [("trat zurück", "2010"), ("gründete", "2010")]


def test_a_pronoun_continues_the_person_named_earlier_in_its_own_sentence():
    *_, founded = extract("In 1985 Steve Jobs was fired from Apple and he founded NeXT .", "en", dct=date(2011, 10, 6))
    assert names(founded)["Steve Jobs"] == "source"
    *_, founded = extract("Im Jahr 2010 trat Luis Durnwalder zurück und er gründete eine Stiftung.", "de",
                          dct=date(2011, 10, 6))
    assert names(founded) == {"Luis Durnwalder": "source"}


def test_a_verb_without_a_subject_of_its_own_shares_the_subject_of_the_sentence():
    *_, launched = extract("Apple Computer was founded by Steve Jobs and Steve Wozniak in 1976 , and launched the "
                           "iTunes Music Store in 2003 .", "en", dct=date(2011, 10, 6))
    assert (launched.trigger, launched.date.value, names(launched)["Apple Inc."]) == ("launched", "2003", "source")
    *_, opened = extract("Die Brennerautobahn wurde 1959 von Luis Durnwalder und Silvius Magnago gegründet und "
                         "eröffnete 1974 eine Ausfahrt in Brixen.", "de", dct=date(2011, 10, 6))
    assert (opened.trigger, opened.date.value, names(opened)["Brenner Autobahn"]) == ("eröffnete", "1974", "source")


def test_a_capitalised_name_inside_an_english_sentence_is_no_modality_cue():
    *_, founded = extract("In 1985 Steve Jobs was fired from Apple and he founded NeXT .", "en", dct=date(2011, 10, 6))
    assert founded.modality == "asserted"
    assert one("Apple will open its next store in Bozen .", "en").modality == "planned"


# ---- negation --------------------------------------------------------------------------------

def test_german_negation_at_the_end_of_the_clause_negates_the_verb():
    assert one("Apple bestätigte die Pläne am Montag nicht.", "de").modality == "negated"
    assert one("Die Carabinieri nahmen am Sonntag zwei Männer nicht fest.", "de").modality == "negated"


def test_negation_inside_what_was_said_leaves_an_english_statement_asserted():
    e = one("Apple said it would not sell the iPhone in Bozen .", "en")
    assert (e.type, e.modality) == ("statement", "asserted")
    e = one("Luis Durnwalder sagte, die Gemeinde werde die Steuer nicht erhöhen.", "de")
    assert (e.type, e.modality) == ("statement", "asserted")


def test_german_split_verb_spans_a_long_middle_field():
    e = one("Die Carabinieri nahmen am Sonntag in Bozen zwei Männer fest.", "de")
    assert (e.type, e.trigger, e.date.value) == ("coerce", "nahmen fest", "2024-11-17")


# ---- places as settings ----------------------------------------------------------------------

def test_a_place_after_in_is_the_setting_not_a_participant():
    assert names(one("Steve Jobs was born in San Francisco on February 24 , 1955 .", "en")) == {"Steve Jobs": "source"}
    assert names(one("Luis Durnwalder eröffnete gestern in Meran eine neue Schule.", "de")) == {
        "Luis Durnwalder": "source"}


def test_a_place_after_in_stays_when_no_one_else_takes_part():
    assert names(one("In Meran wurde gestern eine neue Schule eröffnet.", "de")) == {"Merano": "source"}
    assert names(one("A new school opened in Merano yesterday .", "en")) == {"Merano": "source"}


# ---- narrative reference time and its actors -----------------------------------------------

def test_a_reaction_by_someone_new_takes_no_narrative_date():
    _, reaction = extract("Steve Jobs unveiled the iPhone yesterday . Barack Obama praised the device .", "en")
    assert (reaction.trigger, reaction.date.value) == ("praised", None)
    _, reaction = extract("US-Außenminister John Kerry verurteilte gestern den Anschlag in Tunis. "
                          "EU-Ratspräsident Donald Tusk betonte, er sei schockiert.", "de")
    assert (reaction.trigger, reaction.date.value) == ("betonte", None)


def test_an_act_about_an_actor_of_the_dated_sentence_takes_the_narrative_date():
    _, reaction = extract("Steve Jobs died yesterday at his home in California . Barack Obama praised Jobs as a "
                          "great innovator .", "en")
    assert (reaction.trigger, reaction.date.value) == ("praised", "2024-11-17")
    _, follow = extract("Die Polizei von Neapel hat gestern eine Bombe entschärft. Die Büros wurden geräumt.", "de")
    assert (follow.trigger, follow.date.value) == ("geräumt", "2024-11-17")


def test_after_an_occasion_anyone_who_speaks_takes_its_date():
    _, said = extract("The board of Apple convened yesterday . Tim Cook announced that the company would buy Beats .",
                      "en")
    assert (said.trigger, said.date.value) == ("announced", "2024-11-17")
    _, said = extract("Der Südtiroler Landtag tagte gestern. Luis Durnwalder kündigte an, dass die Steuer sinkt.", "de")
    assert (said.trigger, said.date.value) == ("kündigte an", "2024-11-17")


def test_someone_who_acts_with_the_dated_actors_continues_the_narrative():
    *_, added = extract("Airbus delayed the A380 yesterday . Airbus chief executive Louis Gallois said the delay "
                        "would cost billions . Gallois added that no jobs would be cut .", "en")
    assert (added.trigger, added.date.value) == ("added that", "2024-11-17")
    *_, stressed = extract("Die Gemeinde Brixen hat gestern die Steuer erhöht. Bürgermeister Albert Pürgstaller sagte "
                           "in Brixen, es gehe nicht anders. Pürgstaller betonte, die Gemeinde brauche Geld.", "de")
    assert (stressed.trigger, stressed.date.value) == ("betonte", "2024-11-17")


def test_a_delay_is_an_event():
    e = one("Airbus delayed the A380 again on Tuesday .", "en", dct=date(2006, 10, 4))
    assert (e.type, e.date.value) == ("decide", "2006-10-03")
    e = one("Airbus hat die Auslieferung des A380 am Dienstag erneut verschoben.", "de", dct=date(2006, 10, 4))
    assert (e.type, e.date.value) == ("decide", "2006-10-03")


# ---- markets, aircraft and carmakers ------------------------------------------------------------

@pytest.mark.parametrize("text,lang,etype,trigger", [
    ("The Dow Jones Industrial Average gained 2.1 percent on Tuesday .", "en", "change", "gained"),
    ("Der Dax legte am Dienstag zwei Prozent zu.", "de", "change", "legte zu"),
    ("Emirates cancelled its order for 20 Airbus A380 on Monday .", "en", "business", "cancelled"),
    ("Lufthansa hat am Montag zehn Airbus A380 bestellt.", "de", "business", "bestellt"),
    ("The Boeing 787 made its maiden flight on Tuesday .", "en", "product_launch", "maiden flight"),
    ("Der Airbus A350 absolvierte am Dienstag seinen Erstflug.", "de", "product_launch", "Erstflug"),
    ("The Treasury Department bailed out General Motors on Monday .", "en", "aid", "bailed out"),
    ("Die Bundesregierung gewährte Opel am Montag eine Bürgschaft.", "de", "aid", "Bürgschaft"),
])
def test_market_aircraft_and_carmaker_news_give_dated_events(text, lang, etype, trigger):
    e = one(text, lang, dct=date(2009, 6, 3))
    assert (e.type, e.trigger) == (etype, trigger)
    assert e.date.value in ("2009-06-01", "2009-06-02")
