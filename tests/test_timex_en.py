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
    assert only("Shipping begins April 2nd.", dct=date(2010, 3, 20)).value == "2010-04-02"


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


def test_the_quarter_refers_to_the_quarter_the_story_last_named():
    found = values("Sales rose in the second quarter. Margins for the quarter were thin.")
    assert found[-1] == ("the quarter", "2010-Q2")


def test_the_quarter_told_in_the_past_is_the_quarter_just_reported():
    assert only("The bank said profit for the quarter fell 8 percent.",
                dct=date(2011, 10, 25)).value == "2011-Q3"


def test_quarter_told_in_the_past_has_already_ended():
    # in October the fourth quarter of this year is still ahead: results for it are last year's
    assert only("Revenue in the fourth quarter rose 12 percent, the retailer said.",
                dct=date(2011, 10, 25)).value == "2010-Q4"


def test_quarter_told_in_the_future_is_the_coming_one():
    assert only("Analysts expect a rebound in the first quarter.",
                dct=date(2011, 10, 25)).value == "2012-Q1"


def test_quarter_named_by_its_closing_month():
    assert only("Results for the December quarter topped forecasts.",
                dct=date(2011, 1, 25)).value == "2010-Q4"


def test_quarter_of_a_fiscal_year_keeps_the_fiscal_marker():
    t = only("Orders fell in the second quarter of fiscal 2010.")
    assert (t.text, t.value) == ("the second quarter of fiscal 2010", "FY2010-Q2")


def test_days_later_after_a_month_counts_from_that_month():
    found = values("The carmaker filed for bankruptcy in June 2009 and emerged 40 days later.")
    assert found[-1] == ("40 days later", "2009-07")


def test_consecutive_days_is_a_duration():
    t = only("The index has fallen for three consecutive days.")
    assert (t.type, t.value) == ("DURATION", "P3D")


def test_had_expected_is_past_not_future():
    assert only("Analysts had expected a decision in the spring.",
                dct=date(2011, 10, 19)).value == "2011-SP"


def test_last_as_a_verb_stays_outside_the_duration():
    t = only("The trial could last six weeks.")
    assert (t.text, t.value) == ("six weeks", "P6W")


def test_bare_plural_unit_after_within_is_a_vague_duration():
    t = only("Firefighters reached the scene within hours.")
    assert (t.text, t.value) == ("hours", "PTXH")


def test_for_years_leaves_the_preposition_outside():
    t = only("The two firms have fought over the patent for years.")
    assert (t.text, t.value) == ("years", "PXY")


def test_each_summer_is_a_seasonal_set():
    t = only("The festival is held each summer in the old town.")
    assert (t.type, t.value) == ("SET", "XXXX-SU")


def test_this_past_weekend_is_the_last_weekend():
    assert only("Thousands marched this past weekend.").value == "2010-W23-WE"


def test_weeks_from_now_counts_forward_from_publication():
    t = only("The verdict is due two weeks from now.")
    assert (t.text, t.value) == ("two weeks from now", "2010-W26")


def test_the_morning_of_a_date_is_a_time_on_that_day():
    t = only("The blast happened on the morning of March 3.")
    assert (t.type, t.value) == ("TIME", "2010-03-03TMO")


def test_the_next_decade_is_a_ten_year_duration_like_the_past_decade():
    t = only("The deficit will shrink over the next decade.")
    assert (t.type, t.value) == ("DURATION", "P10Y")


def test_fall_meaning_a_decline_is_not_autumn():
    assert tag("The sharp fall in oil prices hurt the airline.", DCT, "en") == []


def test_in_the_fall_is_autumn():
    assert only("The school will open in the fall.").value == "2010-FA"


def test_arab_spring_is_a_movement_not_a_season():
    assert [t.text for t in tag("The Arab Spring toppled several rulers.", DCT, "en")] == []


def test_black_monday_is_the_1987_crash():
    t = only("It was the steepest drop since Black Monday.")
    assert (t.text, t.value) == ("Black Monday", "1987-10-19")


def test_irregular_past_verb_sets_the_tense_of_a_month():
    # "fell" is past: a December named in March is last year's
    assert only("Shares fell sharply in December.", dct=date(2013, 3, 14)).value == "2012-12"


def test_hyphenated_number_word_counts_in_full():
    t = only("The firm was founded twenty-five years ago.", dct=date(2013, 3, 14))
    assert (t.text, t.value) == ("twenty-five years ago", "1988")


def test_clock_time_keeps_its_time_zone_in_the_span():
    t = only("The market opened at 9:30 a.m. EST.")
    assert (t.text, t.value) == ("9:30 a.m. EST", "2010-06-16T09:30")


def test_and_a_half_adds_half_a_unit():
    assert values("The ban lasts two and a half years; the appeal took a year and a half.") == [
        ("two and a half years", "P2.5Y"), ("a year and a half", "P1.5Y")]


def test_a_year_after_an_amount_is_a_rate_set():
    t = only("The average nurse earns $40,000 a year.")
    assert (t.type, t.value) == ("SET", "P1Y")


def test_holiday_name_before_a_capitalised_word_is_a_place():
    assert tag("The expedition reached Easter Island in a storm.", DCT, "en") == []


def test_season_name_before_a_capitalised_word_is_a_name():
    assert tag("Tourists crowded the Summer Palace.", DCT, "en") == []


def test_the_present_before_a_noun_is_an_adjective():
    assert tag("The present situation is dire.", DCT, "en") == []
    assert values("Prices have risen from 1990 to the present.")[-1] == ("the present", "PRESENT_REF")


def test_four_digit_count_of_shares_is_not_a_year():
    assert tag("The chairman sold 2000 shares last week.", DCT, "en")[0].text == "last week"


def test_the_last_day_of_something_is_a_position_not_a_date():
    assert tag("Shares slumped on the last day of trading.", DCT, "en") == []


def test_at_the_last_minute_is_an_idiom_not_a_duration():
    assert tag("The deal collapsed at the last minute.", DCT, "en") == []


def test_the_1800s_is_a_century():
    assert only("The mill was built in the 1800s.").value == "18"


def test_noon_before_a_weekday_is_noon_of_that_day():
    t = only("Bids must arrive by noon Friday.")
    assert (t.text, t.value) == ("noon Friday", "2010-06-18T12:00")


def test_four_digit_world_time_from_wire_copy():
    t = only("The ceasefire took effect at 0900 GMT.")
    assert (t.type, t.value) == ("TIME", "2010-06-16T09:00")


def test_oclock_is_a_clock_time():
    assert only("The council met at 10 o'clock.").value == "2010-06-16T10:00"


def test_the_financial_year_is_the_publication_years_fiscal_year():
    t = only("The very beginning of the financial year brought record profits.",
             dct=date(2007, 1, 18))
    assert (t.value, t.mod) == ("FY2007", "START")


def test_next_fiscal_year_moves_the_fiscal_year():
    assert only("Profit will rise next fiscal year.").value == "FY2011"


def test_united_is_not_a_past_tense_marker():
    assert only("The United States will hold talks in January.",
                dct=date(2011, 10, 19)).value == "2012-01"


def test_present_perfect_with_an_irregular_participle_is_past():
    assert only("The company has cut 500 jobs in December.", dct=date(2011, 3, 2)).value == "2010-12"


def test_month_told_in_the_past_has_already_begun():
    # told in October, a December in the past tense is last year's
    assert only("Shares have fallen since December.", dct=date(2011, 10, 19)).value == "2010-12"


def test_month_takes_the_year_of_a_full_date_earlier_in_its_sentence():
    found = values("The carmaker filed for bankruptcy in June 2009 and emerged on July 10.",
                   dct=date(2011, 10, 19))
    assert found[-1] == ("July 10", "2009-07-10")


def test_a_bare_year_earlier_in_the_sentence_does_not_frame_a_month():
    found = values("Sales have grown since the store opened in 2003, and as of February it "
                   "had 2 million customers.", dct=date(2008, 4, 9))
    assert found[-1] == ("February", "2008-02")


def test_a_year_ending_a_sentence_closes_it():
    found = values("The phone launched on June 29, 2007. On January 9 the maker cut prices.",
                   dct=date(2011, 10, 19))
    assert found[-1] == ("January 9", "2011-01-09")


def test_last_night_is_the_night_before_publication():
    t = only("Last night the storm knocked out power.")
    assert (t.type, t.value) == ("TIME", "2010-06-15TNI")


def test_the_day_before_yesterday_is_one_expression():
    t = only("He arrived the day before yesterday.")
    assert (t.text, t.value) == ("the day before yesterday", "2010-06-14")


