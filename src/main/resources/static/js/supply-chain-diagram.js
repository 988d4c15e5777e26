/*
 * Draws the supply-chain diagram from /supply-chain.json: one arrow per link, nodes in columns headed by the stage
 * they act in, from sourcing to laundering, each arrow bent just enough to pass clear of the nodes it does not join. Selecting an arrow (or "Evidence" in the table) loads the link's evidence
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
  /* Space, in pixels, kept free around a node that an arrow between two other nodes passes. */
  var CLEARANCE = 18;
  var CURVES = [0, 0.12, -0.12, 0.22, -0.22, 0.32, -0.32, 0.45, -0.45];
  /* How much more, or less, two links between the same two nodes bend, so that both show. */
  var PARALLEL_GAP = 0.2;
  var MARGIN = { left: 70, right: 70, top: 84, bottom: 44 };
  /* The width, in pixels, a stage's name needs beside its neighbours' on one line. */
  var HEADING_ROOM = 92;

  var encode = window.PrecursorCharts.encode;

  /*
   * Each node stands under the stage of the earliest flow it sends; a node that only receives stands one stage after
   * the earliest flow it receives (so a later flow into it, such as precursors routed through the United States to
   * Mexican labs, never carries it past the stage where the chain first reaches it). Returns, per node, its stage
   * column (0 to the number of stages).
   */
  function stageColumns(doc) {
    var stageIndex = {};
    doc.stages.forEach(function (stage, index) { stageIndex[stage.id] = index; });
    var out = {};
    var into = {};
    doc.links.forEach(function (link) {
      var stage = stageIndex[link.stage.id];
      out[link.from] = Math.min(out[link.from] === undefined ? Infinity : out[link.from], stage);
      into[link.to] = Math.min(into[link.to] === undefined ? Infinity : into[link.to], stage);
    });
    var column = {};
    doc.nodes.forEach(function (node) {
      column[node.id] = out[node.id] !== undefined ? out[node.id] : Math.min(into[node.id] + 1, doc.stages.length);
    });
    return { column: column, sends: out };
  }

  /* Within a stage, a flow between two nodes of that stage puts the receiver one step to the right of the sender. */
  function steps(doc, column) {
    var step = {};
    doc.nodes.forEach(function (node) { step[node.id] = 0; });
    for (var pass = 0, moved = true; moved && pass < doc.nodes.length; pass++) {
      moved = false;
      doc.links.forEach(function (link) {
        if (column[link.from] === column[link.to] && link.from !== link.to && step[link.to] <= step[link.from]) {
          step[link.to] = step[link.from] + 1;
          moved = true;
        }
      });
    }
    return step;
  }

  /*
   * The layout in pixels of the chart's inner box: the stage columns that hold a node, side by side, each as wide as
   * its steps; each node in the row of the neighbours already placed to its left, to keep arrows short (a chain
   * that meets none of them starts a row of its own), pushed down where that would crowd another; the rows spread
   * evenly over the height.
   */
  function layout(doc, width, height) {
    var stages = stageColumns(doc);
    var step = steps(doc, stages.column);
    var used = [];
    doc.nodes.forEach(function (node) {
      var column = stages.column[node.id];
      used[column] = Math.max(used[column] === undefined ? 0 : used[column], step[node.id] + 1);
    });
    var slotOf = {};
    var headings = [];
    var slots = 0;
    used.forEach(function (width, column) {
      if (width === undefined) {
        return;
      }
      headings.push({ column: column, first: slots, last: slots + width - 1 });
      for (var s = 0; s < width; s++) {
        slotOf[column + ':' + s] = slots + s;
      }
      slots += width;
    });
    var innerWidth = Math.max(width - MARGIN.left - MARGIN.right, 100);
    var innerHeight = Math.max(height - MARGIN.top - MARGIN.bottom, 100);
    var slotX = function (slot) { return slots === 1 ? innerWidth / 2 : slot / (slots - 1) * innerWidth; };

    var bySlot = [];
    doc.nodes.forEach(function (node) {
      var slot = slotOf[stages.column[node.id] + ':' + step[node.id]];
      (bySlot[slot] = bySlot[slot] || []).push(node.id);
    });
    var neighbours = {};
    doc.links.forEach(function (link) {
      (neighbours[link.from] = neighbours[link.from] || []).push(link.to);
      (neighbours[link.to] = neighbours[link.to] || []).push(link.from);
    });
    var headingText = function (column) {
      if (column >= doc.stages.length) {
        return doc.stages[doc.stages.length - 1].label;
      }
      var sends = doc.nodes.some(function (node) {
        return stages.column[node.id] === column && stages.sends[node.id] === column;
      });
      return sends ? doc.stages[column].label : 'Arrives';
    };
    var row = {};
    var rows = 0;
    bySlot.forEach(function (ids) {
      if (!ids) {
        return;
      }
      var order = ids.map(function (id, index) {
        var placed = (neighbours[id] || []).filter(function (other) { return row[other] !== undefined; });
        var rank = placed.length ? placed.reduce(function (sum, other) { return sum + row[other]; }, 0) / placed.length
          : rows + index;
        return { id: id, rank: rank, index: index };
      });
      order.sort(function (a, b) { return a.rank - b.rank || a.index - b.index; });
      order.forEach(function (entry, index) {
        row[entry.id] = index === 0 ? entry.rank : Math.max(entry.rank, row[order[index - 1].id] + 1);
        rows = Math.max(rows, Math.floor(row[entry.id]) + 1);
      });
    });
    var levels = Object.keys(row).map(function (id) { return row[id]; })
      .filter(function (value, index, all) { return all.indexOf(value) === index; })
      .sort(function (a, b) { return a - b; });
    var place = {};
    doc.nodes.forEach(function (node) {
      var level = levels.indexOf(row[node.id]);
      place[node.id] = {
        x: slotX(slotOf[stages.column[node.id] + ':' + step[node.id]]),
        y: levels.length === 1 ? innerHeight / 2 : level / (levels.length - 1) * innerHeight
      };
    });
    return {
      place: place,
      width: innerWidth,
      height: innerHeight,
      slotOf: function (id) { return slotOf[stages.column[id] + ':' + step[id]]; },
      headingOf: function (id) { return headingText(stages.column[id]); },
      headings: headings.filter(function (heading) { return heading.column < doc.stages.length; }).map(function (heading) {
        return {
          column: heading.column,
          text: headingText(heading.column),
          x: (slotX(heading.first) + slotX(heading.last)) / 2,
          // the room between this column's middle and its neighbours' (a slot's width a side, at least)
          room: (slotX(heading.last) - slotX(heading.first)) + (slots > 1 ? innerWidth / (slots - 1) : innerWidth)
        };
      })
    };
  }

  /* The point at t along an arrow drawn with this curveness, the way ECharts draws a graph's curved edge. */
  function pointOn(from, to, curveness, t) {
    var control = [(from.x + to.x) / 2 - (from.y - to.y) * curveness, (from.y + to.y) / 2 - (to.x - from.x) * curveness];
    var u = 1 - t;
    return [u * u * from.x + 2 * u * t * control[0] + t * t * to.x, u * u * from.y + 2 * u * t * control[1] + t * t * to.y];
  }

  function nearestOtherNode(link, curveness, place) {
    var nearest = Infinity;
    Object.keys(place).forEach(function (id) {
      if (id === link.from || id === link.to) {
        return;
      }
      for (var t = 0.04; t < 1; t += 0.04) {
        var point = pointOn(place[link.from], place[link.to], curveness, t);
        nearest = Math.min(nearest, Math.hypot(point[0] - place[id].x, point[1] - place[id].y));
      }
    });
    return nearest;
  }

  /*
   * A curveness for each link that keeps it clear of every node but its own two ends, and apart from the other
   * links between the same two nodes: the straightest that does, or the one passing furthest from any node.
   */
  function curves(doc, place) {
    var taken = {};
    var chosen = {};
    doc.links.forEach(function (link) {
      var forward = link.from < link.to;
      var pair = forward ? link.from + '|' + link.to : link.to + '|' + link.from;
      taken[pair] = taken[pair] || [];
      var best = null;
      CURVES.forEach(function (curveness) {
        var normalised = forward ? curveness : -curveness;
        var crowds = taken[pair].some(function (other) { return Math.abs(other - normalised) < PARALLEL_GAP; });
        if (best && best.clear || crowds) {
          return;
        }
        var distance = nearestOtherNode(link, curveness, place);
        if (!best || distance > best.distance) {
          best = { curveness: curveness, normalised: normalised, distance: distance, clear: distance >= CLEARANCE };
        }
      });
      taken[pair].push(best.normalised);
      chosen[link.id] = best.curveness;
    });
    return chosen;
  }

  function headingGraphics(chart, shape) {
    return shape.headings.map(function (heading, index) {
      var x = chart.convertToPixel({ seriesIndex: 0 }, [heading.x, 0])[0];
      // where columns stand too close for their names side by side, every other name drops a line
      var crowded = shape.headings.some(function (other) { return other.room < HEADING_ROOM; });
      return {
        type: 'text', id: 'stage-' + heading.column, x: x, y: crowded && index % 2 ? 30 : 14, silent: true,
        style: { text: heading.text, fill: '#4a5360', font: '600 11px system-ui, sans-serif', align: 'center' }
      };
    });
  }

  function option(doc, container, shape) {
    var perspective = container.dataset.perspective === 'true';
    var curveness = curves(doc, shape.place);
    var names = {};
    doc.nodes.forEach(function (node) { names[node.id] = node.name; });
    return {
      animation: false,
      tooltip: {
        confine: true,
        formatter: function (params) {
          return params.dataType === 'edge' ? window.PrecursorCharts.linkTooltip(names, params.data.link)
            : '<strong>' + encode(params.data.name) + '</strong><br>Select to see its place in the chain';
        }
      },
      series: [{
        type: 'graph',
        layout: 'none',
        left: MARGIN.left,
        right: MARGIN.right,
        top: MARGIN.top,
        bottom: MARGIN.bottom,
        roam: false,
        nodeScaleRatio: 0,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: [0, 10],
        label: {
          show: true, position: 'top', distance: 6, color: '#1d232b', fontSize: 11, lineHeight: 13,
          width: 120, overflow: 'break', align: 'center'
        },
        labelLayout: { moveOverlap: 'shiftY' },
        emphasis: { focus: 'adjacency', lineStyle: { opacity: 1 } },
        data: doc.nodes.map(function (node) {
          return {
            id: node.id, name: node.name, x: shape.place[node.id].x, y: shape.place[node.id].y,
            symbolSize: node.type.id === 'PLACE' ? 12 : 16,
            symbol: node.type.id === 'PLACE' ? 'diamond' : 'circle',
            itemStyle: { color: node.type.id === 'PLACE' ? '#6c757d' : '#1d232b' },
            // neighbouring columns take turns above and below their nodes, so that long names do not run together;
            // the lowest row keeps its names above, inside the chart
            label: { position: shape.slotOf(node.id) % 2 && shape.place[node.id].y < shape.height - 1 ? 'bottom' : 'top' },
            column: shape.headingOf(node.id)
          };
        }).concat(window.PrecursorCharts.graphCorners(shape.width, shape.height)),
        links: doc.links.map(function (link) {
          return {
            id: String(link.id), source: link.from, target: link.to, link: link,
            lineStyle: {
              color: STAGE_COLOURS[link.stage.id] || '#1d232b',
              width: 1.5 + Math.min(link.asserting.length, 8),
              type: window.PrecursorCharts.disputed(link, perspective) ? 'dashed' : 'solid',
              curveness: curveness[link.id],
              opacity: 0.85
            }
          };
        })
      }]
    };
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
    var shape = layout(doc, container.clientWidth, container.clientHeight);
    chart.setOption(option(doc, container, shape));
    chart.setOption({ graphic: headingGraphics(chart, shape) });
    chart.on('click', function (params) {
      if (params.dataType === 'edge') {
        highlight(chart, doc, params.data.link.id);
        window.PrecursorCharts.showEvidence(container, params.data.link);
      }
      else if (params.dataType === 'node' && !params.data.corner && container.dataset.nodeHref) {
        window.location.href = container.dataset.nodeHref.replace('{id}', encodeURIComponent(params.data.id));
      }
    });
    window.PrecursorCharts.followTheTable(function (linkId) { highlight(chart, doc, linkId); });
    window.addEventListener('resize', function () {
      chart.resize();
      chart.setOption({ graphic: headingGraphics(chart, shape) }, { replaceMerge: ['graphic'] });
    });
    container.dataset.linkCount = String(doc.links.length);
    container.dataset.state = 'ready';
  }

  window.PrecursorCharts.loadEach('.chain-diagram[data-src]', draw,
    'The diagram could not be loaded; the table lists the same links.');
}());
