"""Trigger words and cues are data: one file per language, types from the taxonomy."""
import shutil
from datetime import date

from ingest import actors, events, sentences, timex
from ingest.events import lexicon as lexicon_module
from ingest.model import Document


def test_taxonomy_keeps_the_twenty_cameo_root_categories_in_order():
    codes = [d["cameo"] for d in lexicon_module.event_types().values() if "cameo" in d]
    assert codes == [f"{i:02d}" for i in range(1, 21)]


def test_taxonomy_has_the_news_types_beyond_cameo():
    types = set(lexicon_module.event_types())
    assert {"election", "take_office", "leave_office", "approve", "deploy", "sanction", "lawsuit",
            "ruling", "death", "resignation", "appointment", "publication"} <= types


def test_both_languages_give_triggers_for_every_cameo_root():
    cameo = {t for t, d in lexicon_module.event_types().items() if "cameo" in d}
    for lang in ("de", "en"):
        lex = lexicon_module.lexicon(lang)
        labels = {p.label for table in (lex.triggers.exact, lex.triggers.prefix, lex.triggers.suffix)
                  for ps in table.values() for p in ps}
        assert cameo <= labels, (lang, cameo - labels)


def test_unknown_language_falls_back_to_english_triggers():
    assert lexicon_module.lexicon("fr") == lexicon_module.lexicon("en")


def test_adding_a_trigger_to_a_data_file_adds_events(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    shutil.copytree(lexicon_module.DATA, folder)
    path = folder / "de.yaml"
    path.write_text(path.read_text("utf-8").replace("  award: [", "  award: [prämiert, "), "utf-8")
    monkeypatch.setattr(lexicon_module, "DATA", folder)
    lexicon_module.lexicon.cache_clear()
    try:
        text = "Die Kellerei Kaltern wurde in Wien prämiert."
        doc = Document(id="d", text=text, published=date(2024, 11, 18), lang="de")
        [e] = events.extract_events(doc, sentences.split(text, "de"), timex.tag(text, doc.published, "de"),
                                    actors.recognize(text, "de"))
        assert (e.type, e.trigger) == ("award", "prämiert")
    finally:
        lexicon_module.lexicon.cache_clear()


def test_noun_marker_only_leads_a_pattern():
    import yaml

    for lang in ("de", "en"):
        data = yaml.safe_load((lexicon_module.DATA / f"{lang}.yaml").read_text("utf-8"))
        for etype, items in data["triggers"].items():
            for item in items:
                assert "~" not in str(item)[1:], (lang, etype, item)


def test_both_languages_name_their_since_locative_and_copula_words():
    for lang in ("de", "en"):
        lex = lexicon_module.lexicon(lang)
        assert lex.since and lex.locative and lex.copulas, lang


def test_a_cached_word_lookup_does_not_change_what_a_lexicon_equals():
    english = lexicon_module.lexicon("en")
    english.triggers.find(["apple", "said", "on", "monday"])
    assert lexicon_module.lexicon("fr") == english