def test_the_same_quarter_last_year_is_the_focus_quarter_a_year_back():
    found = values("In the third quarter the carmaker earned $2 billion, up from $1 billion "
                   "in the same quarter last year.", dct=date(2011, 10, 27))
    assert found[-1] == ("the same quarter last year", "2010-Q3")


def test_vague_decades_are_counted_in_years_like_the_past_decade():
    assert values("The feud over the border has lasted for decades.") == [("decades", "PXY")]


def test_bare_q3_after_a_preposition_is_a_quarter():
    assert only("Revenue in Q3 rose 10 percent.", dct=date(2011, 10, 19)).value == "2011-Q3"


def test_half_year_under_way_told_in_the_past_is_this_years():
    assert only("Sales slowed in the second half.", dct=date(2011, 10, 19)).value == "2011-H2"


def test_clock_time_in_local_time_before_a_weekday_takes_that_weekday():
    t = only("The quake struck at 10:30 a.m. local time Thursday.", dct=date(2011, 10, 19))
    assert t.value == "2011-10-13T10:30"


def test_clock_time_before_tomorrow_is_on_the_next_day():
    t = only("The vote is at 10 a.m. tomorrow.")
    assert (t.text, t.value) == ("10 a.m. tomorrow", "2010-06-17T10:00")


def test_clock_time_followed_by_on_and_a_date_takes_that_date_but_stays_apart():
    assert values("The verdict came at 3 p.m. on June 5.") == [
        ("3 p.m.", "2010-06-05T15:00"), ("June 5", "2010-06-05")]


def test_half_of_last_year_takes_the_shifted_year():
    t = only("The jobless rate was 5 percent in the second half of last year.")
    assert (t.text, t.value) == ("the second half of last year", "2009-H2")


def test_these_days_is_the_present_and_lately_the_past():
    assert values("These days few people buy CDs, and sales have slowed lately.") == [
        ("These days", "PRESENT_REF"), ("lately", "PAST_REF")]


def test_the_sept_11_attacks_are_dated_2001():
    t = only("Airport security was tightened after the Sept. 11 attacks.")
    assert (t.text, t.value) == ("Sept. 11", "2001-09-11")


def test_black_friday_is_the_day_after_thanksgiving():
    assert only("Retailers expect record sales on Black Friday.",
                dct=date(2011, 10, 19)).value == "2011-11-25"


# ---- business and market news ----------------------------------------------------------

def test_a_year_ago_is_the_year_before_publication():
    assert only("Shares traded at $12, up from $9 a year ago.").value == "2009"


def test_year_earlier_adjective_is_the_year_before_publication():
    t = only("Net income fell from the year-earlier period.")
    assert (t.type, t.value) == ("DATE", "2009")


def test_year_earlier_quarter_is_the_quarter_in_focus_a_year_back():
    found = values("Profit rose in the first quarter, beating the year-earlier quarter.")
    assert found[-1][1] == "2009-Q1"


def test_the_year_before_counts_from_the_last_year_named():
    found = values("The planemaker delivered 498 jets in 2009, up from 483 the year before.")
    assert found == [("2009", "2009"), ("the year before", "2008")]


def test_the_previous_quarter_is_the_one_before_the_quarter_named():
    found = values("Revenue in the third quarter of 2009 rose 4% from the previous quarter.")
    assert found[-1] == ("the previous quarter", "2009-Q2")


def test_the_quarter_ended_a_month_is_the_quarter_that_month_closes():
    assert values("Sales for the quarter ended March 31 were flat.")[0] == ("the quarter", "2010-Q1")


def test_possessive_year_before_a_half_is_that_years_half():
    assert only("Deliveries recovered in 2008's second half.").value == "2008-H2"


def test_the_second_half_of_a_year():
    assert only("The carmaker expects demand to recover in the second half of 2008.").value == "2008-H2"


def test_sales_for_the_year_is_the_publication_year():
    assert only("Sales for the year rose 5 percent.").value == "2010"


def test_for_the_week_is_the_publication_week():
    assert only("For the week, the Dow gained 2 percent.").value == "2010-W24"


def test_the_week_before_a_participle_is_not_the_week_in_focus():
    assert values("The firm joined the talks in the week leading up to the summit.") == []


def test_the_first_nine_months_is_a_duration():
    t = only("In the first nine months, deliveries rose 10 percent.")
    assert (t.type, t.value) == ("DURATION", "P9M")


def test_this_morning_is_the_morning_of_publication():
    t = only("The index opened higher this morning.")
    assert (t.type, t.value) == ("TIME", "2010-06-16TMO")


def test_late_last_year_is_last_year_with_an_end_modifier():
    t = only("The plant was closed late last year.")
    assert (t.value, t.mod) == ("2009", "END")


def test_by_the_end_of_the_year_is_the_publication_year_end():
    t = only("The deal should close by the end of the year.")
    assert (t.value, t.mod) == ("2010", "END")


def test_model_year_keeps_its_year():
    assert only("The sedan is part of the 2011 model year.").value == "2011"


def test_between_two_years_yields_both_years():
    assert values("Output grew between 2005 and 2007.") == [("2005", "2005"), ("2007", "2007")]


def test_five_year_adjective_is_a_duration():
    t = only("The union signed a five-year contract.")
    assert (t.type, t.value) == ("DURATION", "P5Y")


def test_weekday_session_is_that_weekday():
    assert only("Shares lost 2% in Monday's session.").value == "2010-06-14"


# ---- words that look temporal but are not -------------------------------------------------

def test_a_quarter_of_something_is_a_fraction_not_a_duration():
    assert values("About a quarter of the city's residents marched, and three quarters of "
                  "the states agreed.") == []


def test_daily_in_a_newspaper_name_is_not_a_set():
    assert values("The Daily Telegraph and Hurriyet Daily News reported it.") == []


def test_daily_as_an_adverb_is_still_a_set():
    assert only("Protesters filled the streets daily.").value == "P1D"


def test_shortly_after_an_event_is_not_a_time():
    assert values("Shortly after the vote, the minister resigned.") == []


def test_at_the_end_of_the_day_is_an_idiom_not_a_date():
    assert values("At the end of the day, the proposal failed.") == []


def test_the_past_before_a_count_of_sessions_is_not_a_vague_past():
    assert values("The index has fallen in the past four sessions.") == []


def test_soon_inside_a_hyphenated_name_is_not_a_time():
    assert values("Park Won-soon was elected mayor.") == []


# ---- durations -------------------------------------------------------------------------

def test_age_in_years_old_is_a_duration():
    t = only("The pilot was 64 years old.")
    assert (t.text, t.type, t.value) == ("64 years old", "DURATION", "P64Y")


def test_hyphenated_age_before_a_noun_is_a_duration():
    t = only("A 19-year-old motorcyclist was injured.")
    assert (t.text, t.value) == ("19-year-old", "P19Y")


def test_unit_long_adjective_is_a_duration():
    assert values("After a week-long stay he began a three-year-long sentence.") == [
        ("week-long", "P1W"), ("three-year-long", "P3Y")]


# ---- parts of days told about -------------------------------------------------------------

def test_the_next_morning_is_the_morning_after_the_last_day_named():
    found = values("He resigned on Monday night and left the next morning.")
    assert found[-1] == ("the next morning", "2010-06-15TMO")


def test_that_night_is_the_night_of_the_last_day_named():
    found = values("The regulator revoked the licence on June 3 and the station went dark that night.")
    assert found[-1] == ("that night", "2010-06-03TNI")


def test_clock_time_keeps_a_british_time_zone():
    assert only("The court sat at 10:30 BST.").text == "10:30 BST"


def test_pm_followed_by_lower_case_words_does_not_end_the_sentence():
    # the weekday and the past tense later in the sentence both reach the clock time
    found = values("Around 3 p.m. local time on Monday, smoke turned the sky dark.",
                   dct=date(2010, 6, 19))
    assert found[0] == ("3 p.m.", "2010-06-14T15:00")


# ---- tense and year choice ---------------------------------------------------------------

def test_intends_to_makes_a_month_future():
    found = values("He intends to leave the bloc by the end of January.", dct=date(2019, 12, 16))
    assert found[0][1] == "2020-01"


def test_was_to_end_looks_ahead_from_the_past():
    assert only("His term was to end in August.", dct=date(2020, 6, 11)).value == "2020-08"


def test_died_marks_the_past_tense():
    assert only("The congressman died in October.", dct=date(2020, 3, 20)).value == "2019-10"


def test_untensed_day_just_before_new_year_is_last_year():
    found = values("Attacks over the last months, including the attack on December 27th, "
                   "culminating in deaths.", dct=date(2020, 1, 5))
    assert ("December 27th", "2019-12-27") in found


def test_untensed_month_some_months_away_stays_in_the_publication_year():
    assert only("The congress in November decides the budget.").value == "2010-11"


