/*
 * Draws the actor network from /network.json with a force layout: circles sized by claims made, arrows for claims
 * about another actor (coloured by tone), lines for the same or opposite sides on a proposition. Selecting an
 * actor opens its page.
 */
(function () {
  'use strict';

  var TONE_COLOURS = { ACCUSES: '#a1321f', DEFENDS: '#1f6f43', MIXED: '#6c5a12', MENTIONS: '#8a939d' };
  var SIDE_COLOURS = { SAME_SIDE: '#1a4d8c', OPPOSITE_SIDE: '#b35900' };

  var encode = window.PrecursorCharts.encode;

  function edgeItem(edge) {
    var about = edge.kind === 'CLAIMS_ABOUT';
    return {
      source: edge.source,
      target: edge.target,
      edge: edge,
      symbol: about ? ['none', 'arrow'] : ['none', 'none'],
      symbolSize: about ? [0, 8] : [0, 0],
      lineStyle: {
        color: about ? TONE_COLOURS[edge.tone] : SIDE_COLOURS[edge.kind],
        type: edge.kind === 'OPPOSITE_SIDE' ? 'dashed' : 'solid',
        width: Math.min(1 + edge.weight, 6),
        opacity: about ? (edge.tone === 'MENTIONS' ? 0.35 : 0.85) : 0.45,
        curveness: about ? 0.15 : 0
      }
    };
  }

  function edgeTooltip(names, edge) {
    var head = encode(names[edge.source]) + (edge.kind === 'CLAIMS_ABOUT' ? ' → ' : ' — ') + encode(names[edge.target]);
    if (edge.kind === 'CLAIMS_ABOUT') {
      return head + '<br>' + edge.weight + ' claims about: ' + edge.accusing + ' accusing, ' + edge.defending + ' defending';
    }
    return head + '<br>' + (edge.kind === 'SAME_SIDE' ? 'Same side on ' : 'Opposite sides on ') + edge.weight
      + ' proposition(s):<br>' + edge.propositions.map(function (p) { return encode(p.text); }).join('<br>');
  }

  function draw(container, doc) {
    var names = {};
    doc.nodes.forEach(function (node) { names[node.id] = node.name; });
    var types = [];
    doc.nodes.forEach(function (node) {
      if (types.indexOf(node.type.label) < 0) {
        types.push(node.type.label);
      }
    });
    var chart = window.echarts.init(container, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: {
        confine: true,
        formatter: function (params) {
          if (params.dataType === 'edge') {
            return edgeTooltip(names, params.data.edge);
          }
          var node = params.data.node;
          return '<strong>' + encode(node.name) + '</strong><br>' + encode(node.type.label) + ' · '
            + node.claims + ' claims made, ' + node.mentions + ' about it';
        }
      },
      legend: [{ data: types, type: 'scroll', bottom: 0 }],
      series: [{
        type: 'graph',
        layout: 'force',
        roam: 'move',
        draggable: true,
        categories: types.map(function (type) { return { name: type }; }),
        force: { repulsion: 700, edgeLength: [110, 280], gravity: 0.05, layoutAnimation: false },
        label: { show: true, position: 'right', fontSize: 11, color: '#1d232b' },
        labelLayout: { hideOverlap: true },
        emphasis: { focus: 'adjacency' },
        // Starting from a circle in a fixed order, the force layout settles the same way on every visit.
        data: doc.nodes.map(function (node, index) {
          var angle = 2 * Math.PI * index / doc.nodes.length;
          return {
            id: node.id, name: node.name, node: node, url: node.url,
            x: 300 * Math.cos(angle), y: 300 * Math.sin(angle),
            category: types.indexOf(node.type.label),
            symbolSize: 8 + 5 * Math.sqrt(node.claims)
          };
        }),
        links: doc.edges.map(edgeItem)
      }]
    });
    chart.on('click', function (params) {
      if (params.dataType === 'node') {
        window.location.href = params.data.url;
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    container.dataset.nodeCount = String(doc.nodes.length);
    container.dataset.edgeCount = String(doc.edges.length);
    container.dataset.state = 'ready';
  }

  window.PrecursorCharts.loadEach('.network-graph[data-src]', draw,
    'The graph could not be loaded; the tables list the same actors and connections.');
}());
