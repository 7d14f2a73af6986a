"""German temporal expressions: one behaviour per test, with sentences as news writes them."""
from datetime import date

from ingest.timex import tag

DCT = date(2024, 11, 18)  # a Monday


def only(text, dct=DCT):
    found = tag(text, dct, "de")
    assert len(found) == 1, found
    return found[0]


def values(text, dct=DCT):
    return [(t.text, t.value) for t in tag(text, dct, "de")]


# ---- the seed article's expressions ------------------------------------------------

def test_day_and_month_in_the_past_tense_resolves_to_the_day_before_publication():
    t = only("Am 17. November Ortszeit antwortete der Vorsitzende des Ausschusses.")
    assert (t.text, t.value, t.type) == ("17. November", "2024-11-17", "DATE")
    assert t.begin == t.end_date == date(2024, 11, 17)
    assert t.granularity == "day"


def test_month_without_year_resolves_to_next_year_when_sentence_says_naechsten_jahres():
    t = only("Trump, der im Januar nächsten Jahres sein Amt antreten wird, äußerte sich.")
    assert (t.text, t.value, t.granularity) == ("Januar nächsten Jahres", "2025-01", "month")
    assert (t.begin, t.end_date) == (date(2025, 1, 1), date(2025, 1, 31))


def test_anfang_des_monats_is_the_start_of_the_publication_month():
    t = only("Seit Trump Anfang des Monats die Wahl gewonnen habe, sei viel passiert.")
    assert (t.value, t.mod) == ("2024-11", "START")
    assert t.begin == date(2024, 11, 1) and t.end_date <= date(2024, 11, 10)


def test_in_den_naechsten_tagen_is_a_vague_stretch_of_days_ahead():
    # as KRAUTS writes "in den vergangenen Tagen" (DURATION PXD) and TimeBank "the coming weeks"
    t = only("Die Ukraine plant in den nächsten Tagen ihren ersten Angriff.")
    assert (t.text, t.type, t.value) == ("den nächsten Tagen", "DURATION", "PXD")


# ---- dates -----------------------------------------------------------------------------

def test_month_without_year_in_future_tense_moves_to_next_year():
    assert only("Im Februar wird der Landtag neu gewählt.").value == "2025-02"


def test_month_without_year_in_past_tense_stays_in_the_publication_year():
    assert only("Im März hatte die Regierung den Plan vorgestellt.").value == "2024-03"


def test_day_month_and_year_are_read_exactly():
    assert only("Das Abkommen wurde am 3. Oktober 1990 unterzeichnet.").value == "1990-10-03"


def test_numeric_date_with_two_digit_year():
    assert values("Die Frist endet am 31.12.24 um Mitternacht.")[0] == ("31.12.24", "2024-12-31")


def test_weekday_before_a_date_is_part_of_one_expression():
    t = only("Der Verein lädt am Donnerstag, 21. November zur Versammlung.")
    assert (t.text, t.value) == ("Donnerstag, 21. November", "2024-11-21")


def test_first_days_of_an_enumeration_take_the_month_given_at_the_end():
    assert values("Die Sitzungen finden am 10. und 11. Dezember statt.") == [
        ("10", "2024-12-10"), ("11. Dezember", "2024-12-11")]


def test_weekday_alone_in_past_tense_is_the_last_such_day_before_publication():
    assert only("Am Samstag hatte die Polizei die Straße gesperrt.").value == "2024-11-16"


def test_weekday_alone_in_future_tense_is_the_next_such_day():
    assert only("Am Freitag wird der Ausschuss erneut tagen.").value == "2024-11-22"


def test_vergangenen_sonntag_is_the_sunday_before_publication():
    assert only("Er war vergangenen Sonntag angereist.").value == "2024-11-17"


def test_gestern_and_morgen_count_from_the_publication_date():
    assert values("Gestern sagte der Minister, morgen werde entschieden.") == [
        ("Gestern", "2024-11-17"), ("morgen", "2024-11-19")]


def test_capitalised_morgen_after_am_is_the_morning_not_tomorrow():
    t = only("Am Morgen danach war alles ruhig.")
    assert t.type == "TIME" and t.value.endswith("TMO")


def test_heute_with_a_clock_time_is_the_publication_day():
    assert values("Der Markt öffnet heute ab 15 Uhr.")[0] == ("heute", "2024-11-18")


def test_heute_in_commentary_is_the_present():
    assert only("Liberalität heißt heute etwas ganz anderes.").value == "PRESENT_REF"


def test_year_alone_is_a_date():
    assert only("Seit 2014 führt sie das Unternehmen.").value == "2014"


def test_year_followed_by_a_unit_is_a_number_not_a_date():
    assert tag("Der Verein hat 1500 Mitglieder.", DCT, "de") == []


def test_naechste_woche_is_the_following_iso_week():
    assert only("Nächste Woche beginnt die Konferenz.").value == "2024-W48"


def test_vergangenes_jahr_is_the_year_before_publication():
    assert only("Vergangenes Jahr sank die Zahl der Unfälle.").value == "2023"


def test_ende_naechsten_jahres_keeps_the_year_with_an_end_modifier():
    t = only("Die Brücke soll Ende nächsten Jahres fertig sein.")
    assert (t.value, t.mod) == ("2025", "END")


def test_season_without_year_is_the_current_season_in_future_tense():
    assert only("Im Frühjahr soll der Bau beginnen.").value == "2025-SP"


def test_dritter_winter_of_a_war_is_the_coming_winter():
    t = only("Der Konflikt tritt in seinen dritten harten Winter ein.")
    assert t.value == "2024-WI" and t.begin == date(2024, 12, 1)


def test_decade_in_digits():
    assert only("In den 1990er-Jahren wuchs die Stadt.").value == "199"


def test_decade_in_words_takes_the_century_of_the_publication_date():
    assert only("In den neunziger Jahren war das anders.").value == "199"


def test_century_by_ordinal():
    assert only("Die Kirche stammt aus dem 12. Jahrhundert.").value == "11"


def test_holiday_resolves_to_its_date_in_the_nearest_year():
    assert only("Zu Weihnachten wollen sie wieder zu Hause sein.").value == "2024-12-25"


