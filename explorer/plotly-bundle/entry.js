// The explorer's partial plotly.js bundle: scatter (part of the core), bar and heatmap,
// the only trace types explorer/figures.py draws. Build: `make plotly-bundle`.
var Plotly = require('plotly.js/lib/core');

Plotly.register([require('plotly.js/lib/bar'), require('plotly.js/lib/heatmap')]);

window.Plotly = Plotly;
