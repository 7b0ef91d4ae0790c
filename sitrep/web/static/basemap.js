/* sitrep dashboard: the offline basemap under the events: sea (the map background), the land of
 * the neighbouring countries (geo/land.json) and place labels from the gazetteer (/static/labels.json)
 * that appear by zoom level: regions, then cities, then towns, then villages. No tiles. */
(function () {
  'use strict';
  var U = window.SitrepUtil;
  // label level -> [first zoom shown, last zoom shown]
  var LEVEL_ZOOM = { 1: [4.5, 8.75], 2: [5.5, 99], 3: [7.5, 99], 4: [9.75, 99] };
  var DRAW_ORDER = [2, 1, 3, 4];     // cities win a place over region names, towns over villages
  var MAX_LABELS = 260;
  var CHAR_W = { 1: 6.6, 2: 6.9, 3: 6.2, 4: 5.8 };

  function init(map) {
    map.createPane('land').style.zIndex = 250;       // below the regions (overlayPane, 400)
    var lp = map.createPane('labels');
    lp.style.zIndex = 450;                            // above the regions, below the markers (600)
    lp.style.pointerEvents = 'none';
    var labels = [], layer = L.layerGroup().addTo(map), timer = null;

    function draw() {
      layer.clearLayers();
      var z = map.getZoom(), bounds = map.getBounds().pad(0.1), boxes = [], shown = 0;
      var visible = labels.filter(function (l) {
        var r = LEVEL_ZOOM[l[3]];
        return z >= r[0] && z <= r[1] && bounds.contains([l[1], l[2]]);
      });
      visible.sort(function (a, b) {
        return DRAW_ORDER.indexOf(a[3]) - DRAW_ORDER.indexOf(b[3]) || b[4] - a[4];
      });
      for (var i = 0; i < visible.length && shown < MAX_LABELS; i++) {
        var l = visible[i], name = l[0], lv = l[3];
        var w = Math.round(name.length * CHAR_W[lv] + (lv === 1 ? 4 : 10)), hgt = 14;
        var p = map.latLngToContainerPoint([l[1], l[2]]);
        var x0 = lv === 1 ? p.x - w / 2 : p.x - 3, y0 = p.y - hgt / 2;
        var clash = boxes.some(function (b) {
          return x0 < b[2] && x0 + w > b[0] && y0 < b[3] && y0 + hgt > b[1];
        });
        if (clash) continue;
        boxes.push([x0 - 2, y0 - 1, x0 + w + 2, y0 + hgt + 1]);
        shown += 1;
        L.marker([l[1], l[2]], {
          pane: 'labels', interactive: false, keyboard: false,
          icon: L.divIcon({ className: 'place-label lv-' + lv, iconSize: [w, hgt],
                            iconAnchor: lv === 1 ? [w / 2, hgt / 2] : [3, hgt / 2],
                            html: (lv === 1 ? '' : '<i></i>') + '<span>' + U.escapeHtml(name) + '</span>' })
        }).on('add', function (ev) {
          var el = ev.target.getElement();
          if (el) { el.setAttribute('data-level', ev.target._lv); el.setAttribute('data-name', ev.target._name); }
        }).setLabelData(lv, name).addTo(layer);
      }
    }
    L.Marker.include({ setLabelData: function (lv, name) { this._lv = lv; this._name = name; return this; } });
    function later() { clearTimeout(timer); timer = setTimeout(draw, 60); }
    map.on('zoomend moveend', later);

    var land = U.getJSON('/static/geo/land.json').then(function (geo) {
      L.geoJSON(geo, { pane: 'land', interactive: false,
                       style: function () { return { stroke: false, fillColor: '#e9e6dc', fillOpacity: 1, className: 'land' }; }
      }).addTo(map);
    }).catch(function () { /* the map still works over the sea colour */ });
    var names = U.getJSON('/static/labels.json').then(function (body) {
      labels = body.labels || [];
      draw();
      document.body.dataset.labels = String(labels.length);
    }).catch(function () { labels = []; });
    return { ready: Promise.all([land, names]), redraw: draw,
             count: function () { return layer.getLayers().length; } };
  }

  window.SitrepBasemap = { init: init };
})();
