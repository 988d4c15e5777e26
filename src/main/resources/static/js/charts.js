/*
 * What the diagram scripts share: escaping text for ECharts tooltips, loading each chart's JSON from its data-src
 * attribute (with a readable message in place of the chart when that fails), and opening a supply-chain link's
 * evidence beside the chart.
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
        .then(function (doc) { return draw(container, doc); })
        .catch(function (error) {
          // Left in the console, where the browser tests look, so that a broken chart is not mistaken for a network fault.
          window.console.error('Chart not drawn: ' + error);
          container.dataset.state = 'failed';
          container.textContent = failure;
        });
    });
  }

  /* Dashed: a link the chosen source disputes, or, without one, a link anyone disputes. */
  function disputed(link, perspective) {
    return perspective ? link.position === 'DISPUTES' : link.disputing.length > 0;
  }

  function linkTooltip(names, link) {
    var lines = [
      '<strong>' + encode(names[link.from]) + ' → ' + encode(names[link.to]) + '</strong>',
      encode(link.moves.label) + ' · ' + encode(link.stage.label),
      link.asserting.length + ' asserting, ' + link.disputing.length + ' disputing'
    ];
    if (link.how.length) {
      lines.splice(2, 0, encode(link.how.map(function (how) { return how.label; }).join(', ')));
    }
    if (link.period) {
      lines.splice(2, 0, encode(link.period));
    }
    return lines.join('<br>');
  }

  /*
   * ECharts fits a graph's nodes to the chart stretching each axis on its own; two invisible nodes at the corners
   * of a box laid out in pixels keep a pixel a pixel both ways.
   */
  function graphCorners(width, height) {
    return [[0, 0], [width, height]].map(function (corner, index) {
      return {
        id: 'corner-' + index, name: '', x: corner[0], y: corner[1], symbolSize: 0, label: { show: false },
        tooltip: { show: false }, corner: true
      };
    });
  }

  function selectRow(linkId) {
    document.querySelectorAll('tr[data-link-id]').forEach(function (row) {
      row.classList.toggle('table-active', row.dataset.linkId === String(linkId));
    });
  }

  /* A supply-chain link's evidence in the panel beside the chart, or on the link's own page where there is none. */
  function showEvidence(container, link) {
    var target = document.getElementById(container.dataset.evidenceTarget || 'link-evidence');
    if (!target || !window.htmx) {
      window.location.href = link.url;
      return;
    }
    selectRow(link.id);
    window.htmx.ajax('GET', link.url, { target: target, swap: 'innerHTML' });
  }

  /* "Evidence" in a row of the links table also picks the link out in the chart. */
  function followTheTable(highlight) {
    document.querySelectorAll('.select-link[data-link-id]').forEach(function (button) {
      button.addEventListener('click', function () {
        selectRow(button.dataset.linkId);
        highlight(button.dataset.linkId);
      });
    });
  }

  document.addEventListener('htmx:afterSwap', function (event) {
    var title = event.target.querySelector('.evidence-title');
    if (title) {
      title.focus();
    }
  });

  return {
    encode: encode, loadEach: loadEach, disputed: disputed, linkTooltip: linkTooltip, graphCorners: graphCorners,
    showEvidence: showEvidence, followTheTable: followTheTable
  };
}());
