/* sitrep dashboard: SVG icons by event family (strike, drone, missile, clash, territory change,
 * interception, civilian harm, political) and their legend. */
(function () {
  'use strict';
  var U = window.SitrepUtil;
  // [family, legend label, colour, glyph path (white, on a 24x24 disc)]
  var FAMILIES = [
    ['missile', 'Missile strike', '#c62828',
     'M16.5 4.5l3 3-8.2 8.2-1.6.4-1.4 2.9-1.3-1.3 1-1.9-1.9 1-1.3-1.3 2.9-1.4.4-1.6z'],
    ['drone', 'Drone / air strike', '#ef6c00', 'M12 5l7.5 12.5-7.5-3-7.5 3z'],
    ['strike', 'Shelling / other strike', '#6d2f1b',
     'M12 3.5l1.9 4.6 4.8-1.6-2.3 4.5 4.1 2.6-4.9.8.5 5-3.9-3.1-3.9 3.1.5-5-4.9-.8 4.1-2.6-2.3-4.5 4.8 1.6z'],
    ['clash', 'Armed clash', '#4e342e',
     'M6 5l7 7-1.6 1.6L4.4 6.6zM18 5l1.6 1.6-11 11 1.5 1.5-1.4 1.4-4.4-4.4 1.4-1.4 1.5 1.5zM14.5 14.5l1.6-1.6 3.5 3.5-1.6 1.6z'],
    ['territory', 'Territory change', '#7b1fa2', 'M7 4h1.8v16H7zM9.5 4.5h8.5l-2.6 3.8 2.6 3.8H9.5z'],
    ['interception', 'Interception', '#1565c0', 'M12 3.5l7 2.6v5.2c0 4.3-3 7.6-7 9.2-4-1.6-7-4.9-7-9.2V6.1z'],
    ['civilian', 'Civilian harm', '#ad1457',
     'M12 4a2.3 2.3 0 110 4.6A2.3 2.3 0 0112 4zM8.7 9.6h6.6l-1.2 5.4h-1.3l-.3 5h-2.9l-.3-5H9.9z'],
    ['political', 'Political / other', '#00796b', 'M5 6.5h14v8.5h-7.5l-4 3.5v-3.5H5z']
  ];
  var BY_NAME = {};
  FAMILIES.forEach(function (f) { BY_NAME[f[0]] = f; });
  var TYPE_FAMILY = {
    interception: 'interception', armed_clash: 'clash', territory_change: 'territory',
    armed_group_change: 'territory', attack_on_civilians: 'civilian', sexual_violence: 'civilian',
    abduction: 'civilian', looting_destruction: 'civilian', remote_explosive: 'strike',
    grenade: 'strike', suicide_bombing: 'strike', chemical_attack: 'strike',
    infrastructure_disruption: 'strike', protest: 'political', riot: 'political',
    arrest: 'political', agreement: 'political', military_mobilization: 'political',
    policy_decision: 'political', diplomatic_contact: 'political'
  };
  var MISSILES = { missile: 1, ballistic_missile: 1, cruise_missile: 1 };

  function family(e) {
    var cats = (e.weapons || []).map(function (w) { return w.category; });
    var has = function (set) { return cats.some(function (c) { return set[c]; }); };
    if (e.event_type === 'missile_artillery_strike') return has(MISSILES) ? 'missile' : 'strike';
    if (e.event_type === 'air_drone_strike') return has(MISSILES) && !has({ drone: 1 }) ? 'missile' : 'drone';
    return TYPE_FAMILY[e.event_type] || 'political';
  }
  function glyph(name, size) {
    var f = BY_NAME[name] || BY_NAME.political;
    var s = U.svg('svg', { viewBox: '0 0 24 24', width: size, height: size, 'aria-hidden': 'true',
                           'class': 'family-icon', 'data-family': f[0] });
    s.appendChild(U.svg('circle', { cx: 12, cy: 12, r: 11, fill: f[2], stroke: '#fff', 'stroke-width': 1.5 }));
    s.appendChild(U.svg('path', { d: f[3], fill: '#fff' }));
    return s;
  }
  // a Leaflet icon for an event: size grows with the killed (best estimate)
  function icon(e) {
    var killed = (e.fatalities && e.fatalities.best) || 0;
    var size = Math.round(20 + Math.min(12, Math.sqrt(killed) * 3));
    var fam = family(e);
    var wrap = document.createElement('div');
    wrap.appendChild(glyph(fam, size));
    return L.divIcon({ html: wrap.innerHTML, className: 'event-marker fam-' + fam,
                       iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
  }
  function legend(counts) {
    var box = U.h('div', { className: 'family-legend', role: 'list', 'aria-label': 'Marker icons' });
    FAMILIES.forEach(function (f) {
      var n = counts ? counts[f[0]] || 0 : null;
      box.appendChild(U.h('div', { className: 'family' + (n === 0 ? ' none' : ''), role: 'listitem',
                                   'data-family': f[0] },
        glyph(f[0], 16), ' ' + f[1] + (n === null ? '' : ' (' + n + ')')));
    });
    return box;
  }

  window.SitrepIcons = { FAMILIES: FAMILIES, family: family, glyph: glyph, icon: icon, legend: legend };
})();
