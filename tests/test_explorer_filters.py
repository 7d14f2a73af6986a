"""The view state and its URL form: what a shared address restores."""
from datetime import date

from explorer.filters import EventFilter, ViewState, next_state, parse_day, zoom_from_relayout


def test_state_round_trips_through_the_url_query():
    state = ViewState(EventFilter(actors=("person:leonid-slutsky", "country:USA"),
                                  types=("statement",), modalities=("asserted", "planned"),
                                  date_from=date(2024, 11, 1), date_to=date(2025, 2, 28),
                                  text="Duma"),
                      view_from=date(2024, 11, 10), view_to=date(2024, 12, 1),
                      lanes="actor", colour="type")
    assert ViewState.from_query(state.to_query()) == state


def test_default_state_has_an_empty_query():
    assert ViewState().to_query() == ""
    assert ViewState.from_query("") == ViewState()


def test_unreadable_url_parts_are_ignored():
    state = ViewState.from_query("?from=gestern&lanes=sideways&view=2025-01-01..nope&type=meeting")
    assert state == ViewState(EventFilter(types=("meeting",)))


def test_zoom_narrows_the_graph_filter_but_not_the_timeline_filter():
    state = ViewState(EventFilter(date_from=date(2024, 1, 1)), view_from=date(2024, 11, 1),
                      view_to=date(2024, 11, 30))
    assert state.filter.date_from == date(2024, 1, 1)
    assert state.filter.date_to is None
    graph = state.in_view_filter()
    assert (graph.date_from, graph.date_to) == (date(2024, 11, 1), date(2024, 11, 30))


def test_clicking_an_actor_shows_only_its_events_and_clicking_again_undoes_it():
    state = ViewState(EventFilter(actors=("country:USA",)))
    chosen = state.with_actor("person:leonid-slutsky")
    assert chosen.filter.actors == ("person:leonid-slutsky",)
    assert chosen.with_actor("person:leonid-slutsky").filter.actors == ()


def test_clear_all_keeps_display_choices():
    state = ViewState(EventFilter(types=("statement",), text="Duma"), lanes="actor", colour="type")
    assert state.cleared() == ViewState(lanes="actor", colour="type")


def test_filter_params_lowercase_the_search_text_and_null_empty_lists():
    params = EventFilter(text="  Duma ").params()
    assert params["words"] == ["duma"] and params["text_query"] == "duma*"
    assert params["actor_ids"] is None and params["types"] is None


def test_box_zoom_relayout_gives_a_day_range():
    assert zoom_from_relayout({"xaxis.range[0]": "2024-11-10 06:30:00.123",
                               "xaxis.range[1]": "2024-12-02"}) == (date(2024, 11, 10), date(2024, 12, 2))


def test_range_slider_relayout_gives_a_day_range():
    assert zoom_from_relayout({"xaxis.range": ["2025-01-01", "2025-01-31 23:00"]}) == (
        date(2025, 1, 1), date(2025, 1, 31))


def test_double_click_reset_clears_the_zoom():
    assert zoom_from_relayout({"xaxis.autorange": True}) == (None, None)


def test_relayout_that_is_not_a_zoom_is_ignored():
    assert zoom_from_relayout({"autosize": True}) is None
    assert zoom_from_relayout(None) is None


def test_parse_day_reads_plotly_datetimes():
    assert parse_day("2024-11-17 12:00") == date(2024, 11, 17)
    assert parse_day("17.11.2024") is None


def test_loading_a_url_gives_its_state():
    assert next_state(None, "url", search="?type=statement") == ViewState(
        EventFilter(types=("statement",)))


def test_reloading_the_same_url_changes_nothing():
    state = ViewState(EventFilter(types=("statement",)))
    assert next_state(state, "url", search=state.to_query()) is None


def test_moving_a_control_keeps_the_zoom():
    zoomed = ViewState(view_from=date(2024, 11, 1), view_to=date(2024, 11, 30))
    new = next_state(zoomed, "controls", controls=ViewState(EventFilter(text="Duma")))
    assert (new.filter.text, new.view_from, new.view_to) == ("Duma", date(2024, 11, 1), date(2024, 11, 30))


def test_zooming_out_clears_the_view():
    zoomed = ViewState(view_from=date(2024, 11, 1), view_to=date(2024, 11, 30))
    assert zoomed.zoomed((None, None)) == ViewState()


def test_nothing_changes_before_the_url_was_read():
    assert next_state(None, "controls", controls=ViewState(EventFilter(text="Duma"))) is None


def test_a_zoomed_state_knows_its_view_and_zooming_out_forgets_it():
    zoomed = ViewState().zoomed((date(2024, 11, 1), date(2024, 11, 30)))
    assert zoomed.view == (date(2024, 11, 1), date(2024, 11, 30))
    assert zoomed.zoomed((None, None)).view is None