def test_easter_is_computed_for_the_year():
    assert only("Ostern 2025 feiern sie in Rom.").value == "2025-04-20"


def test_calendar_week():
    assert only("Die Lieferung kommt in KW 47.").value == "2024-W47"


def test_am_tag_darauf_counts_from_the_last_date_mentioned():
    assert values("Am 3. März stürzte er. Am Tag darauf wurde er operiert.")[1] == (
        "Tag darauf", "2024-03-04")


def test_vortag_is_the_day_before_the_last_date_mentioned():
    assert values("Am Freitag, 8. März, gewann sie. Am Vortag war sie noch Zweite.")[1][1] == "2024-03-07"


def test_anfang_june_keeps_the_month_with_a_start_modifier():
    t = only("Anfang Juni wurde das Gesetz beschlossen.")
    assert (t.text, t.value, t.mod) == ("Anfang Juni", "2024-06", "START")


# ---- guards ----------------------------------------------------------------------------

def test_die_mit_so_are_not_weekdays():
    assert tag("Die Polizei kam mit Hunden, so die Sprecherin.", DCT, "de") == []


def test_mai_as_a_surname_is_not_a_month():
    assert tag("Der Bürgermeister Karl Mai eröffnete die Ausstellung.", DCT, "de") == []


def test_maerz_inside_maerzrevolution_is_not_a_month():
    assert tag("Die Märzrevolution veränderte Deutschland.", DCT, "de") == []


def test_age_is_not_a_duration():
    assert tag("Der 16 Jahre alte Spieler traf zweimal.", DCT, "de") == []


def test_hyphenated_compound_with_a_weekday_is_not_a_date():
    assert tag("Der Winter-Biathlon und der MIP-Montag sind beliebt.", DCT, "de") == []


# ---- times, durations, sets ------------------------------------------------------------

def test_clock_time_takes_the_date_of_its_sentence():
    assert values("Am 25. November um 20.30 Uhr beginnt das Konzert.") == [
        ("25. November", "2024-11-25"), ("20.30 Uhr", "2024-11-25T20:30")]


def test_start_of_a_time_range_is_a_time_of_its_own():
    assert values("Geöffnet ist von 14 bis 18 Uhr.") == [
        ("14", "2024-11-18T14:00"), ("18 Uhr", "2024-11-18T18:00")]


def test_weekday_with_part_of_day_is_a_time():
    t = only("Am Montagvormittag wurde der Mann festgenommen.")
    assert (t.type, t.value) == ("TIME", "2024-11-11TMO")


def test_number_and_unit_is_a_duration():
    t = only("Die Verhandlungen dauerten drei Tage.")
    assert (t.type, t.value) == ("DURATION", "P3D")


def test_fractional_duration():
    assert only("Er war dreieinhalb Minuten unter Wasser.").value == "PT3.5M"


def test_den_vergangenen_fuenf_jahren_is_a_five_year_duration():
    t = only("In den vergangenen fünf Jahren stieg die Miete.")
    assert (t.text, t.value) == ("den vergangenen fünf Jahren", "P5Y")


def test_vor_n_jahren_is_a_duration_in_german_news():
    t = only("Vor sechs Jahren wurde das Gesetz eingeführt.")
    assert (t.text, t.type, t.value) == ("sechs Jahren", "DURATION", "P6Y")


def test_jahrelang_is_a_vague_duration():
    assert only("Sie hatten jahrelang gestritten.").value == "PXY"


def test_taeglich_is_a_set():
    t = only("Der Zug fährt täglich nach Wien.")
    assert (t.type, t.value) == ("SET", "P1D")


def test_jeden_montag_is_a_weekly_set():
    assert only("Der Chor probt jeden Montag.").value == "XXXX-WXX-1"


def test_present_and_past_references():
    assert values("Damals war alles anders, jetzt ist es besser.") == [
        ("Damals", "PAST_REF"), ("jetzt", "PRESENT_REF")]


def test_no_creation_date_leaves_the_year_unknown():
    assert only("Am 17. November kam es zum Streit.", dct=None).value == "XXXX-11-17"


def test_ordinal_quarter_in_past_tense_is_the_last_such_quarter():
    t = only("Der Umsatz stieg im dritten Quartal um fünf Prozent.", dct=date(2015, 3, 12))
    assert (t.text, t.value) == ("dritten Quartal", "2014-Q3")


def test_zweite_jahreshaelfte_is_the_second_half_year():
    t = only("Die Gespräche sollen in der zweiten Jahreshälfte weitergehen.", dct=date(2025, 3, 1))
    assert (t.value, t.begin, t.end_date) == ("2025-H2", date(2025, 7, 1), date(2025, 12, 31))


def test_im_darauffolgenden_jahr_counts_from_the_last_year_named():
    assert values("2014 wurde der Plan vorgestellt, im darauffolgenden Jahr gebaut.")[-1] == (
        "darauffolgenden Jahr", "2015")


def test_wahlsieger_vom_wochenende_means_the_weekend_just_past():
    t = only("Kein Wort verlieren die Wahlsieger vom Wochenende dazu.", dct=date(2024, 11, 22))
    assert t.value == "2024-W46-WE"


def test_decade_with_mitte_der_keeps_a_mid_modifier():
    t = only("Bereits Mitte der 1990er Jahre war das Werk geschlossen worden.")
    assert (t.value, t.mod) == ("199", "MID")


def test_morgigen_sonntag_is_the_day_after_publication():
    t = only("Der Markt ist am morgigen Sonntag geöffnet.", dct=date(2024, 11, 16))
    assert (t.text, t.value) == ("morgigen Sonntag", "2024-11-17")


def test_heuer_is_the_publication_year():
    assert only("Heuer wird das Fest zum zehnten Mal gefeiert.").value == "2024"


def test_vorjahr_is_the_year_before_publication():
    t = only("Der Umsatz lag deutlich über dem Vorjahr.")
    assert (t.text, t.value) == ("dem Vorjahr", "2023")


def test_einmal_im_monat_is_a_monthly_set():
    t = only("Der Seniorenclub trifft sich einmal im Monat.")
    assert (t.type, t.value) == ("SET", "P1M")