def test_this_weekday_told_in_the_past_is_this_weeks_gone_day():
    found = only("This Wednesday the minister stressed the need for approval.", dct=date(2019, 3, 31))
    assert found.value == "2019-03-27"


def test_untensed_weekday_prefers_the_past_day_unless_the_next_is_clearly_nearer():
    # a Monday paper: last Thursday is four days back, next Thursday three ahead
    assert only("On Thursday, a rally in Minsk for the opposition candidate and her supporters.",
                dct=date(2020, 8, 3)).value == "2020-07-30"
    # ... last Saturday two days back, next Saturday five ahead
    assert only("On Saturday, a rally in Minsk for the opposition candidate and her supporters.",
                dct=date(2020, 8, 3)).value == "2020-08-01"
    # ... last Wednesday five days back, next Wednesday two ahead
    assert only("On Wednesday, a rally in Minsk for the opposition candidate and her supporters.",
                dct=date(2020, 8, 3)).value == "2020-08-05"


def test_a_day_before_which_something_was_done_has_passed():
    found = values("The governor announced his resignation shortly before midnight Wednesday.", dct=date(2019, 7, 28))
    assert found == [("midnight Wednesday", "2019-07-24T24:00")]


def test_a_sentence_opening_weekday_before_a_prepositional_as_takes_the_main_verbs_tense():
    found = values("On Wednesday, as a part of his campaign, President Erdogan pledged converting the museum.",
                   dct=date(2019, 3, 31))
    assert found == [("Wednesday", "2019-03-27")]


def test_day_told_in_the_past_after_a_full_date_of_an_earlier_year_takes_that_year():
    found = values("The army moved on November 15, 2017. He negotiated immunity in exchange "
                   "for his resignation on November 21.", dct=date(2019, 9, 9))
    assert found[-1] == ("November 21", "2017-11-21")


def test_every_other_week_is_a_two_week_set():
    t = only("The board meets every other week.")
    assert (t.type, t.value) == ("SET", "P2W")


def test_the_past_year_and_a_half_adds_half_a_year():
    assert only("The chain sold 22 stores in the past year and a half.").value == "P1.5Y"


def test_earlier_than_planned_is_a_comparison_not_a_date_counted_back():
    t = only("The plant opened two months earlier than planned.")
    assert (t.text, t.type, t.value) == ("two months", "DURATION", "P2M")


# ---- classes from a coverage audit against the TimeBank rule inventory ------------------

def test_year_before_an_ordinal_quarter_names_that_years_quarter():
    assert values("The 2001 third quarter was the best ever.") == [("The 2001 third quarter", "2001-Q3")]


def test_next_years_quarter_is_one_expression_in_the_next_year():
    assert values("Analysts expect next year's first quarter to improve.") == [
        ("next year's first quarter", "2011-Q1")]


def test_year_earlier_half_is_the_same_half_a_year_back():
    assert values("Sales rose 4% from the year-earlier first half.") == [
        ("the year-earlier first half", "2009-H1")]


def test_half_of_this_year_is_the_publication_years_half_whatever_the_tense():
    assert values("Sales were weak in the second half of this year.") == [
        ("the second half of this year", "2010-H2")]


def test_first_month_of_a_pair_takes_the_year_written_after_the_second():
    assert values("Production stopped in May and June 2011.") == [("May", "2011-05"), ("June 2011", "2011-06")]


def test_month_after_between_is_a_month():
    assert [t for t, _ in values("Sales peaked between March and May.")] == ["March", "May"]


def test_decade_in_two_digits_without_apostrophe_after_the_article():
    t = only("Prices soared in the mid-90s.")
    assert (t.text, t.value, t.mod) == ("the mid-90s", "199", "MID")


def test_two_digit_decade_after_a_possessive_is_an_age():
    assert values("The founders were in their 20s.") == []


def test_century_with_a_modifier_keeps_it_as_mod():
    t = only("The town grew in the late 19th century.")
    assert (t.text, t.value, t.mod) == ("the late 19th century", "18", "END")


def test_century_ordinal_in_words_beyond_twelfth():
    assert only("Churches built in the nineteenth century survive.").value == "18"


def test_clock_time_with_seconds_keeps_the_seconds():
    assert only("The rocket lifted off at 10:30:34 a.m.").value == "2010-06-16T10:30:34"


def test_four_digit_clock_with_a_us_time_zone():
    t = only("Trading halted at 1145 EST.")
    assert (t.text, t.value) == ("1145 EST", "2010-06-16T11:45")


def test_midnight_is_the_end_of_its_day():
    assert only("The curfew starts at midnight.").value == "2010-06-16T24:00"


def test_reporting_clause_after_a_weekday_leaves_the_plan_in_the_future():
    assert only("The bank will publish the data on Friday, officials said.").value == "2010-06-18"


def test_reporting_verb_before_a_weekday_still_tells_it_in_the_past():
    assert values("On Friday, the company said it will cut jobs.") == [("Friday", "2010-06-11")]


def test_each_month_name_is_a_yearly_set():
    t = only("The council meets each September.")
    assert (t.text, t.type, t.value) == ("each September", "SET", "XXXX-09")


def test_weekday_with_a_plural_part_of_day_is_a_set():
    t = only("The show airs Monday afternoons.")
    assert (t.type, t.value) == ("SET", "XXXX-WXX-1TAF")


def test_a_day_after_a_number_of_hours_is_a_rate():
    found = tag("The plant runs 24 hours a day.", DCT, "en")
    assert [(t.text, t.type, t.value) for t in found] == [
        ("24 hours", "DURATION", "PT24H"), ("a day", "SET", "P1D")]


def test_spring_water_is_not_a_season():
    assert values("The spring water company sold more bottles.") == []


def test_sunday_newspaper_is_not_a_day():
    assert values("The Sunday Times reported the story.") == []


def test_us_numeric_date_with_a_two_digit_year():
    assert only("The filing is dated 09/26/99.").value == "1999-09-26"


def test_three_numbers_with_dashes_are_a_score_not_a_date():
    assert values("The champion won 6-4-76 in the final.") == []


def test_this_month_with_a_day_is_that_day_this_year():
    assert only("The vote is due this November 24.").value == "2010-11-24"


def test_end_of_this_month_name_is_that_month_with_mod_end():
    t = only("The vote is set for the end of this November.")
    assert (t.text, t.value, t.mod) == ("the end of this November", "2010-11", "END")


def test_that_weekend_is_the_weekend_of_the_story_date():
    assert values("Stocks rallied on June 6, and that weekend was calm.")[-1] == ("that weekend", "2010-W22-WE")


def test_the_day_before_does_not_move_what_the_day_after_counts_from():
    found = values("The court ruled on Monday. The day before, protesters gathered; "
                   "the day after, they left.")
    assert found == [("Monday", "2010-06-14"), ("The day before", "2010-06-13"),
                     ("the day after", "2010-06-15")]


def test_year_ago_period_is_one_expression():
    assert values("Profit doubled from the year-ago period.") == [("the year-ago period", "2009")]


def test_years_end_is_the_end_of_the_publication_year():
    t = only("The company expects a profit by year's end.")
    assert (t.text, t.value, t.mod) == ("year's end", "2010", "END")


def test_the_same_year_is_the_year_the_story_last_named():
    assert values("He was elected in May 1995 and resigned the same year.")[-1] == ("the same year", "1995")


def test_semiannually_is_a_half_yearly_set():
    t = only("The bonds pay interest semiannually.")
    assert (t.type, t.value) == ("SET", "P6M")


def test_room_resolution_and_house_numbers_are_not_years():
    assert values("The panel met in Room 1901 at 1600 Pennsylvania Avenue to discuss HR 2001.") == []


def test_a_count_before_new_jobs_is_not_a_year():
    assert values("The company will add 1500 new jobs.") == []


def test_summer_camp_is_not_a_season():
    assert values("The summer camp opened its doors.") == []


def test_sunday_school_is_not_a_day():
    assert values("He is a Sunday school teacher.") == []


def test_modal_passive_is_future_not_a_past_participle():
    assert values("The merger will be completed in the second quarter.") == [("the second quarter", "2010-Q2")]


def test_late_yesterday_keeps_late_as_mod_end():
    t = only("The board met late yesterday.")
    assert (t.text, t.value, t.mod) == ("late yesterday", "2010-06-15", "END")


def test_weekday_closing_a_range_lies_after_the_day_that_opens_it():
    # a Wednesday paper: Thursday is tomorrow, so the Sunday closing the range is the next one
    assert values("The festival runs from Thursday through Sunday.") == [
        ("Thursday", "2010-06-17"), ("Sunday", "2010-06-20")]


