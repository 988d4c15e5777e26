/*
 * Draws the supply-chain links on a map from /supply-chain.json: each end where the data puts it (nodes[].coordinates),
 * one arrow per link coloured by what moves, dashed when disputed. The base map is the GeoJSON in data-base-map,
 * shipped with the site and centred on the Pacific. Selecting an arrow loads the link's evidence into the panel
 * beside the map; selecting a place opens its links.
 */
(function () {
  'use strict';

  var COMMODITY_COLOURS = {
    PRECURSOR_CHEMICALS: '#1a4d8c',
    FENTANYL: '#8a1c1c',
    COUNTERFEIT_PILLS: '#b35900',
    PILL_PRESSES: '#6b4f9e',
    MONEY: '#1f6f43'
  };
  /* The window the map shows: [west, north] and [east, south], in the base map's Pacific-centred longitudes. */
  var WINDOW = [[92, 64], [298, 8]];
  /* How much more, or less, each further arrow between the same two places bends, so that every one shows. */
  var PARALLEL_STEP = 0.14;
  var MAP_NAME = 'precursor-pacific';

  var charts = window.PrecursorCharts;

  /* The base map puts the Americas east of Asia: longitudes west of 25°W are counted on past 180°E. */
  function pacific(coordinates) {
    return [coordinates[0] < -25 ? coordinates[0] + 360 : coordinates[0], coordinates[1]];
  }

  /* Arrows between the same two places fan out: the first straight-ish, the others bending either way in turn. */
  function curveness(doc) {
    var seen = {};
    var chosen = {};
    doc.links.forEach(function (link) {
      var forward = link.from < link.to;
      var pair = forward ? link.from + '|' + link.to : link.to + '|' + link.from;
      var index = seen[pair] = (seen[pair] === undefined ? 0 : seen[pair] + 1);
      var bend = 0.08 + Math.ceil(index / 2) * PARALLEL_STEP * (index % 2 ? 1 : -1);
      chosen[link.id] = forward ? bend : -bend;
    });
    return chosen;
  }

  function option(doc, container) {
    var perspective = container.dataset.perspective === 'true';
    var where = {};
    var names = {};
    doc.nodes.forEach(function (node) {
      names[node.id] = node.name;
      if (node.coordinates) {
        where[node.id] = pacific(node.coordinates);
      }
    });
    var bend = curveness(doc);
    var placed = doc.links.filter(function (link) { return where[link.from] && where[link.to]; });
    return {
      animation: false,
      tooltip: {
        confine: true,
        formatter: function (params) {
          if (params.seriesType === 'lines') {
            return charts.linkTooltip(names, params.data.link);
          }
          return '<strong>' + charts.encode(params.data.name) + '</strong><br>' + charts.encode(params.data.placedAt)
            + '<br>Select to see its links';
        }
      },
      geo: {
        map: MAP_NAME,
        roam: false,
        silent: true,
        boundingCoords: WINDOW,
        left: 8, right: 8, top: 8, bottom: 8,
        itemStyle: { areaColor: '#ece9e1', borderColor: '#b9b3a6', borderWidth: 0.6 },
        label: { show: false }
      },
      series: [
        {
          type: 'lines',
          id: 'flows',
          coordinateSystem: 'geo',
          zlevel: 1,
          symbol: ['none', 'arrow'],
          symbolSize: 10,
          emphasis: { focus: 'self', lineStyle: { opacity: 1, width: 5 } },
          data: placed.map(function (link) {
            return {
              id: String(link.id), link: link, coords: [where[link.from], where[link.to]],
              lineStyle: {
                color: COMMODITY_COLOURS[link.moves.id] || '#1d232b',
                width: 1.5 + Math.min(link.asserting.length, 6) * 0.5,
                type: charts.disputed(link, perspective) ? 'dashed' : 'solid',
                curveness: bend[link.id],
                opacity: 0.9
              }
            };
          })
        },
        {
          type: 'scatter',
          id: 'places',
          coordinateSystem: 'geo',
          zlevel: 2,
          label: {
            show: true, formatter: '{b}', position: 'right', distance: 4, color: '#1d232b', fontSize: 10,
            backgroundColor: 'rgba(255,255,255,0.75)', padding: [1, 3]
          },
          labelLayout: { hideOverlap: false, moveOverlap: 'shiftY' },
          data: doc.nodes.filter(function (node) { return where[node.id]; }).map(function (node) {
            return {
              id: node.id, name: node.name, value: where[node.id], placedAt: node.placedAt,
              symbol: node.type.id === 'PLACE' ? 'diamond' : 'circle',
              symbolSize: node.type.id === 'PLACE' ? 10 : 9,
              itemStyle: { color: node.type.id === 'PLACE' ? '#6c757d' : '#1d232b' }
            };
          })
        }
      ]
    };
  }

  function highlight(chart, linkId) {
    var flows = chart.getOption().series[0].data;
    var index = flows.findIndex(function (flow) { return flow.id === String(linkId); });
    chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
    if (index >= 0) {
      chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: index });
    }
  }

  function draw(container, doc, baseMap) {
    if (!window.echarts.getMap(MAP_NAME)) {
      window.echarts.registerMap(MAP_NAME, baseMap);
    }
    var chart = window.echarts.init(container, null, { renderer: 'canvas' });
    chart.setOption(option(doc, container));
    chart.on('click', function (params) {
      if (params.seriesType === 'lines') {
        highlight(chart, params.data.link.id);
        charts.showEvidence(container, params.data.link);
      }
      else if (params.seriesType === 'scatter' && container.dataset.nodeHref) {
        window.location.href = container.dataset.nodeHref.replace('{id}', encodeURIComponent(params.data.id));
      }
    });
    charts.followTheTable(function (linkId) { highlight(chart, linkId); });
    window.addEventListener('resize', function () { chart.resize(); });
    container.dataset.linkCount = String(chart.getOption().series[0].data.length);
    container.dataset.state = 'ready';
  }

  charts.loadEach('.geo-map[data-src]', function (container, doc) {
    return fetch(container.dataset.baseMap, { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('base map: HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (baseMap) { draw(container, doc, baseMap); });
  }, 'The map could not be loaded; the table lists the same links.');
}());
