"""The timeline figure drawn from hand-made records: points, spans, lanes, colours."""
from dataclasses import replace
from datetime import date

import plotly.graph_objects as go
import pytest

from explorer import figures
from explorer.figures import MARKS_AXES, MODALITY_COLOURS, pack_rows
from explorer.records import ActorRef, TimelineBin, TimelineEvent

SLUTSKY = ActorRef("person:leonid-slutsky", "Leonid Slutsky", "PERSON", "source")
DUMA = ActorRef("org:state-duma", "State Duma", "GOVERNMENT", "participant")
TRUMP = ActorRef("person:donald-trump", "Donald Trump", "PERSON", "source")

DUMA_STATEMENT = TimelineEvent(
    id="ev:duma", type="statement",
    summary="Leonid Slutsky warns of a severe escalation",
    date_value="2024-11-17", date_start=date(2024, 11, 17), date_end=date(2024, 11, 17),
    granularity="day", modality="asserted", actors=(SLUTSKY, DUMA),
)
TRUMP_OFFICE = TimelineEvent(
    id="ev:trump", type="take_office", summary="Donald Trump takes office",
    date_value="2025-01", date_start=date(2025, 1, 1), date_end=date(2025, 1, 31),
    granularity="month", modality="planned", actors=(TRUMP,),
)


def timeline_figure(*args, **kwargs) -> go.Figure:
    """The timeline as plotly validates it (the page gets the dict as it is)."""
    return go.Figure(figures.timeline_figure(*args, **kwargs))


def timeline_bins_figure(*args, **kwargs) -> go.Figure:
    return go.Figure(figures.timeline_bins_figure(*args, **kwargs))


def mark_traces(fig):
    """The traces that draw events (on the marks' axes), not the slider's line."""
    return [t for t in fig.data if (t.xaxis, t.yaxis) == MARKS_AXES]


def marks(fig):
    """{event id: (trace type, trace)} for every drawn event."""
    found = {}
    for trace in mark_traces(fig):
        for custom in trace.customdata or ():
            found[custom[0]] = (trace.type, trace)
    return found


def test_day_precise_event_is_a_point_and_month_precise_event_a_span():
    fig = timeline_figure([DUMA_STATEMENT, TRUMP_OFFICE])
    drawn = marks(fig)
    assert drawn["ev:duma"][0] == "scatter"
    assert drawn["ev:trump"][0] == "bar"


def test_month_span_covers_the_whole_month_it_allows():
    fig = timeline_figure([TRUMP_OFFICE])
    [bar] = [t for t in fig.data if t.type == "bar"]
    assert bar.base[0] == "2025-01-01"
    assert bar.x[0] == 31 * 86_400_000  # 1 to 31 January inclusive, in milliseconds


def test_lanes_by_type_label_the_y_axis_with_event_types():
    fig = timeline_figure([DUMA_STATEMENT, TRUMP_OFFICE], lane_by="type")
    assert list(fig.layout.yaxis2.ticktext) == ["statement", "take_office"]


def test_lanes_by_actor_draw_an_event_once_per_actor():
    fig = timeline_figure([DUMA_STATEMENT, TRUMP_OFFICE], lane_by="actor")
    assert set(fig.layout.yaxis2.ticktext) == {"Leonid Slutsky", "State Duma", "Donald Trump"}
    duma_points = [c for t in fig.data for c in (t.customdata or ()) if c[0] == "ev:duma"]
    assert len(duma_points) == 2


def test_colour_by_modality_uses_one_trace_group_per_modality():
    fig = timeline_figure([DUMA_STATEMENT, TRUMP_OFFICE], colour_by="modality")
    assert {t.legendgroup for t in mark_traces(fig)} == {"asserted", "planned"}
    [planned] = [t for t in fig.data if t.legendgroup == "planned"]
    assert planned.marker.line.color == MODALITY_COLOURS["planned"]


def test_what_has_not_happened_is_an_open_span_and_what_has_a_filled_one():
    fig = timeline_figure([TRUMP_OFFICE, replace(TRUMP_OFFICE, id="ev:done", modality="asserted")],
                          colour_by="type")
    [bar] = [t for t in fig.data if t.type == "bar"]
    fill = {data[0]: colour for data, colour in zip(bar.customdata, bar.marker.color)}
    assert fill["ev:trump"].endswith(",0.1)") and fill["ev:done"].endswith(",0.45)")


def test_colour_by_type_groups_by_event_type():
    fig = timeline_figure([DUMA_STATEMENT, TRUMP_OFFICE], colour_by="type")
    assert {t.legendgroup for t in mark_traces(fig)} == {"statement", "take_office"}


def test_hover_shows_summary_date_value_and_modality():
    fig = timeline_figure([TRUMP_OFFICE])
    [text] = fig.data[0].hovertext
    assert "Donald Trump takes office" in text
    assert "2025-01" in text
    assert "planned" in text


def test_timeline_has_a_range_slider_and_a_date_axis():
    fig = timeline_figure([DUMA_STATEMENT])
    assert fig.layout.xaxis.type == "date"
    assert fig.layout.xaxis.rangeslider.visible


def test_zoomed_view_sets_the_x_range_to_the_view():
    fig = timeline_figure([DUMA_STATEMENT, TRUMP_OFFICE],
                          view=(date(2024, 11, 1), date(2024, 11, 30)))
    assert list(fig.layout.xaxis.range) == ["2024-11-01", "2024-12-01"]