def test_weekday_listed_after_a_shifted_weekday_lies_after_it():
    # a Thursday paper, present tense: "Wednesday" alone would be yesterday
    assert values("The Fed meets next Tuesday and Wednesday.", dct=date(1989, 10, 26)) == [
        ("next Tuesday", "1989-10-31"), ("Wednesday", "1989-11-01")]


def test_clock_time_without_a_day_takes_the_day_the_story_tells_of():
    found = values("Yesterday, drones hit two oil plants. The attacks occurred at 4 a.m. local time.")
    assert found == [("Yesterday", "2010-06-15"), ("4 a.m.", "2010-06-15T04:00")]


def test_clock_time_after_a_background_date_keeps_the_publication_day():
    found = values("He was born on June 5, 1950. The ceremony starts at 4 p.m.")
    assert found[-1] == ("4 p.m.", "2010-06-16T16:00")


# ---- enumerations and ranges that share a month or a century ------------------------

def test_second_day_of_an_enumeration_takes_month_and_year_of_the_first():
    assert values("The trials were held on September 14 and 18, 2009.") == [
        ("September 14", "2009-09-14"), ("18, 2009", "2009-09-18")]


def test_day_closing_a_range_takes_the_month_of_the_day_that_opens_it():
    assert values("Talks are planned between March 3 and 5.") == [
        ("March 3", "2011-03-03"), ("5", "2011-03-05")]


def test_number_after_a_date_and_and_is_no_day_when_a_noun_follows():
    assert values("On March 3 and 5 people were hurt in the blast.") == [("March 3", "2010-03-03")]


def test_first_day_of_an_enumeration_takes_the_month_written_after_the_last():
    assert values("Voters went to the polls on 14 and 18 September 2009.") == [
        ("14", "2009-09-14"), ("18 September 2009", "2009-09-18")]


def test_short_second_year_of_a_range_is_a_timex_with_the_full_year():
    assert values("Output fell in 1996-97 and the bridge was built in 1850-58.") == [
        ("1996", "1996"), ("97", "1997"), ("1850", "1850"), ("58", "1858")]


def test_season_written_with_a_slash_is_dated_by_its_first_year_only():
    assert values("The club was relegated in the 2008/09 season.") == [("2008", "2008")]


def test_two_digits_that_would_count_back_after_a_year_are_no_range():
    assert values("Figures for 2010-09 were revised.") == [("2010", "2010")]


# ---- turns of centuries, the new year --------------------------------------------

def test_turn_of_the_century_is_the_turn_nearest_the_publication_year():
    assert values("Prices have doubled since the turn of the century.") == [("the turn of the century", "2000")]


def test_turn_of_the_century_in_a_story_of_the_1890s_is_1900():
    found = values("The mill opened in 1893 and closed at the turn of the century.")
    assert found == [("1893", "1893"), ("the turn of the century", "1900")]


def test_turn_of_a_numbered_century_is_that_century_start():
    assert values("The exhibition covers the turn of the 20th century.") == [
        ("the turn of the 20th century", "1900")]


def test_the_new_year_told_in_december_is_the_next_year():
    assert values("The law takes effect in the new year.", date(2010, 12, 14)) == [("the new year", "2011")]


def test_the_new_year_told_in_january_is_the_current_year():
    assert values("Sales have slowed in the new year.", date(2011, 1, 12)) == [("the new year", "2011")]


def test_new_year_holiday_is_not_the_year():
    assert values("Stores expect crowds for the New Year holiday.") == []


# ---- parts of days, clauses -----------------------------------------------------

def test_early_friday_morning_is_the_morning_with_mod_start():
    t = only("Police raided the house early Friday morning.")
    assert (t.text, t.type, t.value, t.mod) == ("early Friday morning", "TIME", "2010-06-11TMO", "START")


def test_semicolon_ends_the_clause_whose_tense_dates_a_month():
    # "fell" tells the first clause; the second, untensed, keeps this year's November
    assert values("Shares fell on the news; in November the board meets again.") == [("November", "2010-11")]


def test_the_week_of_a_date_is_that_iso_week():
    assert values("The company will report earnings the week of March 16.", date(1998, 3, 4)) == [
        ("the week of March 16", "1998-W12")]


def test_numbered_eu_directive_is_not_a_year():
    assert values("Directive 2004/38/EC governs free movement.") == []


def test_latest_quarter_told_in_the_past_is_the_last_one_closed():
    # on 4 March the first quarter is still running: results are about the fourth
    assert values("Profit fell in the latest quarter.", date(1998, 3, 4)) == [("the latest quarter", "1997-Q4")]


def test_ordinal_day_alone_takes_the_month_the_story_is_told_in():
    assert values("He arrived on the 15th and left on the 20th.", date(1998, 3, 4)) == [
        ("the 15th", "1998-02-15"), ("the 20th", "1998-02-20")]


def test_ordinal_before_a_noun_is_no_day():
    assert values("The firm moved its offices on the 15th floor.") == []


def test_a_sentence_ending_in_a_day_number_takes_no_tense_from_the_next():
    # "15." ends the sentence in English (no ordinal period): "rose" is not its tense
    assert values("The dividend is payable Aug. 15. Sales in May rose 4%.") == [
        ("Aug. 15", "2010-08-15"), ("May", "2010-05")]


def test_day_right_after_a_relative_year_lies_in_that_year():
    assert values("Last year, on August 8, he received the award.", date(2020, 9, 3)) == [
        ("Last year", "2019"), ("August 8", "2019-08-08")]


def test_day_right_after_a_written_year_lies_in_that_year():
    assert values("In 2009, on March 3, the plant closed.") == [("2009", "2009"), ("March 3", "2009-03-03")]


def test_year_further_off_in_the_sentence_sets_no_frame():
    assert values("Since its launch in 2003, as of February it has sold more.")[1] == ("February", "2010-02")


def test_a_year_opening_the_sentence_frames_its_months():
    found = values("In the 2016 presidential election, Sanders continued his bid until June, "
                   "and didn't endorse Clinton until July.", date(2020, 4, 15))
    assert found[-2:] == [("June", "2016-06"), ("July", "2016-07")]


def test_a_bare_year_opening_a_noun_phrase_sets_no_frame():
    assert values("2016 Olympic champion Smith will race in June.", date(2020, 4, 15))[-1] == ("June", "2020-06")


def test_month_day_and_relative_year_are_one_expression():
    assert only("He fell ill on August 8 last year.", date(2020, 9, 3)).value == "2019-08-08"


def test_weekday_the_sentence_already_dated_is_that_day():
    assert values("Fighting began on Monday, March 1, and by Monday evening it had ended.") == [
        ("Monday, March 1", "2010-03-01"), ("Monday evening", "2010-03-01TEV")]


def test_weekday_with_its_date_in_parentheses_is_that_date():
    assert values("Crowds gathered Saturday (June 5) outside the court.") == [
        ("Saturday", "2010-06-05"), ("June 5", "2010-06-05")]


def test_untensed_weekday_after_until_lies_ahead():
    assert only("Greece has until Monday to raise the money.").value == "2010-06-21"


def test_take_effect_speaks_of_the_future():
    assert only("The new rules take effect Jan. 1.", date(2010, 10, 31)).value == "2011-01-01"


def test_last_quarter_of_a_year_is_its_fourth():
    assert only("Growth slowed in the last quarter of 2009.").value == "2009-Q4"


def test_final_half_of_last_year_is_its_second_half():
    assert only("Sales were weak in the final half of last year.").value == "2009-H2"


def test_daily_newspaper_is_no_set():
    assert values("The Hungarian daily newspaper Magyar Nemzet revealed the deal.") == []


def test_week_of_a_pregnancy_is_no_calendar_week():
    assert values("The law allows terminations up to week 22 of a pregnancy.") == []


def test_in_the_past_leaves_the_preposition_outside_the_span():
    assert values("He has done this in the past.") == [("the past", "PAST_REF")]


def test_tokenised_decade_with_apostrophe_s_apart():
    assert only("In the late 1980 's Apple Computer added audio.").value == "198"


def test_possessive_year_is_that_year_not_a_decade():
    assert only("Sales beat 2008's record.").value == "2008"


def test_quarter_of_the_financial_year_is_fiscal():
    assert only("During the first quarter of the financial year Apple sold 21 million iPods.",
                date(2007, 1, 18)).value == "FY2007-Q1"


def test_holiday_by_nth_weekday_martin_luther_king_day():
    assert only("Offices closed on Martin Luther King Jr. Day.", date(2013, 3, 21)).value == "2013-01-21"


def test_holiday_counted_from_easter_palm_sunday():
    assert only("The pope will say Mass on Palm Sunday.", date(2013, 3, 21)).value == "2013-03-24"


def test_event_to_be_held_speaks_of_the_future():
    assert only("Apple announced another event to be held in January.", date(2005, 10, 4)).value == "2006-01"