def test_impossible_calendar_day_is_not_a_date():
    assert values("Am 31. Februar 2023 und am 29. Februar 2024.") == [("29. Februar 2024", "2024-02-29")]


def test_nacht_auf_sonntag_is_the_night_starting_on_saturday():
    t = only("In der Nacht auf Sonntag brannte ein Stadel ab.", dct=date(2015, 3, 10))
    assert (t.text, t.type, t.value) == ("Nacht auf Sonntag", "TIME", "2015-03-07TNI")


def test_jahresende_is_the_end_of_the_publication_year():
    t = only("Der Vertrag läuft zum Jahresende aus.")
    assert (t.value, t.mod) == ("2024", "END")
    assert t.begin >= date(2024, 9, 1) and t.end_date == date(2024, 12, 31)


def test_regional_language_tags_use_the_german_data():
    assert [t.value for t in tag("Am 17. November kam er.", DCT, "de-AT")] == ["2024-11-17"]


def test_compound_number_word_einundzwanzig_counts_in_full():
    t = tag("Er saß einundzwanzig Jahre im Gefängnis.", date(2013, 3, 14), "de")
    assert [(x.text, x.value) for x in t] == [("einundzwanzig Jahre", "P21Y")]


def test_decade_in_two_digits_with_jahre_is_the_last_centurys_decade():
    t = only("Anfang der 90er Jahre zog die Familie nach Meran.")
    assert (t.text, t.value, t.mod) == ("Anfang der 90er Jahre", "199", "START")


def test_fruehen_before_a_decade_gives_a_start_modifier():
    t = only("In den frühen achtziger Jahren wuchs der Ort rasch.")
    assert (t.value, t.mod) == ("198", "START")


def test_in_der_vergangenen_nacht_is_the_night_before_publication():
    t = only("In der vergangenen Nacht schneite es bis ins Tal.")
    assert (t.type, t.value) == ("TIME", "2024-11-17TNI")


def test_decade_word_without_jahre_after_mitte_der():
    t = only("Mitte der Achtziger zog der Maler nach Berlin.", dct=date(2003, 3, 14))
    assert (t.value, t.mod) == ("198", "MID")


def test_ein_halbes_jahr_is_six_months():
    t = only("Er saß ein halbes Jahr in Untersuchungshaft.")
    assert (t.type, t.value) == ("DURATION", "P6M")


def test_einer_halben_stunde_is_thirty_minutes():
    assert only("Nach einer halben Stunde war der Brand gelöscht.").value == "PT30M"


# ---- business news -------------------------------------------------------------------

def test_vorjahresquartal_is_the_quarter_in_focus_a_year_back():
    found = values("Im dritten Quartal 2024 stieg der Gewinn deutlicher als im Vorjahresquartal.")
    assert found[-1] == ("Vorjahresquartal", "2023-Q3")


def test_vorquartal_is_the_quarter_before_the_one_named():
    found = values("Im dritten Quartal 2024 lieferte Airbus mehr Flugzeuge aus als im Vorquartal.")
    assert found[-1] == ("Vorquartal", "2024-Q2")


def test_vorjahreszeitraum_is_the_year_before_publication():
    assert only("Der Umsatz sank gegenüber dem Vorjahreszeitraum.").value == "2023"


def test_laufendes_geschaeftsjahr_is_the_fiscal_year_of_publication():
    t = only("Im laufenden Geschäftsjahr rechnet der Konzern mit mehr Auslieferungen.")
    assert (t.text, t.value) == ("laufenden Geschäftsjahr", "FY2024")


def test_geschaeftsjahr_with_a_year_is_that_fiscal_year():
    assert only("Im Geschäftsjahr 2023 sank der Gewinn.").value == "FY2023"


def test_im_quartal_is_the_quarter_the_report_names():
    found = values("Im dritten Quartal 2024 schrieb der Autobauer Verluste. Im Quartal "
                   "verkaufte er weniger Wagen.")
    assert found[-1] == ("Quartal", "2024-Q3")


def test_im_gesamtjahr_is_the_year_of_publication():
    assert only("Im Gesamtjahr erwartet der Hersteller einen Verlust.").value == "2024"


def test_count_of_participants_is_not_a_year():
    assert values("Trotz Regen wurden 1800 Teilnehmer gezählt.") == []


# ---- tense -----------------------------------------------------------------------------

def test_heute_told_in_the_perfect_is_the_publication_day():
    assert only("Das Kabinett hat heute die Entsendung von Soldaten beschlossen.").value == "2024-11-18"


def test_heute_in_the_present_of_a_commentary_stays_the_present():
    assert only("Wer heute eine Zeitung aufschlägt, liest von Krisen.").value == "PRESENT_REF"


def test_moechte_is_not_a_past_tense_marker():
    # "möchte" ends like a past form; it wishes, it does not report
    assert only("Die Partei möchte bis zu den Neuwahlen im Herbst eine Expertenregierung.",
                dct=date(2019, 5, 27)).value == "2019-FA"


def test_der_stand_as_a_noun_is_not_a_past_tense_marker():
    assert only("Die Frist endet nach derzeitigem Stand am 31. Oktober.",
                dct=date(2019, 7, 24)).value == "2019-10-31"


def test_frueher_als_geplant_is_a_comparison_not_a_date_counted_back():
    t = only("Außerdem werde zwei Monate früher als geplant mit dem Abbau begonnen.")
    assert (t.text, t.type, t.value) == ("zwei Monate", "DURATION", "P2M")


def test_day_as_an_ordinal_word_before_a_month():
    assert only("Die Gewehre wurden am dritten März gestohlen.").value == "2024-03-03"


# ---- classes from a coverage audit against the TimeBank rule inventory ------------------

def test_midnight_after_a_preposition_is_the_end_of_that_day():
    assert values("Die Frist endet am 31.12.24 um Mitternacht.")[-1] == ("Mitternacht", "2024-12-31T24:00")


def test_day_month_des_jahres_year_is_one_date():
    assert only("Der Vertrag wurde am 25. November des Jahres 2001 verlängert.").value == "2001-11-25"