def test_no_events_gives_a_figure_that_says_so():
    fig = timeline_figure([])
    assert "No dated events" in fig.layout.annotations[0].text


def test_events_on_the_same_day_get_separate_rows():
    d = date(2024, 11, 17)
    assert pack_rows([(d, d), (d, d), (d, d)], min_width=d - d) == [0, 1, 2]


def test_a_later_event_reuses_the_first_free_row():
    a, b = date(2024, 11, 1), date(2024, 11, 30)
    assert pack_rows([(a, b), (a, a), (date(2024, 12, 5), date(2024, 12, 5))],
                     min_width=b - b) == [0, 1, 0]


def test_binned_overview_is_a_heat_map_of_counts_by_lane_and_period():
    bins = [TimelineBin(date(2024, 11, 1), date(2024, 12, 1), "statement", 1200),
            TimelineBin(date(2024, 12, 1), date(2025, 1, 1), "statement", 900),
            TimelineBin(date(2024, 12, 1), date(2025, 1, 1), "meeting", 3)]
    fig = timeline_bins_figure(bins, total=2103)
    [cells] = fig.data
    assert cells.type == "heatmap"
    assert list(cells.y) == ["meeting", "statement"]
    assert list(cells.x) == ["2024-11-01", "2024-12-01", "2025-01-01"]  # column edges
    assert [list(row) for row in cells.z] == [[None, 3], [1200, 900]]
    assert "2,103 events" in fig.layout.title.text


def test_a_period_without_events_keeps_its_place_as_an_empty_column():
    bins = [TimelineBin(date(2020, 1, 1), date(2021, 1, 1), "statement", 5),
            TimelineBin(date(2023, 1, 1), date(2024, 1, 1), "statement", 7)]
    [cells] = timeline_bins_figure(bins, total=12).data
    assert list(cells.x) == ["2020-01-01", "2021-01-01", "2023-01-01", "2024-01-01"]
    assert list(cells.z[0]) == [5, None, 7]


def test_a_single_event_is_shaded_visibly_beside_a_busy_period():
    bins = [TimelineBin(date(2024, 11, 1), date(2024, 12, 1), "statement", 100_000),
            TimelineBin(date(2024, 12, 1), date(2025, 1, 1), "statement", 1)]
    fig = timeline_bins_figure(bins, total=100_001)
    [cells] = fig.data
    stops = [position for position, _ in cells.colorscale]
    # logarithmic steps: 10 events already reach the second of six shades, 100 the third
    assert stops[1] * 100_000 == pytest.approx(10) and stops[2] * 100_000 == pytest.approx(100)
    assert cells.colorscale[0][1] != fig.layout.plot_bgcolor


def test_the_counts_overview_has_no_range_slider_drawing_every_mark_twice():
    bins = [TimelineBin(date(2024, 11, 1), date(2024, 12, 1), "statement", 1200)]
    assert not timeline_bins_figure(bins, total=1200).layout.xaxis.rangeslider.visible


def test_a_lone_count_still_gets_a_valid_colour_scale():
    bins = [TimelineBin(date(2024, 11, 1), date(2024, 12, 1), "statement", 1)]
    [cells] = timeline_bins_figure(bins, total=1).data
    stops = [position for position, _ in cells.colorscale]
    assert stops == sorted(stops) and len(set(stops)) == len(stops)


def test_zoomed_view_draws_only_the_lanes_with_events_in_view():
    fig = timeline_figure([DUMA_STATEMENT, TRUMP_OFFICE],
                          view=(date(2025, 1, 10), date(2025, 1, 20)))
    assert list(fig.layout.yaxis2.ticktext) == ["take_office"]
    assert fig.layout.xaxis.rangeslider.range[0] < "2024-11-17"  # can still widen the view


def test_legend_names_only_what_is_in_view():
    fig = timeline_figure([DUMA_STATEMENT, TRUMP_OFFICE], colour_by="type",
                          view=(date(2025, 1, 10), date(2025, 1, 20)))
    assert [t.name for t in fig.data if t.showlegend is not False] == ["take_office"]


def test_zoomed_lane_has_rows_for_what_is_in_view_only():
    september = [TimelineEvent(id=f"ev:{i}", type="statement", summary=f"statement {i}",
                               date_value="2024-09", date_start=date(2024, 9, 1),
                               date_end=date(2024, 9, 30), granularity="month",
                               modality="asserted") for i in range(3)]
    zoomed = timeline_figure([DUMA_STATEMENT, *september],
                             view=(date(2024, 11, 10), date(2024, 11, 20)))
    assert {y for t in mark_traces(zoomed) for y in t.y} == {0}  # one in view: one row
    whole = timeline_figure([DUMA_STATEMENT, *september])
    assert {y for t in mark_traces(whole) for y in t.y} == {0, 1, 2}  # Septembers overlap


def test_range_slider_draws_events_per_day_not_every_mark():
    # the slider draws the traces of the main axes: one line, the marks stay on their own
    second = replace(DUMA_STATEMENT, id="ev:duma2")
    fig = timeline_figure([DUMA_STATEMENT, second, TRUMP_OFFICE])
    [line] = [t for t in fig.data if (t.xaxis or "x", t.yaxis or "y") == ("x", "y")]
    assert dict(zip(line.x, line.y)) == {"2024-11-17": 2, "2025-01-01": 1}
    assert len(mark_traces(fig)) == len(fig.data) - 1
    assert fig.layout.xaxis2.matches == "x"  # the marks follow every zoom of the main axis