def test_weekday_set_after_a_day_as_what_it_is_is_that_day():
    assert values("Tomorrow, a Tuesday, is called Super Tuesday.", date(2020, 3, 2))[:2] == [
        ("Tomorrow", "2020-03-03"), ("Tuesday", "2020-03-03")]


def test_weekday_after_another_day_of_the_sentence_is_its_own_day():
    found = values("Nevada voted on February 22, and South Carolina held its primary on Saturday.",
                   date(2020, 3, 6))
    assert found == [("February 22", "2020-02-22"), ("Saturday", "2020-02-29")]


def test_was_to_meet_tells_no_tense_so_the_nearer_weekday_wins():
    assert only("The Senate was to meet Monday to discuss it.", dct=date(2019, 8, 8)).value == "2019-08-05"


def test_verb_of_a_following_subordinate_clause_tells_no_tense():
    assert only("The runoff takes place in July, because no candidate won a majority.").value == "2010-07"


def test_the_future_of_something_is_its_prospects_not_a_time():
    assert values("We think it is the future of notebooks.") == []


def test_a_fortnight_is_two_weeks():
    assert only("The talks lasted a fortnight.").value == "P2W"


def test_financial_year_written_as_a_span_of_two_years_is_one_expression():
    assert values("The budget for the financial year 2012-13 was cut.") == [("the financial year 2012-13", "FY2012")]


def test_half_year_written_short():
    assert only("Sales fell in H1 2013.").value == "2013-H1"


def test_deadline_told_in_the_past_may_lie_ahead():
    text = "The bank threatened to cut off emergency funding by Monday."
    assert only(text, date(2013, 3, 23)).value == "2013-03-25"


def test_month_told_in_the_future_more_than_a_month_back_is_next_years():
    assert only("The company will report results in June.", date(2013, 8, 20)).value == "2014-06"


def test_reporting_clause_with_ruled_leaves_the_statement_its_own_tense():
    text = "Oscar Pistorius will go on trial in June, a magistrate ruled Tuesday."
    assert values(text, date(2013, 8, 20)) == [("June", "2014-06"), ("Tuesday", "2013-08-20")]


def test_hours_ago_lie_on_the_day_of_publication():
    assert only("He left home five hours ago.", date(2020, 7, 9)).value == "2020-07-09TXX:XX"


def test_minutes_later_in_a_story_stay_an_unknown_clock_time():
    assert only("Three minutes later the bomb exploded.").value == "XXXX-XX-XXTXX:XX"


def test_half_past_and_quarter_to_are_clock_times():
    assert values("They met at quarter to nine and left at half past ten.") == [
        ("quarter to nine", "2010-06-16T08:45"), ("half past ten", "2010-06-16T10:30")]


def test_oclock_in_words_with_part_of_day():
    assert only("He called at eleven o'clock at night.").value == "2010-06-16T23:00"


def test_early_hours_of_a_weekday_are_its_morning():
    assert only("The decision was taken in the early hours of Saturday.").value == "2010-06-12TMO"


def test_early_hours_of_a_date_are_its_morning():
    assert only("He shot her in the early hours of Feb. 14, 2013, at his home.").value == "2013-02-14TMO"


def test_a_weekday_in_the_plural_is_every_such_day():
    assert only("The shop closes on Mondays.").value == "XXXX-WXX-1"


def test_every_morning_is_a_set_of_mornings():
    assert only("Each morning he reads the papers.").value == "XXXX-XX-XXTMO"


def test_a_wage_per_hour_is_a_rate_not_a_duration():
    t = only("He earns $15 an hour.")
    assert (t.type, t.value) == ("SET", "PT1H")


def test_first_week_of_a_month_is_its_iso_week():
    assert only("In the first week of April the plant opens.", date(2013, 3, 21)).value == "2013-W14"


def test_season_of_next_year():
    assert only("The plant opens in the spring of next year.").value == "2011-SP"


def test_a_quarter_to_a_third_is_no_clock_time():
    assert values("A quarter to a third of voters agree.") == []


def test_the_quarter_told_in_the_past_is_not_a_coming_quarter_just_named():
    text = ("The company expects fourth-quarter results to be weak. "
            "Analysts had expected earnings of $4 a share for the quarter.")
    assert values(text, date(1989, 10, 20))[-1] == ("the quarter", "1989-Q3")


def test_the_near_future_is_a_future_reference():
    assert only("She had no plans to leave the country in the near future.").value == "FUTURE_REF"


def test_a_part_of_the_day_after_a_preposition_is_the_story_day_s():
    found = values("On Monday protesters marched. Violence continued through the evening, "
                   "and police left in the early morning.")
    assert found[1:] == [("the evening", "2010-06-14TEV"), ("the early morning", "2010-06-14TMO")]


def test_a_part_of_the_day_naming_a_kind_of_thing_is_no_time():
    assert values("Stocks fell in the morning session as they watched the night sky.") == []


def test_the_year_earlier_period_after_a_quarter_is_that_quarter_a_year_back():
    found = values("Net income rose 12% in the third quarter from the year-earlier period.",
                   dct=date(1989, 11, 2))
    assert found == [("the third quarter", "1989-Q3"), ("the year-earlier period", "1988-Q3")]


def test_weekday_and_ordinal_day_take_the_month_in_which_they_meet():
    # 13 October 1989 was a Friday; told in November, "Friday the 13th" is that day
    assert only("The Dow fell 190 points on Friday the 13th.", dct=date(1989, 11, 2)).value == "1989-10-13"


def test_units_ahead_are_a_vague_stretch_from_now():
    assert only("The market could remain volatile in the months ahead.").value == "PXM"


def test_midnight_before_a_date_is_that_date_s_midnight():
    assert only("The offer expires at midnight Nov. 15.", dct=date(1989, 11, 2)).value == "1989-11-15T24:00"


def test_the_weekend_of_a_date_is_that_date_s_weekend():
    assert only("The summit takes place on the weekend of 20-21 April.", dct=date(2013, 3, 22)).value == "2013-W16-WE"


def test_at_the_moment_is_now_but_not_the_moment_of_something():
    assert values("The mood at the moment is tense.") == [("the moment", "PRESENT_REF")]
    assert values("At the moment of impact he was asleep.") == []


def test_the_day_after_later_in_is_the_story_s_day():
    assert values("On Monday the union met. Later in the day, talks collapsed.") == [
        ("Monday", "2010-06-14"), ("the day", "2010-06-14")]


def test_a_range_of_months_naming_a_quarter_is_that_quarter():
    assert only("The April-June quarter was weak.", dct=date(2013, 3, 22)).value == "2012-Q2"


def test_an_ambiguous_month_before_an_event_noun_is_a_month():
    assert values("The June summit is expected to focus on trade.", dct=date(2013, 3, 22)) == [("June", "2013-06")]


def test_a_name_before_may_keeps_it_a_name():
    assert values("Theresa May talks to reporters.", dct=date(2013, 3, 22)) == []


def test_a_present_copula_before_a_month_schedules_it():
    assert only("The election is in November.", dct=date(2013, 1, 4)).value == "2013-11"


def test_since_a_weekday_is_a_past_start():
    # a Thursday: "since Saturday" is the one before, not the coming one
    assert only("The island's banks have been shut since Saturday.", dct=date(2013, 3, 21)).value == "2013-03-16"


def test_a_schedule_told_in_the_present_lies_ahead():
    dct = date(2013, 3, 20)
    assert only("The EU's arms embargo on Syria expires at the end of May.", dct).value == "2013-05"
    assert values("The dividend is payable April 15.", dct) == [("April 15", "2013-04-15")]


def test_a_marker_in_the_expression_s_own_clause_beats_one_after_a_comma():
    found = values("Mr. Bernanke, whose second term ends in January, declined to comment.", date(2013, 3, 20))
    assert found == [("January", "2014-01")]


def test_was_planning_is_the_future_of_a_past_moment():
    # postponed: the Tuesday before the Friday of publication, not the coming one
    found = values("In Ohio, which was planning to hold its primary election on Tuesday, the governor "
                   "postponed it.", date(2020, 3, 20))
    assert found == [("Tuesday", "2020-03-17")]


def test_an_expression_far_from_any_marker_takes_its_sentence_s_tense():
    found = values("Investors will get the latest reading on consumer confidence on Tuesday and the "
                   "government's final estimate of economic growth on Thursday.", date(2013, 3, 25))
    assert found == [("Tuesday", "2013-03-26"), ("Thursday", "2013-03-28")]


def test_money_per_unit_after_a_plural_noun_is_a_rate():
    assert only("The Fed began buying $40 billion of mortgage bonds a month.").type == "SET"


def test_half_an_hour_is_one_expression():
    assert only("He waited half an hour.").value == "PT30M"