def test_first_month_of_a_pair_takes_the_year_written_after_the_second():
    assert values("Das Werk öffnete im November 2001 und schloss im Mai und Juni 2011.") == [
        ("November 2001", "2001-11"), ("Mai", "2011-05"), ("Juni 2011", "2011-06")]


def test_quarter_of_this_year_is_one_expression_in_the_publication_year():
    assert values("Im dritten Quartal dieses Jahres stieg der Umsatz.") == [
        ("dritten Quartal dieses Jahres", "2024-Q3")]


def test_half_of_last_year_is_the_half_of_the_year_before():
    assert values("Im ersten Halbjahr des vergangenen Jahres fiel der Gewinn.") == [
        ("ersten Halbjahr des vergangenen Jahres", "2023-H1")]


def test_jeden_with_a_month_name_is_a_yearly_set():
    t = only("Der Verein trifft sich jeden September.")
    assert (t.text, t.type, t.value) == ("jeden September", "SET", "XXXX-09")


def test_part_of_day_of_a_date_is_a_time_on_that_date():
    t = only("Der Überfall geschah am Morgen des 1. August 2000.")
    assert (t.text, t.type, t.value) == ("Morgen des 1. August 2000", "TIME", "2000-08-01TMO")


def test_am_naechsten_morgen_is_the_morning_after_the_story_date():
    found = values("Der Überfall geschah am 1. August 2000, am nächsten Morgen kam die Polizei.")
    assert found[-1] == ("nächsten Morgen", "2000-08-02TMO")


def test_a_count_after_mindestens_is_not_a_year():
    assert values("Mindestens 2000 sind bei dem Beben ums Leben gekommen.") == []


def test_two_digit_decade_with_dative_ending_is_a_decade():
    t = only("In den späten 80ern boomte die Stadt.")
    assert (t.text, t.value, t.mod) == ("den späten 80ern", "198", "END")


def test_mod_with_dieses_and_a_season_keeps_the_mod():
    t = only("Ende dieses Sommers soll der Preis fallen.", dct=date(2024, 3, 18))
    assert (t.value, t.mod) == ("2024-SU", "END")


def test_reporting_clause_after_a_weekday_leaves_the_plan_in_the_future():
    assert only("Am Freitag werde die Regierung entscheiden, sagte ein Sprecher.").value == "2024-11-22"


def test_welt_am_sonntag_is_a_newspaper_not_a_day():
    assert values("Das sagte der Minister der Welt am Sonntag.") == []


def test_house_and_line_numbers_are_not_years():
    assert values("Die Linie 2010 hält in der Goethestraße 1999.") == []


def test_am_fruehen_morgen_is_the_morning():
    t = only("Die Polizei kam am frühen Morgen.")
    assert (t.text, t.type, t.value) == ("frühen Morgen", "TIME", "2024-11-18TMO")


def test_halbjaehrlich_is_a_half_yearly_set():
    t = only("Der Bericht erscheint halbjährlich.")
    assert (t.type, t.value) == ("SET", "P6M")


def test_century_with_a_mod_word_keeps_the_mod():
    t = only("Die Stadt wuchs Ende des 19. Jahrhunderts.")
    assert (t.text, t.value, t.mod) == ("Ende des 19. Jahrhunderts", "18", "END")


def test_part_of_day_of_a_date_with_genitive_month():
    t = only("Am frühen Abend des 3. Dezembers 2004 explodierten die Bomben.")
    assert (t.text, t.value) == ("frühen Abend des 3. Dezembers 2004", "2004-12-03TEV")


def test_weekday_closing_a_range_lies_after_the_day_that_opens_it():
    # a Wednesday paper: Donnerstag is tomorrow, the Sonntag after it
    assert values("Das Fest dauert von Donnerstag bis Sonntag.", dct=date(2024, 11, 20)) == [
        ("Donnerstag", "2024-11-21"), ("Sonntag", "2024-11-24")]


def test_hour_in_words_before_uhr_is_a_clock_time():
    t = only("Um elf Uhr trat der Sprecher vor die Presse.")
    assert (t.text, t.type, t.value) == ("elf Uhr", "TIME", "2024-11-18T11:00")


def test_die_ganze_woche_is_one_week_long():
    t = only("Die Schülerin blieb die ganze Woche dem Unterricht fern.")
    assert (t.text, t.type, t.value) == ("die ganze Woche", "DURATION", "P1W")


def test_shift_word_in_the_dative_moves_the_season():
    assert values("Seit letztem Frühjahr ist der Verkauf verboten.") == [("letztem Frühjahr", "2024-SP")]


def test_day_without_its_dot_after_dem_is_still_a_date():
    assert values("Am Freitag, dem 18 Februar, kam er zurück.", dct=date(2005, 3, 1))[-1] == (
        "18 Februar", "2005-02-18")


def test_clock_time_in_a_listing_after_another_day_keeps_the_publication_day():
    # local papers list the day's events after other dates: "heute ab 15 Uhr"
    found = values("Der Basar findet am Sonntag statt. Kuchenverkauf ab 15 Uhr.", dct=date(2024, 11, 16))
    assert found[-1] == ("15 Uhr", "2024-11-16T15:00")


# ---- Aufzählungen, Jahresspannen, Jahreswechsel ------------------------------------

def test_first_day_of_an_enumeration_takes_month_and_year_written_after_the_second():
    assert values("Die Wahl fand am 14. und 18. September 2020 statt.") == [
        ("14", "2020-09-14"), ("18. September 2020", "2020-09-18")]


def test_season_written_across_two_years_is_dated_by_its_first_year_only():
    assert values("In der Saison 2019/20 stieg der Verein ab.") == [("2019", "2019")]


def test_short_second_year_of_a_range_is_a_timex_with_the_full_year():
    assert values("Die Brücke wurde 1850-58 gebaut.") == [("1850", "1850"), ("58", "1858")]


def test_von_bis_years_are_two_timexes():
    assert values("Von 2010 bis 2012 leitete sie das Amt.") == [("2010", "2010"), ("2012", "2012")]


def test_das_neue_jahr_im_dezember_ist_das_naechste():
    assert values("Im neuen Jahr sollen die Preise sinken.", date(2024, 12, 10)) == [("neuen Jahr", "2025")]


