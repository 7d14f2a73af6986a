"""The language data: compiled once, fast to load, consistent with dateparser's locale data."""
from datetime import date

import pytest
from dateparser.data.date_translation_data import de as dateparser_de, en as dateparser_en

from ingest.timex import tag
from ingest.timex.language import load

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@pytest.mark.parametrize("lang, locale", [("de", dateparser_de), ("en", dateparser_en)])
def test_full_month_and_weekday_names_cover_dateparsers_locale_data(lang, locale):
    # dateparser's curated locale tables serve as a reference list of spellings ("Jänner")
    language = load(lang)
    for n, key in enumerate(MONTHS, 1):
        for name in locale.info[key]:
            if len(name) > 4 and "." not in name:
                assert language.lookup("month", name) == n, name
    for n, key in enumerate(WEEKDAYS, 1):
        for name in locale.info[key]:
            if len(name) > 4:
                assert language.lookup("weekday", name) == n, name


def test_every_rule_of_both_languages_compiles_and_has_a_known_kind():
    for lang in ("de", "en"):
        assert len(load(lang).rules) > 40
