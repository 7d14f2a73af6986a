// Filters for Plotly events, run in the browser so that only real zooms and clicks on
// counts reach the server (every resize is a relayout too).
window.dash_clientside = Object.assign({}, window.dash_clientside, {
    explorer: {
        zoomOnly: function (relayout) {
            if (!relayout) {
                return window.dash_clientside.no_update;
            }
            const isZoom = Object.keys(relayout).some(
                (key) => key.startsWith("xaxis.range") || key === "xaxis.autorange");
            return isZoom ? Object.assign({}, relayout, {at: Date.now()})
                          : window.dash_clientside.no_update;
        },
        // A click on a count of the overview carries [null, first day, day after].
        binClickOnly: function (click) {
            const point = click && click.points && click.points[0];
            const custom = point && point.customdata;
            if (!custom || custom[0] !== null || !custom[1]) {
                return window.dash_clientside.no_update;
            }
            const last = new Date(custom[2]);
            last.setUTCDate(last.getUTCDate() - 1);
            return {from: custom[1], to: last.toISOString().slice(0, 10), at: Date.now()};
        },
    },
});