def test_das_neue_jahr_im_januar_ist_das_laufende():
    assert values("Das neue Jahr begann mit einem Sturm.", date(2025, 1, 8)) == [("Das neue Jahr", "2025")]


def test_jahrhundertwende_is_the_turn_nearest_the_story_year():
    found = values("Die Firma wurde 1893 gegründet; um die Jahrhundertwende zog sie nach Graz.")
    assert found == [("1893", "1893"), ("die Jahrhundertwende", "1900")]


def test_fruehen_freitagmorgen_keeps_the_morning_with_mod_start():
    t = only("Die Polizei kam am frühen Freitagmorgen.")
    assert (t.text, t.type, t.value, t.mod) == ("frühen Freitagmorgen", "TIME", "2024-11-15TMO", "START")


def test_semicolon_ends_the_clause_whose_tense_dates_a_month():
    # "fiel" tells the first clause; the second, untensed, keeps this year's December
    assert values("Die Aktie fiel am Montag; im Dezember tagt der Aufsichtsrat erneut.") == [
        ("Montag", "2024-11-11"), ("Dezember", "2024-12")]


def test_winter_across_two_years_is_one_timex_of_the_winter_it_starts():
    assert values("Der Winter 2012/13 war außergewöhnlich kalt.") == [("Der Winter 2012/13", "2012-WI")]


def test_numbered_eu_richtlinie_is_not_a_year():
    assert values("Die Richtlinie 2004/38/EG regelt die Freizügigkeit.") == []


def test_tag_und_monat_mit_vergangenen_jahres_sind_ein_ausdruck():
    assert only("Am 8. August vergangenen Jahres erkrankte er.").value == "2023-08-08"


def test_tag_gleich_nach_dem_jahr_liegt_in_diesem_jahr():
    assert values("Im vergangenen Jahr am 8. August erkrankte er.")[-1] == ("8. August", "2023-08-08")


def test_wochentag_mit_datum_in_klammern_ist_dieses_datum():
    assert values("Fernsehteams versammelten sich Samstag (31. August) vor dem Haus.", date(2013, 9, 5)) == [
        ("Samstag", "2013-08-31"), ("31. August", "2013-08-31")]


def test_tritt_in_kraft_spricht_von_der_zukunft():
    assert only("Das Gesetz tritt am 1. Januar in Kraft.", date(2013, 10, 5)).value == "2014-01-01"


def test_steht_an_mit_datum_dazwischen_spricht_von_der_zukunft():
    assert only("Die Wahl steht am 5. März an.", date(2013, 10, 5)).value == "2014-03-05"


def test_wochentag_im_satz_der_dateline_ist_der_tag_der_dateline():
    text = "Berlin, 04.12.2004 – Drei Iraker wurden am Samstagmorgen dem Ermittlungsrichter vorgeführt."
    assert values(text, date(2004, 12, 4))[-1] == ("Samstagmorgen", "2004-12-04TMO")


def test_nacht_zum_datum_ist_die_nacht_des_vortags():
    assert only("Er brach in der Nacht zum 19. August auf.", date(2019, 8, 22)).value == "2019-08-18TNI"


def test_verb_eines_nebensatzes_bestimmt_nicht_das_tempus():
    text = "Bei der Wahl kommt es im Februar zu einer Stichwahl, da keiner eine Mehrheit erreichen konnte."
    assert only(text, date(2021, 1, 3)).value == "2021-02"


def test_frist_in_berichteter_rede_liegt_voraus():
    assert only("„Nehmen Sie den Zeitraum bis zum 31. Oktober“, sagte Merkel.", date(2019, 8, 25)).value == "2019-10-31"


def test_die_zukunft_eines_landes_ist_keine_zeitangabe():
    assert values("Sie entscheiden über die Zukunft ihres Landes.") == []


def test_tag_zuvor_in_der_vergangenheit_zaehlt_nicht_von_einer_frist_in_der_zukunft():
    text = ("Am 21. August traf Johnson Macron. „Sie haben Zeit bis zum 31. Oktober“, sagte Merkel. "
            "Sie hatte einen Tag zuvor mit ihm gesprochen.")
    assert values(text, date(2019, 8, 25))[-1] == ("Tag zuvor", "2019-08-20")


def test_haben_ohne_partizip_ist_kein_perfekt():
    assert only("„Sie haben Zeit bis zum 31. Oktober“, sagte Merkel.", date(2019, 8, 25)).value == "2019-10-31"


def test_partizip_vor_haben_im_nebensatz_ist_perfekt():
    text = "Er erklärte, dass er am Montagabend seinen Rücktritt angeboten haben soll."
    assert only(text, date(2019, 9, 14)).value == "2019-09-09TEV"


def test_frist_in_der_vergangenheit_erzaehlt_kann_vorausliegen():
    text = "Das Gericht hatte die Prorogation bis zum 14. Oktober für nichtig erklärt."
    assert only(text, date(2019, 9, 19)).value == "2019-10-14"


def test_halb_acht_ist_sieben_uhr_dreissig():
    assert values("Er kam um halb acht und ging um Viertel nach zehn.") == [
        ("halb acht", "2024-11-18T07:30"), ("Viertel nach zehn", "2024-11-18T10:15")]


def test_halb_so_viel_ist_keine_uhrzeit():
    assert values("Der Preis stieg um halb so viel.") == []


def test_fruehe_morgenstunden_sind_der_morgen_des_erzaehlten_tags():
    assert values("Am Montag brannte es. In den frühen Morgenstunden rückte die Feuerwehr aus.")[-1] == (
        "den frühen Morgenstunden", "2024-11-11TMO")


def test_jeden_morgen_ist_eine_menge_von_morgen():
    assert only("Jeden Morgen liest er Zeitung.").value == "XXXX-XX-XXTMO"


def test_erste_aprilwoche_ist_ihre_kalenderwoche():
    assert only("In der ersten Aprilwoche beginnt es.", date(2013, 3, 21)).value == "2013-W14"


def test_a_year_opening_the_sentence_frames_its_months():
    assert values("2016 wechselte er im Juni zum FC Bayern.", date(2020, 4, 15)) == [
        ("2016", "2016"), ("Juni", "2016-06")]


