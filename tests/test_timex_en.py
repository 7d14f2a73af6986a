"""English temporal expressions: one behaviour per test, with sentences as news writes them."""
from datetime import date

from ingest.timex import tag

DCT = date(2010, 6, 16)  # a Wednesday


def only(text, dct=DCT):
    found = tag(text, dct, "en")
    assert len(found) == 1, found
    return found[0]


def values(text, dct=DCT):
    return [(t.text, t.value) for t in tag(text, dct, "en")]


def test_month_and_day_resolve_to_the_publication_year():
    assert only("The phone will be available on June 17.").value == "2010-06-17"


def test_month_day_and_year_with_tokenised_comma():
    assert only("He was born on February 24 , 1955 in San Francisco.").value == "1955-02-24"


def test_day_before_month_british_style():
    assert only("The summit opened on 3 March 2009 in London.").value == "2009-03-03"


def test_ordinal_day_suffix():
    assert only("Shipping begins April 2nd.").value == "2010-04-02"


def test_month_without_year_in_future_tense_moves_to_next_year():
    assert only("The company will release the tablet in January.").value == "2011-01"


def test_last_tuesday_is_the_tuesday_before_publication():
    assert only("Police arrested him last Tuesday.").value == "2010-06-15"


def test_weekday_in_past_tense_is_the_last_such_day():
    assert only("Apple announced the recall on Monday.").value == "2010-06-14"


def test_weekday_named_on_the_day_of_publication_is_that_day():
    assert only("Steve Jobs said on Wednesday that sales were strong.").value == "2010-06-16"


def test_weekday_in_future_tense_is_the_next_such_day():
    assert only("The court will hear the case on Friday.").value == "2010-06-18"


def test_yesterday_today_tomorrow_count_from_publication():
    assert values("Yesterday he resigned; today the board meets; tomorrow it votes.") == [
        ("Yesterday", "2010-06-15"), ("today", "2010-06-16"), ("tomorrow", "2010-06-17")]


def test_last_month_is_the_month_before_publication():
    assert only("Sales fell last month.").value == "2010-05"


def test_this_year_and_next_year():
    assert values("Profits rose this year and will rise next year.") == [
        ("this year", "2010"), ("next year", "2011")]


def test_this_week_is_the_iso_week_of_publication():
    assert only("The jury is expected to decide this week.").value == "2010-W24"


def test_early_year_keeps_the_year_with_a_start_modifier():
    t = only("Jobs went on medical leave in early 2009.")
    assert (t.value, t.mod) == ("2009", "START")


def test_the_beginning_of_the_year_is_the_publication_year_start():
    t = only("Shares have doubled since the beginning of the year.")
    assert (t.value, t.mod) == ("2010", "START")


def test_years_ago_is_a_date_counted_back_from_publication():
    t = only("The store opened three years ago.")
    assert (t.type, t.value) == ("DATE", "2007")


def test_two_days_later_counts_from_the_last_date_mentioned():
    assert values("The iPad went on sale on April 3. Two days later it sold out.")[1] == (
        "Two days later", "2010-04-05")


def test_the_next_day_counts_from_the_last_date_mentioned():
    assert values("The hearing began on May 4. The next day the judge ruled.")[1] == (
        "The next day", "2010-05-05")


def test_the_last_quarter_is_the_previous_quarter():
    assert only("Profit jumped in the last quarter.").value == "2010-Q1"


def test_fiscal_quarter_by_ordinal():
    assert only("Revenue in the third quarter of 2009 was flat.").value == "2009-Q3"


def test_the_past_decade_is_a_ten_year_duration():
    t = only("Apple grew enormously in the past decade.")
    assert (t.type, t.value) == ("DURATION", "P10Y")


def test_number_and_unit_is_a_duration():
    t = only("The battery lasts two days.")
    assert (t.type, t.value) == ("DURATION", "P2D")


def test_the_next_six_months_is_a_duration():
    assert only("The change will occur within the next six months.").value == "P6M"


def test_clock_time_with_pm():
    assert only("The keynote starts at 10 a.m. Pacific time.").value == "2010-06-16T10:00"


