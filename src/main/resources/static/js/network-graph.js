/*
 * Draws the actor network from /network.json: circles sized by claims made, arrows for claims about another actor
 * (coloured by tone), lines for the same or opposite sides on a proposition. A network centred on one actor puts
 * that actor in the middle, those it sides with in a column to its left, those it stands against to its right and
 * the rest in a row below; a network on one proposition puts its supporters on the left and its disputers on the
 * right, with only the claims about one another drawn between them; the most active actors together stand on a
 * circle. Every node stays inside the chart. Selecting an actor opens its page.
 */
(function () {
  'use strict';

  var TONE_COLOURS = { ACCUSES: '#a1321f', DEFENDS: '#1f6f43', MIXED: '#6c5a12', MENTIONS: '#8a939d' };
  var SIDE_COLOURS = { SAME_SIDE: '#1a4d8c', OPPOSITE_SIDE: '#b35900' };

  var encode = window.PrecursorCharts.encode;
  var MARGIN = { top: 52, bottom: 70 };
  /* Below this width (the actor page's panel, a phone) the chart leaves out its legend of actor types. */
  var SMALL = 520;
  /* Room beside each side column for its names, which wrap within it rather than run off the chart. */
  function sideRoom(width) {
    return width < SMALL ? Math.round(width * 0.3) : Math.max(150, Math.round(width * 0.24));
  }
  var GROUPS = [
    { id: 'with', around: 'Sides with it', on: 'Support it' },
    { id: 'against', around: 'Stands against it', on: 'Dispute it' },
    { id: 'about', around: 'Only claims about, or spoken of', on: 'Both sides, or spoken of' }
  ];

  /* On one proposition, each actor's group is the side it took on it. */
  function groupsBySide(doc) {
    var group = {};
    doc.nodes.forEach(function (node) {
      group[node.id] = node.side === 'SUPPORTS' ? 'with' : node.side === 'DISPUTES' ? 'against' : 'about';
    });
    return group;
  }

  /* Which group each neighbour of the centre falls in, from the balance of its connections to the centre. */
  function groupsAround(doc) {
    var lean = {};
    doc.edges.forEach(function (edge) {
      var other = edge.source === doc.centre ? edge.target : edge.source;
      var towards = edge.kind === 'SAME_SIDE' ? edge.weight : edge.kind === 'OPPOSITE_SIDE' ? -edge.weight
        : edge.defending - edge.accusing;
      lean[other] = (lean[other] || 0) + towards;
    });
    var group = {};
    doc.nodes.forEach(function (node) {
      if (node.id !== doc.centre) {
        group[node.id] = lean[node.id] > 0 ? 'with' : lean[node.id] < 0 ? 'against' : 'about';
      }
    });
    return group;
  }

  /* Positions in pixels of the chart's inner box: any centre in the middle, a column each side, a row below. */
  function sidedPlaces(doc, group, width, height) {
    var innerWidth = Math.max(width - 2 * sideRoom(width), 120);
    var innerHeight = Math.max(height - MARGIN.top - MARGIN.bottom, 120);
    var members = { with: [], against: [], about: [] };
    doc.nodes.forEach(function (node) {
      if (group[node.id]) {
        members[group[node.id]].push(node.id);
      }
    });
    var place = {};
    if (doc.centre) {
      place[doc.centre] = { x: innerWidth / 2, y: innerHeight * 0.4 };
    }
    var column = function (ids, x, bottom) {
      ids.forEach(function (id, index) {
        place[id] = { x: x, y: ids.length === 1 ? innerHeight * 0.4 : index / (ids.length - 1) * bottom };
      });
    };
    column(members.with, 0, innerHeight * 0.8);
    column(members.against, innerWidth, innerHeight * 0.8);
    members.about.forEach(function (id, index) {
      var across = members.about.length === 1 ? 0.5 : 0.15 + 0.7 * index / (members.about.length - 1);
      place[id] = { x: across * innerWidth, y: innerHeight * (index % 2 ? 0.92 : 1) };
    });
    return {
      place: place, group: group, width: innerWidth, height: innerHeight, members: members,
      heading: doc.centre ? 'around' : 'on'
    };
  }

  function headings(chart, shape) {
    var at = { with: [0, -34], against: [shape.width, -34], about: [shape.width / 2, shape.height * 0.86] };
    return GROUPS.filter(function (group) { return shape.members[group.id].length; }).map(function (group) {
      var pixel = chart.convertToPixel({ seriesIndex: 0 }, at[group.id]);
      return {
        type: 'text', id: 'group-' + group.id, x: pixel[0], y: pixel[1], silent: true,
        style: { text: group[shape.heading], fill: '#4a5360', font: '600 12px system-ui, sans-serif', align: 'center' }
      };
    });
  }

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
    var grouping = doc.centre ? groupsAround(doc) : doc.filter.proposition ? groupsBySide(doc) : null;
    var shape = grouping ? sidedPlaces(doc, grouping, container.clientWidth, container.clientHeight) : null;
    // on one proposition the columns already say who sides with whom; only claims about one another are drawn
    var drawn = doc.centre || !shape ? doc.edges
      : doc.edges.filter(function (edge) { return edge.kind === 'CLAIMS_ABOUT'; });
    chart.setOption({
      animation: false,
      tooltip: {
        confine: true,
        formatter: function (params) {
          if (params.dataType === 'edge') {
            return edgeTooltip(names, params.data.edge);
          }
          var node = params.data.node;
          if (!node) {
            return '';
          }
          return '<strong>' + encode(node.name) + '</strong><br>' + encode(node.type.label) + ' · '
            + node.claims + ' claims made, ' + node.mentions + ' about it';
        }
      },
      legend: [{ data: types, type: 'scroll', bottom: 0, show: container.clientWidth >= SMALL }],
      series: [{
        type: 'graph',
        layout: shape ? 'none' : 'circular',
        circular: { rotateLabel: true },
        left: shape ? sideRoom(container.clientWidth) : '18%',
        right: shape ? sideRoom(container.clientWidth) : '18%',
        top: shape ? MARGIN.top : 90,
        bottom: shape ? MARGIN.bottom : 90,
        roam: false,
        nodeScaleRatio: 0,
        categories: types.map(function (type) { return { name: type }; }),
        label: { show: true, position: 'right', fontSize: 11, lineHeight: 13, color: '#1d232b' },
        labelLayout: { hideOverlap: !shape },
        emphasis: { focus: 'adjacency' },
        data: doc.nodes.slice().sort(function (a, b) {
          return shape ? 0 : types.indexOf(a.type.label) - types.indexOf(b.type.label);
        }).map(function (node) {
          var item = {
            id: node.id, name: node.name, node: node, url: node.url,
            category: types.indexOf(node.type.label),
            symbolSize: Math.min(8 + 5 * Math.sqrt(node.claims), 40)
          };
          if (shape) {
            item.x = shape.place[node.id].x;
            item.y = shape.place[node.id].y;
            item.group = shape.group[node.id] || 'centre';
            item.label = {
              position: item.group === 'with' ? 'left' : item.group === 'about' ? 'bottom' : 'right',
              width: item.group === 'about' ? 110 : sideRoom(container.clientWidth) - 24, overflow: 'break'
            };
          }
          return item;
        }).concat(shape ? window.PrecursorCharts.graphCorners(shape.width, shape.height) : []),
        links: drawn.map(edgeItem)
      }]
    });
    if (shape) {
      chart.setOption({ graphic: headings(chart, shape) });
    }
    chart.on('click', function (params) {
      if (params.dataType === 'node' && params.data.url) {
        window.location.href = params.data.url;
      }
    });
    window.addEventListener('resize', function () {
      chart.resize();
      if (shape) {
        chart.setOption({ graphic: headings(chart, shape) }, { replaceMerge: ['graphic'] });
      }
    });
    container.dataset.nodeCount = String(doc.nodes.length);
    container.dataset.edgeCount = String(drawn.length);
    container.dataset.state = 'ready';
  }

  window.PrecursorCharts.loadEach('.network-graph[data-src]', draw,
    'The graph could not be loaded; the tables list the same actors and connections.');
}());
