/*
 * What the diagram scripts share: escaping text for ECharts tooltips, and loading each chart's JSON from its
 * data-src attribute, with a readable message in place of the chart when that fails.
 */
window.PrecursorCharts = (function () {
  'use strict';

  function encode(text) {
    return window.echarts.format.encodeHTML(text == null ? '' : String(text));
  }

  function loadEach(selector, draw, failure) {
    document.querySelectorAll(selector).forEach(function (container) {
      fetch(container.dataset.src, { headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.json();
        })
        .then(function (doc) { draw(container, doc); })
        .catch(function (error) {
          // Left in the console, where the browser tests look, so that a broken chart is not mistaken for a network fault.
          window.console.error('Chart not drawn: ' + error);
          container.dataset.state = 'failed';
          container.textContent = failure;
        });
    });
  }

  return { encode: encode, loadEach: loadEach };
}());
