/*
 * Draws the supply-chain diagram from /supply-chain.json: one arrow per link, nodes in columns that follow the
 * chain from sourcing to laundering. Selecting an arrow (or "Evidence" in the table) loads the link's evidence
 * into the panel beside the diagram, or opens the link's page where there is no panel.
 */
(function () {
  'use strict';

  var STAGE_COLOURS = {
    SOURCING: '#1a4d8c',
    PRODUCTION: '#6b4f9e',
    TRAFFICKING: '#8a1c1c',
    DISTRIBUTION: '#b35900',
    LAUNDERING: '#1f6f43'
  };
  var MAX_COLUMNS = 8;

  var encode = window.PrecursorCharts.encode;

  /*
   * A node starts in the column of the earliest stage it feeds (a node that only receives goes one column after
   * the latest stage feeding it); then each arrow is pushed to point rightwards, except laundering, where money
   * flows back up the chain.
   */
  function columns(doc) {
    var stageIndex = {};
    doc.stages.forEach(function (stage, index) { stageIndex[stage.id] = index; });
    var out = {};
    var into = {};
    doc.links.forEach(function (link) {
      var stage = stageIndex[link.stage.id];
      out[link.from] = Math.min(out[link.from] === undefined ? Infinity : out[link.from], stage);
      into[link.to] = Math.max(into[link.to] === undefined ? -1 : into[link.to], stage);
    });
    var column = {};
    doc.nodes.forEach(function (node) {
      column[node.id] = out[node.id] !== undefined ? out[node.id] : Math.min(into[node.id] + 1, MAX_COLUMNS);
    });
    for (var pass = 0, moved = true; moved && pass < MAX_COLUMNS; pass++) {
      moved = false;
      doc.links.forEach(function (link) {
        if (link.stage.id !== 'LAUNDERING' && column[link.to] <= column[link.from] && column[link.from] < MAX_COLUMNS) {
          column[link.to] = column[link.from] + 1;
          moved = true;
        }
      });
    }
    return column;
  }

  /* Positions in abstract units: one unit a column across, nodes spread evenly down their column. */
  function positions(doc) {
    var column = columns(doc);
    var byColumn = {};
    doc.nodes.forEach(function (node) {
      (byColumn[column[node.id]] = byColumn[column[node.id]] || []).push(node.id);
    });
    var placed = {};
    Object.keys(byColumn).forEach(function (key) {
      var ids = byColumn[key];
      ids.forEach(function (id, index) {
        placed[id] = { x: Number(key) * 10, y: (index + 1) / (ids.length + 1) * 100 };
      });
    });
    return placed;
  }

  function disputed(link, perspective) {
    return perspective ? link.position === 'DISPUTES' : link.disputing.length > 0;
  }

  function tooltip(names, link) {
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

  function option(doc, container) {
    var perspective = container.dataset.perspective === 'true';
    var place = positions(doc);
    var names = {};
    doc.nodes.forEach(function (node) { names[node.id] = node.name; });
    return {
      animation: false,
      tooltip: {
        confine: true,
        formatter: function (params) {
          return params.dataType === 'edge' ? tooltip(names, params.data.link)
            : '<strong>' + encode(params.data.name) + '</strong><br>Select to see its place in the chain';
        }
      },
      series: [{
        type: 'graph',
        layout: 'none',
        left: 70,
        right: 70,
        top: 50,
        bottom: 30,
        roam: 'move',
        nodeScaleRatio: 0,
        autoCurveness: true,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: [0, 10],
        label: {
          show: true, position: 'top', distance: 6, color: '#1d232b', fontSize: 11, lineHeight: 13,
          width: 120, overflow: 'break', align: 'center'
        },
        emphasis: { focus: 'adjacency', lineStyle: { opacity: 1 } },
        data: doc.nodes.map(function (node) {
          return {
            id: node.id, name: node.name, x: place[node.id].x, y: place[node.id].y,
            symbolSize: node.type === 'PLACE' ? 12 : 16,
            symbol: node.type === 'PLACE' ? 'diamond' : 'circle',
            itemStyle: { color: node.type === 'PLACE' ? '#6c757d' : '#1d232b' }
          };
        }),
        links: doc.links.map(function (link) {
          return {
            id: String(link.id), source: link.from, target: link.to, link: link,
            lineStyle: {
              color: STAGE_COLOURS[link.stage.id] || '#1d232b',
              width: 1.5 + Math.min(link.asserting.length, 8),
              type: disputed(link, perspective) ? 'dashed' : 'solid',
              opacity: 0.85
            }
          };
        })
      }]
    };
  }

  function selectRow(linkId) {
    document.querySelectorAll('tr[data-link-id]').forEach(function (row) {
      row.classList.toggle('table-active', row.dataset.linkId === String(linkId));
    });
  }

  function showEvidence(container, link) {
    var target = document.getElementById(container.dataset.evidenceTarget || 'link-evidence');
    if (!target || !window.htmx) {
      window.location.href = link.url;
      return;
    }
    selectRow(link.id);
    window.htmx.ajax('GET', link.url, { target: target, swap: 'innerHTML' });
  }

  function highlight(chart, doc, linkId) {
    var index = doc.links.findIndex(function (link) { return String(link.id) === String(linkId); });
    chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
    if (index >= 0) {
      chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataType: 'edge', dataIndex: index });
    }
  }

  function draw(container, doc) {
    var chart = window.echarts.init(container, null, { renderer: 'canvas' });
    chart.setOption(option(doc, container));
    chart.on('click', function (params) {
      if (params.dataType === 'edge') {
        highlight(chart, doc, params.data.link.id);
        showEvidence(container, params.data.link);
      }
      else if (params.dataType === 'node' && container.dataset.nodeHref) {
        window.location.href = container.dataset.nodeHref.replace('{id}', encodeURIComponent(params.data.id));
      }
    });
    document.querySelectorAll('.select-link[data-link-id]').forEach(function (button) {
      button.addEventListener('click', function () {
        selectRow(button.dataset.linkId);
        highlight(chart, doc, button.dataset.linkId);
      });
    });
    window.addEventListener('resize', function () { chart.resize(); });
    container.dataset.linkCount = String(doc.links.length);
    container.dataset.state = 'ready';
  }

  document.addEventListener('htmx:afterSwap', function (event) {
    var title = event.target.querySelector('.evidence-title');
    if (title) {
      title.focus();
    }
  });

  window.PrecursorCharts.loadEach('.chain-diagram[data-src]', draw,
    'The diagram could not be loaded; the table lists the same links.');
}());