def test_naher_zukunft_and_in_zukunft_are_future_references():
    assert values("Das soll in naher Zukunft geschehen. In Zukunft wird alles besser.") == [
        ("naher Zukunft", "FUTURE_REF"), ("Zukunft", "FUTURE_REF")]


def test_zukunft_of_someone_is_no_time():
    assert values("Ihre Zukunft ist hoffnungslos.") == []


def test_gegen_abend_and_bis_zum_abend_are_the_story_day_s_evening():
    assert values("Gestern demonstrierten sie bis zum Abend. Gegen Abend kam die Polizei.") == [
        ("Gestern", "2024-11-17"), ("Abend", "2024-11-17TEV"), ("Abend", "2024-11-17TEV")]


def test_uebernaechste_and_vorletzte_shift_by_two():
    dct = date(2012, 11, 16)  # a Friday
    assert values("Das Treffen findet übernächste Woche statt.", dct) == [("übernächste Woche", "2012-W48")]
    assert values("Am vorletzten Sonntag wurde gewählt.", dct) == [("vorletzten Sonntag", "2012-11-04")]


def test_24_uhr_is_the_end_of_its_day():
    assert values("Die Frist endet am 30. November um 24 Uhr.", date(2012, 11, 16))[-1] == (
        "24 Uhr", "2012-11-30T24:00")


def test_a_present_copula_before_a_month_ending_the_clause_schedules_it():
    dct = date(2012, 11, 16)
    assert values("Die Wahl ist im September.", dct) == [("September", "2013-09")]
    assert values("Die Arbeitslosigkeit ist im Oktober gesunken.", dct) == [("Oktober", "2012-10")]


def test_seit_a_weekday_is_a_past_start():
    assert values("Die Banken sind seit Samstag geschlossen.", date(2013, 3, 21)) == [("Samstag", "2013-03-16")]


def test_a_day_without_tense_more_than_seven_months_back_is_next_year_s():
    assert values("Die vollständigen Jahreszahlen legt Kemper am 12. März vor.", date(2014, 10, 29)) == [
        ("12. März", "2015-03-12")]


def test_ein_jahr_zuvor_counts_back_from_the_story_s_date():
    assert values("Im Mai 2009 wurde er gefasst. Ein Jahr zuvor war er verurteilt worden.", date(2011, 2, 24)) == [
        ("Mai 2009", "2009-05"), ("Ein Jahr zuvor", "2008")]


def test_ein_jahr_frueher_als_is_a_comparison():
    assert values("Die Verhandlungen beginnen ein Jahr früher, als es der Plan vorsieht.")[0][1] == "P1Y"


def test_der_vergangenen_jahre_is_a_stretch_of_years():
    assert values("Das ist angesichts der Gewinne der vergangenen Jahre ein Witz.") == [
        ("der vergangenen Jahre", "PXY")]


def test_morgen_opening_a_sentence_before_its_verb_is_tomorrow():
    assert values("Morgen trifft sich der Zivilschutz.", date(2013, 1, 8)) == [("Morgen", "2013-01-09")]


def test_duerfte_and_wollen_point_ahead():
    assert values("Im vierten Quartal dürfte sich die Lage kaum bessern, sagte er.", date(2014, 10, 29)) == [
        ("vierten Quartal", "2014-Q4")]
    assert values("Die Vertreter wollen sich am Montag treffen.", date(2008, 8, 7)) == [("Montag", "2008-08-11")]


def test_an_earlier_month_after_a_full_date_of_an_earlier_year_is_a_later_year_s():
    found = values("Die Staatsanwaltschaft hatte im Mai 2010 Anklage erhoben, der Prozess begann Mitte Januar.",
                   date(2011, 2, 24))
    assert found[-1] == ("Mitte Januar", "2011-01")


def test_anstehend_points_ahead():
    assert values("Er gab die im November anstehenden Kommunalwahlen an.", date(2005, 2, 8)) == [
        ("November", "2005-11")]


def test_wolle_in_reported_speech_points_ahead():
    # a Friday: "Er wolle am Mittwoch" is the coming Wednesday
    assert values("Er wolle am Mittwoch Gespräche mit den Parteien führen.", date(2019, 8, 23)) == [
        ("Mittwoch", "2019-08-28")]


def test_strong_verbs_in_the_praeteritum_tell_the_past():
    # a Monday: "Trump flog am Samstag" is the Saturday before
    assert values("Trump flog am Samstag zum Golfspielen.", date(2019, 9, 16)) == [("Samstag", "2019-09-14")]


def test_haben_geoeffnet_is_a_present_state():
    assert values("Viele Filialen haben am Samstag ausnahmsweise geöffnet.", date(2001, 12, 27)) == [
        ("Samstag", "2001-12-29")]


def test_minutes_later_count_from_the_last_clock_time():
    found = values("Am Montag gegen 3.20 Uhr bemerkte ein Anrainer Flammen. Als die ersten Einsatzkräfte "
                   "zehn Minuten später eintrafen, brannte es.", date(2011, 2, 15))
    assert found[-1] == ("zehn Minuten später", "2011-02-14T03:30")


def test_a_day_told_in_the_past_after_a_season_of_an_earlier_year_lies_in_it():
    found = values("Im Herbst 1989 gingen in Leipzig Zehntausende auf die Straße. Am 9. Oktober waren es "
                   "70.000.", date(2010, 9, 30))
    assert found[-1] == ("9. Oktober", "1989-10-09")


def test_im_jahr_darauf_is_the_year_after_the_story_s_date():
    assert values("Im Mai 1972 kam er nach Bonn. Im Jahr darauf wurde er Minister.", date(2004, 4, 29)) == [
        ("Mai 1972", "1972-05"), ("Jahr darauf", "1973")]


def test_a_programme_named_for_a_year_is_no_date():
    assert values("Die Agenda 2010 war umstritten.") == []


def test_jedes_wochenende_is_a_set_of_weekends():
    assert values("Sie spielen an jedem Wochenende.") == [("jedem Wochenende", "XXXX-WXX-WE")]