def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_back():
    found = values("Profit in the third quarter was $5 million, compared with $3 million a year earlier.",
                   dct=date(2013, 3, 20))
    assert found[-1] == ("a year earlier", "2011-Q3")


def test_the_year_before_is_a_whole_year_even_after_a_month():
    found = values("Sales in March 2009 fell. The year before they rose.", dct=date(2013, 3, 20))
    assert found[-1] == ("The year before", "2008")


def test_a_date_a_past_verb_moved_to_may_lie_ahead():
    found = values("Maryland rescheduled most of its primary races to June 2.", date(2020, 3, 20))
    assert found == [("June 2", "2020-06-02")]


def test_a_month_naming_a_scheduled_event_keeps_its_own_time():
    found = values("Monday's bid for October elections failed.", date(2019, 9, 11))
    assert found == [("Monday", "2019-09-09"), ("October", "2019-10")]


def test_a_story_moving_on_moves_the_reference_day():
    found = values("Lehman filed for bankruptcy on September 15, and the next day the Fed rescued AIG. "
                   "Two days later, Paulson asked Congress for money.", date(2008, 9, 30))
    assert found == [("September 15", "2008-09-15"), ("the next day", "2008-09-16"),
                     ("Two days later", "2008-09-18")]


def test_a_that_clause_after_an_expression_does_not_set_its_tense():
    found = values("Obama said in a televised address on Monday that the government would be a "
                   "reluctant shareholder.", date(2009, 6, 2))
    assert found == [("Monday", "2009-06-01")]


def test_a_passive_participle_after_is_is_no_past():
    assert only("The offer is scheduled to expire Nov. 30 and is conditioned on financing.",
                date(1989, 11, 2)).value == "1989-11-30"


def test_a_count_of_things_per_unit_is_a_rate():
    assert only("The line turns out four aircraft a month.").type == "SET"


def test_a_single_day_is_a_duration():
    assert only("About $1.2 trillion was wiped out in a single day.").value == "P1D"


def test_a_relative_clause_on_the_expression_tells_its_tense():
    found = values("Strategists said renewed worries could weigh on equities in the second quarter, "
                   "which begins next week.", date(2013, 3, 25))
    assert found[0] == ("the second quarter", "2013-Q2")


def test_would_be_with_a_participle_points_ahead():
    found = values("The council announced on Saturday that the election would be held on April 14.",
                   date(2013, 3, 9))
    assert found[-1] == ("April 14", "2013-04-14")


def test_a_part_of_the_day_before_trading_is_that_day_s():
    assert values("Shares rose 4 percent in morning trading.", date(2013, 3, 20)) == [("morning", "2013-03-20TMO")]


def test_by_noon_is_a_clock_time():
    assert values("By noon the stock had lost 20 percent.", date(2013, 3, 20)) == [("noon", "2013-03-20T12:00")]


def test_a_far_off_date_named_in_comparison_does_not_move_the_clock_s_day():
    found = values("The Dow fell 777 points on Monday. The S&P lost 8.8 percent, its worst fall since the "
                   "crash of October 19, 1987. Shares had been falling since the opening bell at 9:30 a.m.",
                   date(2008, 9, 30))
    assert found[-1] == ("9:30 a.m.", "2008-09-29T09:30")


def test_a_date_set_for_by_a_past_verb_may_lie_ahead():
    assert values("The president on Wednesday called a snap election for May 25.", date(2014, 3, 5))[-1] == (
        "May 25", "2014-05-25")


def test_a_clock_time_takes_the_day_after_its_parenthesis():
    found = values("He spoke at 8 p.m. (1800 GMT) on Tuesday.", date(2014, 3, 5))
    assert found[0] == ("8 p.m.", "2014-03-04T20:00")


def test_a_24_hour_clock_time_takes_the_weekday_after_it():
    found = values("A quake struck at 21:47 local time on Sunday.", date(2011, 9, 12))
    assert found[0] == ("21:47", "2011-09-11T21:47")


def test_a_schedule_verb_right_before_a_date_points_ahead():
    assert values("Early voting begins Jan. 28, Lane said.", date(2019, 1, 9)) == [("Jan. 28", "2019-01-28")]


def test_a_future_told_after_a_full_date_of_an_earlier_year_is_not_in_that_year():
    found = values("Kalnins, president since July 2009, said the campaign would begin on April 24.", date(2014, 3, 5))
    assert found[-1] == ("April 24", "2014-04-24")


def test_a_clock_time_told_in_the_past_is_not_on_a_coming_day():
    found = values("Rain is due on Thursday night. Flood warnings were in force at 14:00 GMT.", date(2013, 12, 30))
    assert found[-1] == ("14:00 GMT", "2013-12-30T14:00")


def test_the_following_sunday_counts_from_the_story_s_date():
    found = values("The wall fell on November 9, 1989. The following Sunday he drove to West Berlin.", date(2009, 11, 5))
    assert found[-1][1] == "1989-11-12"


def test_an_un_adjective_in_ed_is_no_past_tense():
    found = values("Forecasters say unsettled weather is likely to continue into early January.", date(2013, 12, 30))
    assert found == [("early January", "2014-01")]


def test_the_fall_of_that_year_is_the_story_s_year():
    found = values("The plant opened in March 2019 and closed in the fall of that year.", date(2021, 1, 9))
    assert found[-1] == ("the fall of that year", "2019-FA")


def test_the_full_year_is_the_year_in_focus():
    assert values("He expects profit for the full year to rise.", date(2020, 1, 9)) == [("the full year", "2020")]


def test_a_quote_in_the_present_is_not_made_past_by_its_reporting_clause():
    found = values('"The market is in for a rough first quarter," said Henrik Dahl.', date(2015, 1, 2))
    assert found == [("first quarter", "2015-Q1")]


def test_morning_trading_is_on_the_story_s_day_near_publication():
    found = values("Profit fell in the three months that ended Feb. 2. Shares rose in morning trading.",
                   date(2013, 3, 20))
    assert found[-1] == ("morning", "2013-03-20TMO")


def test_quarters_as_durations_and_sets_are_written_in_months():
    assert only("The next two quarters will be hard.").value == "P6M"
    assert only("The firm reports every quarter.").value == "P3M"


def test_days_a_week_is_a_set_of_weeks():
    assert values("Schools will open four days a week.") == [("four days a week", "P1W")]


def test_a_four_digit_world_time_before_a_weekday_is_that_day_s():
    assert values("The ceasefire begins at 0600 GMT Saturday.", date(2017, 2, 9)) == [
        ("0600 GMT Saturday", "2017-02-11T06:00")]


def test_a_later_month_right_after_a_month_of_an_earlier_year_lies_in_it():
    found = values("In March 1943 he was given six months to produce a blade. By September his team had "
                   "a design.", date(1995, 12, 4))
    assert found[-1] == ("September", "1943-09")


def test_by_with_the_past_perfect_is_a_deadline_passed():
    found = values("He was ranked ninth but had slipped outside the top 300 by December.", date(2003, 5, 26))
    assert found[-1] == ("December", "2002-12")


def test_the_main_verb_before_that_is_not_the_tense_of_what_was_said():
    found = values("Okafor said in an interview yesterday that the walkout could cut fourth-quarter "
                   "earnings.", date(1989, 10, 27))
    assert found == [("yesterday", "1989-10-26"), ("fourth-quarter", "1989-Q4")]


def test_remain_closed_is_no_past_tense():
    assert values("Schools in Erie will remain closed Friday.", date(1998, 3, 5)) == [("Friday", "1998-03-06")]


def test_takes_office_points_ahead():
    found = values("The president-elect, who takes office February 25th, has warned of job losses.", date(1998, 1, 13))
    assert found == [("February 25th", "1998-02-25")]


def test_have_had_is_no_past_perfect_for_a_deadline():
    found = values("\"We've had good relations, and we'll have this settled by mid-November,\" he said.",
                   date(1989, 10, 27))
    assert found[-1] == ("mid-November", "1989-11")


def test_a_possessive_stays_outside_yesterday():
    assert values("Yesterday's decline was the worst this year.", date(1989, 12, 13))[0] == ("Yesterday", "1989-12-12")


def test_the_article_belongs_to_a_counted_stretch():
    assert values("Profit rose in the nine months ended Sept. 30.", date(1989, 10, 27))[0] == ("the nine months", "P9M")


def test_nth_weekday_of_a_month_is_that_day():
    assert values("The next hearing is set for the third Wednesday of January.") == [
        ("the third Wednesday of January", "2011-01-19")]
    assert values("Voters went to the polls on the first Tuesday of November 2016.") == [
        ("the first Tuesday of November 2016", "2016-11-01")]


def test_last_weekday_of_a_month_is_that_day():
    assert values("Clocks go back on the last Sunday in October.") == [("the last Sunday in October", "2010-10-31")]


