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
        // A click on a cell of the counts overview (a heat map) zooms into its period:
        // the trace's x holds the column edges as ISO days and the click the cell's middle
        // ('YYYY-MM-DD HH:MM', which sorts between the two edges as text).
        binClickOnly: function (click, figure) {
            const point = click && click.points && click.points[0];
            const trace = point && figure && figure.data && figure.data[point.curveNumber];
            if (!trace || trace.type !== "heatmap" || typeof point.x !== "string") {
                return window.dash_clientside.no_update;
            }
            const edges = trace.x;
            let column = -1;
            for (let i = 0; i + 1 < edges.length; i++) {
                if (edges[i] <= point.x && point.x < edges[i + 1]) {
                    column = i;
                    break;
                }
            }
            if (column < 0) {
                return window.dash_clientside.no_update;
            }
            const last = new Date(edges[column + 1] + "T00:00:00Z");
            last.setUTCDate(last.getUTCDate() - 1);
            return {from: edges[column], to: last.toISOString().slice(0, 10), at: Date.now()};
        },
    },
});