def test_im_before_a_century_stays_outside_the_span():
    assert values("Das geschah im 19. Jahrhundert.") == [("19. Jahrhundert", "18")]


def test_the_age_of_a_person_is_no_time():
    assert values("Ein 34-jähriger Lenker wurde verletzt.") == []
    assert values("Die Geschichte der 36-jährigen Hannah Luckraft ist traurig.") == []


def test_the_age_of_a_thing_is_a_duration():
    assert values("Das Unternehmen feiert sein 100-jähriges Bestehen.") == [("100-jähriges", "P100Y")]


def test_ankuendigte_is_past_not_a_plan():
    found = values("Der Ausstand soll am Freitag beginnen, wie Sabine Graf am Mittwoch ankündigte.", date(2007, 10, 18))
    assert found[-1] == ("Mittwoch", "2007-10-17")


def test_durften_tells_the_past():
    assert values("Erst am Freitag durften die Bewohner zurück.", date(2013, 6, 13)) == [("Freitag", "2013-06-07")]


def test_selben_abend_and_dieser_nacht_are_the_story_day_s():
    assert values("Am Samstag wurde sie gerettet. Sie konnte das Spital am selben Abend verlassen.",
                  date(2009, 8, 3))[-1] == ("selben Abend", "2009-08-01TEV")
    assert values("Am 9. November 1989 fiel die Mauer. In dieser Nacht blieb er in Leipzig.",
                  date(2009, 11, 5))[-1] == ("dieser Nacht", "1989-11-09TNI")


def test_sonntag_darauf_is_the_sunday_after_the_story_s_date():
    found = values("Am 9. November 1989 fiel die Mauer. Am Sonntag darauf fuhr er nach West-Berlin.", date(2009, 11, 5))
    assert found[-1] == ("Sonntag darauf", "1989-11-12")


def test_eine_stunde_frueher_is_a_comparison():
    assert values("Das Bad öffnet diesmal eine Stunde früher.") == [("eine Stunde", "PT1H")]


def test_das_kommende_wochenende_told_on_a_monday_is_that_week_s():
    assert values("Am kommenden Wochenende findet das Rennen statt.", date(1998, 1, 19)) == [
        ("kommenden Wochenende", "1998-W04-WE")]


def test_dienstag_naechster_woche_is_one_day_of_the_next_week():
    assert values("Die GDL will am Dienstag nächster Woche erneut streiken.", date(2021, 8, 10)) == [
        ("Dienstag nächster Woche", "2021-08-17")]


def test_gesamtjahr_with_its_year_and_schlussquartal():
    dct = date(2009, 2, 5)
    assert values("Im Gesamtjahr 2008 stieg der Umsatz.", dct) == [("Gesamtjahr 2008", "2008")]
    assert values("Im Schlussquartal brach der Umsatz ein.", dct) == [("Schlussquartal", "2008-Q4")]


def test_ein_jahr_zuvor_after_a_quarter_is_that_quarter_a_year_back():
    found = values("Im vierten Quartal sank der Umsatz, ein Jahr zuvor war er noch gestiegen.", date(2009, 2, 5))
    assert found == [("vierten Quartal", "2008-Q4"), ("ein Jahr zuvor", "2007-Q4")]


def test_a_reported_statement_in_the_present_is_not_made_past():
    found = values('"Eine neue Regierung vor Weihnachten ist möglich", sagte Brenner.', date(2013, 11, 20))
    assert found == [("Weihnachten", "2013-12-25")]


def test_a_threat_told_in_the_past_may_point_ahead():
    assert values("Die Gewerkschaft drohte mit weiteren Ausständen im Mai.", date(2002, 4, 22)) == [("Mai", "2002-05")]


def test_erwarte_points_ahead():
    assert values("Eine Belebung erwarte er frühestens im Herbst.", date(2009, 2, 5)) == [("Herbst", "2009-FA")]


def test_gewesen_in_reported_speech_tells_the_past():
    found = values("Höhepunkte seien das Frühjahrskonzert im April und die Reise im Juli gewesen.", date(2012, 2, 20))
    assert found == [("April", "2011-04"), ("Juli", "2011-07")]


def test_weekday_listed_after_a_coming_weekday_lies_after_it():
    # a Wednesday paper, past tense: "Sonntag" alone would be last Sunday
    assert values("Das Turnier wurde auf nächsten Samstag und Sonntag verlegt.", dct=date(2024, 11, 20)) == [
        ("nächsten Samstag", "2024-11-23"), ("Sonntag", "2024-11-24")]


def test_nth_weekday_of_a_month_is_that_day():
    assert values("Die Wahl findet am zweiten Sonntag im Dezember statt.") == [("zweiten Sonntag im Dezember", "2024-12-08")]


def test_last_weekday_of_a_month_is_that_day():
    assert values("Die Zeitumstellung erfolgte am letzten Sonntag im Oktober.") == [
        ("letzten Sonntag im Oktober", "2024-10-27")]


def test_nth_weekday_in_any_month_is_a_monthly_set():
    t = only("Der Wochenmarkt ist am ersten Samstag jedes Monats.")
    assert (t.text, t.type, t.value) == ("ersten Samstag jedes Monats", "SET", "P1M")


def test_selben_jahr_is_the_year_the_story_last_named():
    assert values("1989 fiel die Mauer. Im selben Jahr starb sein Vater.") == [("1989", "1989"), ("selben Jahr", "1989")]


def test_jenem_tag_is_the_day_the_story_last_named():
    assert values("Am 9. November 1989 fiel die Mauer. An jenem Tag feierten Tausende.") == [
        ("9. November 1989", "1989-11-09"), ("jenem Tag", "1989-11-09")]


def test_jenem_sommer_is_the_summer_of_the_year_the_story_last_named():
    assert values("Im Sommer 2003 war es heiß. In jenem Sommer starben viele.") == [
        ("Sommer 2003", "2003-SU"), ("jenem Sommer", "2003-SU")]


def test_untensed_weekday_in_the_present_is_the_nearer_one():
    # a Wednesday paper: the coming Saturday is three days ahead, the last one four back
    assert values("Am Samstag feiert die Republik das Jubiläum in Potsdam.", dct=date(2020, 9, 30)) == [
        ("Samstag", "2020-10-03")]