def test_nth_weekday_a_month_lacks_is_no_date():
    assert values("The fifth Monday of February 2023 never came.") == []


def test_nth_weekday_of_every_month_is_a_monthly_set():
    t = only("The club meets on the last Friday of every month.")
    assert (t.text, t.type, t.value) == ("the last Friday of every month", "SET", "P1M")


def test_quarter_whose_results_are_coming_is_the_one_just_ended():
    # in November, the third quarter's figures are still to be published
    assert values("The company will report third-quarter results after the bell on Tuesday.", dct=date(2007, 11, 9))[0] == (
        "third-quarter", "2007-Q3")


def test_quarter_told_in_the_future_without_results_lies_ahead():
    assert values("Analysts expect the economy to grow 3 percent in the third quarter.", dct=date(2007, 11, 9)) == [
        ("the third quarter", "2008-Q3")]


def test_the_noun_plan_tells_no_future():
    assert values("GM announced a similar plan in November.", dct=date(2006, 1, 24)) == [("November", "2005-11")]


def test_verb_of_an_until_clause_after_the_expression_tells_nothing():
    found = values("Chrysler said it will halt production at its plants from Monday until the bankruptcy is resolved.",
                   dct=date(2009, 5, 1))
    assert found == [("Monday", "2009-05-04")]


def test_that_year_is_the_year_the_story_last_named():
    assert values("In 2003, he moved to Paris. He died later that year.") == [("2003", "2003"), ("that year", "2003")]


def test_that_season_is_the_season_of_the_year_the_story_last_named():
    assert values("He was arrested in 2002. That summer, police searched his house.") == [
        ("2002", "2002"), ("That summer", "2002-SU")]


def test_that_before_a_noun_after_said_is_no_anaphor():
    assert values("The company said that year-end results would be strong.") == [("year-end", "2010")]


def test_same_period_last_year_after_a_quarter_is_that_quarter_a_year_back():
    found = values("Profit rose in the first quarter, compared with the same period last year.")
    assert found == [("the first quarter", "2010-Q1"), ("the same period last year", "2009-Q1")]


def test_day_closing_a_range_from_a_part_of_a_day_lies_after_it():
    found = values("Hail was possible from Saturday afternoon into Sunday night.", dct=date(2024, 5, 18))
    assert found == [("Saturday afternoon", "2024-05-18TAF"), ("Sunday night", "2024-05-19TNI")]


def test_verb_after_after_is_not_the_tense_of_the_expression():
    found = values("Japanese investors will get their first chance to react on Tuesday after the Nikkei lost 24 percent.",
                   dct=date(2008, 10, 13))
    assert found == [("Tuesday", "2008-10-14")]


def test_over_the_weekend_in_a_monday_paper_is_the_weekend_just_past():
    assert values('"What happened over the weekend is a first," he said.', dct=date(2008, 10, 13)) == [
        ("the weekend", "2008-W41-WE")]


def test_until_the_weekend_in_a_tuesday_paper_lies_ahead():
    assert values("The agency advised travellers to postpone journeys until the weekend.", dct=date(2010, 6, 22)) == [
        ("the weekend", "2010-W25-WE")]


def test_month_after_data_for_is_a_month():
    assert values("Retail sales data for May are due on Friday.", dct=date(1995, 6, 14)) == [
        ("May", "1995-05"), ("Friday", "1995-06-16")]


def test_this_weekend_told_in_the_past_on_a_monday_is_the_last_one():
    assert values("Police arrested 40 people this weekend.", dct=date(2009, 8, 3)) == [("this weekend", "2009-W31-WE")]


def test_a_day_a_strike_was_called_for_lies_ahead():
    found = values("Workers walked out on Thursday, and unions have called a strike for Tuesday.", dct=date(2007, 3, 2))
    assert found == [("Thursday", "2007-03-01"), ("Tuesday", "2007-03-06")]


def test_a_day_set_in_the_past_perfect_has_passed():
    assert values("The vote had been set for Tuesday.", dct=date(2007, 3, 2)) == [("Tuesday", "2007-02-27")]


def test_deadline_of_a_date_may_lie_ahead_though_told_in_the_past():
    found = values("General Motors, which faces its own government deadline of June 1, said it was in talks.",
                   dct=date(2009, 5, 1))
    assert found == [("June 1", "2009-06-01")]


def test_an_interview_to_be_broadcast_lies_ahead():
    found = values("Bernanke said in a television interview to be broadcast on Sunday that the recession could end.",
                   dct=date(2009, 3, 14))
    assert found == [("Sunday", "2009-03-15")]


def test_same_period_last_year_takes_the_quarter_named_sentences_before():
    found = values("GM reported on Tuesday a first-quarter net loss of $1.1 billion. The loss compares with a profit "
                   "in the same period last year. North American operations lost $1.3 billion in the quarter.",
                   dct=date(2005, 4, 20))
    assert found[2:] == [("the same period last year", "2004-Q1"), ("the quarter", "2005-Q1")]


def test_a_year_earlier_after_the_quarter_ended_on_a_day_is_that_quarter_a_year_back():
    found = values("The company earned $210 million in the quarter ended June 30, compared with $186 million a year earlier.",
                   dct=date(2017, 7, 25))
    assert found[-1] == ("a year earlier", "2016-Q2")


def test_a_year_earlier_after_a_day_alone_is_a_year():
    assert values("He was born on June 30, 1960. A year earlier, his parents had moved.")[-1] == ("A year earlier", "1959")


def test_the_year_before_financial_year_is_a_fiscal_year():
    assert values("EADS is expected to report a loss for the 2006 financial year.") == [("the 2006 financial year", "FY2006")]


def test_a_clock_time_told_in_the_future_is_not_on_a_past_day_of_the_story():
    found = values("The storm hit the coast on Wednesday. We'll have the latest advisory at 11 p.m.", dct=date(1998, 8, 20))
    assert found == [("Wednesday", "1998-08-19"), ("11 p.m.", "1998-08-20T23:00")]


def test_before_a_month_points_ahead_like_a_deadline():
    found = values("Lawmakers began a petition drive Monday to force a vote before April.", dct=date(1998, 2, 25))
    assert found == [("Monday", "1998-02-23"), ("April", "1998-04")]


def test_before_a_scheduled_event_of_a_month_points_ahead():
    assert values('"The people want it fixed before the November elections," he said.', dct=date(1998, 2, 25)) == [
        ("November", "1998-11")]


def test_election_day_is_the_tuesday_after_the_first_monday_in_november():
    assert values("Polls close at 8 p.m. on Election Day.", dct=date(1992, 10, 28))[-1] == ("Election Day", "1992-11-03")


def test_may_have_to_points_ahead():
    found = values("Schools have already used six snow days and may have to keep classes going into June.",
                   dct=date(1998, 3, 5))
    assert found == [("June", "1998-06")]


def test_could_points_ahead_but_could_not_be_reached_does_not():
    assert values("Meteo France said temperatures could reach 38 degrees on Sunday.", dct=date(2005, 8, 19)) == [
        ("Sunday", "2005-08-21")]
    assert values("The mayor could not be reached for comment on Wednesday.", dct=date(2005, 8, 19)) == [
        ("Wednesday", "2005-08-17")]


def test_a_year_earlier_after_a_quarter_named_in_the_sentence_before_is_that_quarter_a_year_back():
    found = values("Halvorsen reported on Thursday first-quarter net income of $212 million. That compares with "
                   "$180 million a year earlier.", dct=date(2006, 4, 20))
    assert found[-1] == ("a year earlier", "2005-Q1")


def test_most_of_the_decade_is_the_decade_of_publication():
    assert values("The region grew fast for most of the decade.", dct=date(1998, 1, 13)) == [("the decade", "199")]


def test_a_clock_time_restated_in_parentheses_is_on_the_first_ones_day():
    found = values("The crash happened around 8:30 p.m. BST (1930 UTC) on August 27.", dct=date(2019, 10, 10))
    assert found[:2] == [("8:30 p.m. BST", "2019-08-27T20:30"), ("1930 UTC", "2019-08-27T19:30")]


def test_a_season_in_a_name_is_no_time():
    assert values('He named it "Operation Peace Spring" and launched it.') == []
    assert values("Last Summer, the company grew.") == [("Last Summer", "2009-SU")]


def test_month_of_that_year_is_in_the_year_the_story_last_named():
    assert values("He moved to Berlin in 1990. In May of that year he married.") == [
        ("1990", "1990"), ("May of that year", "1990-05")]


def test_election_day_in_lower_case_is_no_us_holiday():
    assert values("She asked voters to vote at the polls, not before election day.", dct=date(2020, 8, 3)) == []