def test_friday_morning_is_a_time():
    t = only("The store was opened Friday morning.")
    assert (t.type, t.value) == ("TIME", "2010-06-11TMO")


def test_annually_is_a_yearly_set():
    t = only("The company reports its emissions annually.")
    assert (t.type, t.value) == ("SET", "P1Y")


def test_annual_before_an_event_name_is_not_a_set():
    # MEANTIME leaves "its annual developer conference" unannotated: it names an event
    assert tag("Apple held its annual developer conference.", DCT, "en") == []


def test_every_monday_is_a_weekly_set():
    assert only("The podcast is published every Monday.").value == "XXXX-WXX-1"


def test_recently_and_now_are_vague_references():
    assert values("It recently cut prices and now sells more.") == [
        ("recently", "PAST_REF"), ("now", "PRESENT_REF")]


def test_decade_in_digits():
    assert only("Apple nearly went bankrupt in the 1990s.").value == "199"


def test_thanksgiving_is_the_fourth_thursday_of_november():
    assert only("Stores open early on Thanksgiving.").value == "2010-11-25"


def test_may_the_verb_is_not_a_month():
    assert tag("Apple may release a new phone, analysts say.", DCT, "en") == []


def test_may_the_month_is_a_month():
    assert only("The phone was released in May.").value == "2010-05"


def test_march_the_noun_is_not_a_month():
    assert tag("Thousands joined the march through the city.", DCT, "en") == []


def test_number_with_a_unit_is_not_a_year():
    assert tag("The company employs 2000 people.", DCT, "en") == []


def test_unknown_language_falls_back_to_english():
    assert only("The iPhone 4 ships on June 24.", dct=DCT).value == "2010-06-24"
    assert [t.value for t in tag("The iPhone 4 ships on June 24.", DCT, "xx")] == ["2010-06-24"]


def test_one_year_later_counts_from_the_last_year_the_story_named():
    found = values("Jobs started Apple in 1976, and in 1984 the Macintosh came out. "
                   "One year later he left the company.")
    assert found[-1] == ("One year later", "1985")


def test_the_following_year_counts_from_the_last_year_the_story_named():
    assert values("In 2001 the iPod came out; the following year sales doubled.")[-1] == (
        "the following year", "2002")


def test_hyphenated_quarter_before_a_noun_is_a_quarter():
    t = only("Apple said fourth-quarter profit rose sharply.", dct=date(2010, 1, 20))
    assert (t.text, t.value) == ("fourth-quarter", "2009-Q4")


def test_first_half_of_a_year():
    assert only("Deliveries resume in the first half of 2011.").value == "2011-H1"


def test_clock_time_followed_by_a_weekday_takes_that_weekday():
    t = only("Trading was halted at 2:30 p.m. EST Tuesday.")
    assert (t.text, t.value) == ("2:30 p.m. EST Tuesday", "2010-06-15T14:30")


def test_earlier_this_month_is_the_publication_month():
    assert only("Earlier this month, the company cut prices.").value == "2010-06"


def test_abbreviated_decade_with_apostrophe():
    t = only("The company was founded in the late '70s.")
    assert (t.value, t.mod) == ("197", "END")


def test_year_range_yields_both_years():
    assert values("Steve Jobs 1955-2011") == [("1955", "1955"), ("2011", "2011")]


def test_month_after_a_month_and_conjunction_is_a_month():
    assert values("He made appearances in March and June.") == [
        ("March", "2010-03"), ("June", "2010-06")]


def test_fiscal_year_keeps_the_fiscal_marker():
    assert only("Sales in fiscal 2009 were flat.").value == "FY2009"


def test_year_end_is_the_end_of_the_publication_year():
    t = only("The company expects to close the deal by year-end.")
    assert (t.value, t.mod) == ("2010", "END")


def test_twice_a_year_is_a_set():
    t = only("The board meets twice a year.")
    assert (t.type, t.value) == ("SET", "P1Y")


def test_a_second_term_is_not_a_duration():
    assert tag("He won a second term in office.", DCT, "en") == []


def test_as_soon_as_is_a_conjunction_not_a_time():
    assert tag("I hope to be back as soon as I can.", DCT, "en") == []
    assert only("The update will be available soon.").value == "FUTURE_REF"