def test_morgen_opening_a_sentence_before_any_verb_is_tomorrow():
    assert values("Morgen setzt sich vorübergehend ein Hoch durch.") == [("Morgen", "2024-11-19")]
    assert values("Morgen für Morgen stand er früh auf.") == []


def test_abgelaufenen_jahr_is_last_year():
    assert values("Im abgelaufenen Jahr wurden zwölf Abzeichen erworben.", dct=date(2004, 1, 3)) == [
        ("abgelaufenen Jahr", "2003")]


def test_darauffolgende_wochenende_follows_the_weekend_the_story_named():
    found = values("Der Verein lädt am kommenden Wochenende zum Fest ein. Bei Regen wird das Fest auf "
                   "das darauffolgende Wochenende verschoben.", dct=date(1998, 9, 23))
    assert found == [("kommenden Wochenende", "1998-W39-WE"), ("das darauffolgende Wochenende", "1998-W40-WE")]


def test_month_des_vorjahres_is_last_years():
    assert values("Im August des Vorjahres hatte die Zentrale 512 Einsätze.", dct=date(2009, 8, 3)) == [
        ("August des Vorjahres", "2008-08")]


def test_season_in_a_sentence_opened_by_a_year_lies_in_it():
    found = values("Im Vorjahr hatte ein später Frost im Frühjahr die Ernte fast halbiert.", dct=date(1998, 9, 23))
    assert found == [("Vorjahr", "1997"), ("Frühjahr", "1997-SP")]


def test_clock_time_after_a_word_of_habit_is_of_no_one_day():
    assert values("Die Freibäder haben täglich von 9 bis 19 Uhr geöffnet.")[1:] == [("9", "T09:00"), ("19 Uhr", "T19:00")]
    assert values("Gestern um 20 Uhr begann das Konzert.") == [("Gestern", "2024-11-17"), ("20 Uhr", "2024-11-17T20:00")]


def test_die_neunziger_alone_is_the_decade():
    assert values("Viele fürchten, dass sich die Neunziger wiederholen.") == [("die Neunziger", "199")]


def test_die_erste_halbe_stunde_is_thirty_minutes():
    assert values("Die erste halbe Stunde bleibt gratis.") == [("Die erste halbe Stunde", "PT30M")]


def test_diesem_wochenende_told_in_the_past_on_a_monday_is_the_last_one():
    found = values("Insgesamt 38 Einsätze verzeichnete die Landesnotrufzentrale an diesem Wochenende.", dct=date(2009, 8, 3))
    assert found == [("diesem Wochenende", "2009-W31-WE")]


def test_month_desselben_jahres_is_in_the_year_the_story_last_named():
    assert values("Er kam 1990 nach Berlin. Im Mai desselben Jahres heiratete er.") == [
        ("1990", "1990"), ("Mai desselben Jahres", "1990-05")]


def test_konjunktiv_solle_points_ahead():
    found = values("Der Staatssekretär sagte, der Gesetzentwurf solle im Mai vom Kabinett beschlossen werden.",
                   dct=date(1999, 4, 20))
    assert found == [("Mai", "1999-05")]


def test_a_parliament_that_convenes_on_a_day_lies_ahead():
    found = values("Der neu gewählte Landtag tritt am 20. Oktober zu seiner konstituierenden Sitzung zusammen.",
                   dct=date(2008, 9, 26))
    assert found == [("20. Oktober", "2008-10-20")]


def test_vorjahreszeitraum_after_a_quarter_is_that_quarter_a_year_back_and_not_the_focus():
    found = values("Der Umsatz stieg im dritten Quartal. Der Gewinn lag bei 142 Millionen, nach 118 Millionen im "
                   "Vorjahreszeitraum. Der Vorstand bestätigte die Prognose für das Gesamtjahr.", dct=date(2011, 11, 10))
    assert found[1:] == [("Vorjahreszeitraum", "2010-Q3"), ("das Gesamtjahr", "2011")]


def test_ein_jahr_zuvor_after_a_half_year_is_that_half_a_year_back():
    found = values("Der Umsatz im ersten Halbjahr stieg, wie das Unternehmen am Dienstag mitteilte. Der Überschuss "
                   "kletterte auf 212 Millionen Euro, nach 171 Millionen Euro ein Jahr zuvor.", dct=date(2007, 8, 7))
    assert found[-1] == ("ein Jahr zuvor", "2006-H1")


def test_what_was_announced_lies_ahead_of_the_announcement():
    assert values("Die Sparkassen kündigten an, ihre Schalter im Januar länger offen zu halten.",
                  dct=date(2001, 12, 28)) == [("Januar", "2002-01")]
    assert values("Der Minister kündigte am Montag an, die Steuer zu senken.", dct=date(2001, 12, 28)) == [
        ("Montag", "2001-12-24")]


def test_a_part_of_the_day_told_in_the_past_is_not_on_a_coming_date():
    found = values("Kurzarbeit ist bis zum 15. März 2012 angemeldet. Die Aktie legte am Nachmittag um vier Prozent zu.",
                   dct=date(2011, 11, 10))
    assert found[-1] == ("Nachmittag", "2011-11-10TAF")


def test_clock_time_after_jeden_weekday_is_of_no_one_day():
    assert values("Bis Ende August erklingen jeden Mittwoch um 20 Uhr Werke von Bach.")[-1] == ("20 Uhr", "T20:00")


def test_a_sentence_opened_by_vor_n_jahren_tells_of_that_year():
    found = values("Vor 30 Jahren fiel die Mauer, im Dezember öffnete sich auch der Grenzzaun.", dct=date(2019, 11, 7))
    assert found == [("30 Jahren", "P30Y"), ("Dezember", "1989-12")]


def test_a_month_something_is_planned_for_is_a_month():
    assert values("Die zweite und dritte Lesung ist für Mai geplant.", dct=date(2023, 3, 16)) == [("Mai", "2023-05")]


def test_half_a_century_is_fifty_years():
    assert values("Die CSU habe das Land ein halbes Jahrhundert lang regiert.") == [("ein halbes Jahrhundert", "P50Y")]