def test_an_abbreviation_ends_no_sentence_so_the_tense_before_it_holds():
    found = values("Ridley was still shaking hands at a union hall in south St. Louis shortly before midnight Saturday.",
                   dct=date(2000, 10, 29))
    assert found == [("midnight Saturday", "2000-10-28T24:00")]


def test_hours_and_minutes_are_one_duration():
    assert values("Nadal won after four hours and 48 minutes of play.") == [("four hours and 48 minutes", "PT4H48M")]
    assert values("The match lasted 2 hours, 51 minutes.") == [("2 hours, 51 minutes", "PT2H51M")]


def test_the_fourth_of_july_is_a_holiday():
    assert values('"This is a great way to celebrate the Fourth of July," he said.', dct=date(2006, 7, 5)) == [
        ("Fourth of July", "2006-07-04")]


def test_words_that_look_temporal_but_are_not():
    assert values("Pluto is slightly larger than previously thought.") == []
    assert values("Officials said 4,200 hourly workers would walk off the job.") == []
    assert values("Winds reached 315 kilometres per hour and gusts of 90 miles an hour.") == []
    assert values("Competitors must leave soon afterwards.") == []


def test_a_fair_that_opens_somewhere_on_a_day_lies_ahead():
    assert values("The trade fair opens in Barcelona on Monday.", dct=date(2019, 2, 21)) == [("Monday", "2019-02-25")]


def test_what_was_agreed_to_lies_ahead_of_the_agreement():
    found = values("Both said they had agreed to resume negotiations in Athens on June 28.", dct=date(2002, 5, 24))
    assert found == [("June 28", "2002-06-28")]


def test_the_day_of_an_agreement_is_its_own():
    found = values("On Monday Citigroup agreed to buy the banking operations of Wachovia.", dct=date(2008, 9, 30))
    assert found == [("Monday", "2008-09-29")]


def test_as_early_as_a_day_points_ahead():
    assert values("The union threatened a strike as early as Friday.", dct=date(1999, 9, 15)) == [("Friday", "1999-09-17")]


def test_quadrennial_is_a_set_of_four_years():
    assert values("The cost of the quadrennial event rose.") == [("quadrennial", "P4Y")]


def test_a_year_later_than_planned_is_a_duration():
    assert values("The Games opened a year later than planned.") == [("a year", "P1Y")]


def test_a_month_a_launch_is_planned_for_is_a_month():
    assert values("The launch is planned for May.", dct=date(2006, 7, 5)) == [("May", "2007-05")]


def test_a_us_time_zone_in_words_belongs_to_the_clock_time():
    assert values("The event was streamed live from 11 a.m. Pacific time.")[0][0] == "11 a.m. Pacific time"


def test_months_of_something_is_a_vague_duration():
    assert values("Investors worried that months of negotiations could delay reforms.") == [("months", "PXM")]
    assert values("The cost of living in the years of the war rose.") == []


def test_a_christmas_market_is_no_day():
    assert values("A truck attack on a Christmas market in Berlin killed 12 people.") == []


def test_previously_stated_is_a_past_reference_but_than_previously_thought_is_none():
    assert values("The governor had previously stated she was uninterested.") == [("previously", "PAST_REF")]
    assert values("Pluto is slightly larger than previously thought.") == []


def test_a_participle_after_an_article_is_an_adjective_not_the_past():
    found = values("The airline said it would publish a revised timetable on Thursday.", dct=date(2010, 3, 16))
    assert found == [("Thursday", "2010-03-18")]


def test_two_days_later_this_month_is_a_duration_and_a_month():
    assert values("The Fed will meet for two days later this month.", dct=date(2011, 9, 2)) == [
        ("two days", "P2D"), ("later this month", "2011-09")]


def test_a_month_of_delivery_is_a_month():
    assert values("Light, sweet crude for August delivery settled at $77.03 a barrel.", dct=date(2006, 7, 17)) == [
        ("August", "2006-08")]


def test_a_clock_time_told_in_the_past_after_a_coming_day_is_on_the_day_of_publication():
    found = values("Voting began on Tuesday and will end on Sunday. The polls were still open at 4 p.m.",
                   dct=date(2013, 3, 14))
    assert found == [("Tuesday", "2013-03-12"), ("Sunday", "2013-03-17"), ("4 p.m.", "2013-03-14T16:00")]


def test_a_clock_time_in_parentheses_with_its_own_weekday_keeps_it():
    found = values("The quake struck at 3:02 a.m. Tuesday (8:02 p.m. EDT Monday).", dct=date(1999, 8, 18))
    assert found == [("3:02 a.m. Tuesday", "1999-08-17T03:02"), ("8:02 p.m. EDT Monday", "1999-08-16T20:02")]


def test_ahead_of_a_day_points_ahead_though_told_in_the_past():
    found = values("Supporters filled the streets Friday as campaigning ended ahead of Monday's election.",
                   dct=date(1999, 6, 4))
    assert found == [("Friday", "1999-06-04"), ("Monday", "1999-06-07")]


def test_a_period_that_begins_on_a_weekday_before_a_comma_lies_ahead():
    found = values('Under rules adopted in January, a three-day "quiet period" begins Saturday, during which '
                   'parties may not hold rallies.', dct=date(1999, 6, 4))
    assert found[-1] == ("Saturday", "1999-06-05")


def test_the_same_quarter_of_a_year_is_the_reported_quarter_in_that_year():
    found = values("It reported a loss for the third quarter, compared with a loss in the same quarter of 2010.",
                   dct=date(2012, 1, 20))
    assert found == [("the third quarter", "2011-Q3"), ("the same quarter of 2010", "2010-Q3")]


def test_for_the_week_told_in_the_past_on_a_monday_is_the_week_of_the_story_day():
    found = values("The Dow ended Friday at 10,739.35. The blue-chip index lost 3.2 percent for the week.",
                   dct=date(2006, 7, 17))
    assert found == [("Friday", "2006-07-14"), ("the week", "2006-W28")]


def test_following_a_weekdays_event_is_no_shift():
    found = values("European markets fell on Friday following Thursday's sudden plunge on Wall Street.", dct=date(2010, 5, 7))
    assert found == [("Friday", "2010-05-07"), ("Thursday", "2010-05-06")]


def test_ending_the_week_told_on_a_monday_is_the_week_of_the_story_day():
    found = values("Stock markets suffered heavy losses on Friday, ending the week with some indices down 20 percent.",
                   dct=date(2008, 10, 13))
    assert found == [("Friday", "2008-10-10"), ("the week", "2008-W41")]


def test_three_quarters_of_a_point_is_no_time():
    assert values("The Fed cut its key rate by three-quarters of a percentage point.") == []


def test_what_was_originally_scheduled_for_a_day_has_passed():
    found = values("The vote, originally scheduled for Sunday, was first pushed back to Monday.", dct=date(2013, 3, 18))
    assert found == [("Sunday", "2013-03-17"), ("Monday", "2013-03-18")]


def test_growth_of_a_quarter_to_be_published_is_the_quarter_just_ended():
    found = values("Eurostat will release a second estimate of fourth-quarter growth on March 5.", dct=date(2014, 2, 14))
    assert found == [("fourth-quarter", "2013-Q4"), ("March 5", "2014-03-05")]


def test_a_date_something_was_extended_to_lies_ahead():
    found = values("Pyongyang said earlier this week that it was extending its launch window by a week, to Dec. 29.",
                   dct=date(2012, 12, 12))
    assert found[-1] == ("Dec. 29", "2012-12-29")


def test_a_show_that_runs_until_a_day_lies_ahead():
    assert values("The show, which is held every two years, runs until Sunday.", dct=date(2008, 7, 14))[-1] == (
        "Sunday", "2008-07-20")


def test_minutes_before_an_event_is_a_vague_duration():
    assert values("Two men were seen near the finish line minutes before the blasts.") == [("minutes", "PTXM")]


def test_the_previous_quarter_counts_from_the_quarter_reported():
    found = values("Eurostat said on Friday that GDP in the fourth quarter rose 0.3 percent from the previous quarter.",
                   dct=date(2014, 2, 14))
    assert found[1:] == [("the fourth quarter", "2013-Q4"), ("the previous quarter", "2013-Q3")]


def test_a_holiday_with_a_typographic_or_tokenised_apostrophe_is_the_holiday():
    assert values("The probe will reach it on New Year’s Day 2019.") == [("New Year’s Day 2019", "2019-01-01")]
    assert values("Valentine 's Day was quiet.", dct=date(2015, 7, 15)) == [("Valentine 's Day", "2015-02-14")]


def test_another_year_after_by_or_for_is_a_duration():
    assert values("Deliveries will be delayed by another year.") == [("another year", "P1Y")]
    assert values("The talks went on for another two weeks.") == [("another two weeks", "P2W")]
