/* sitrep dashboard: shared constants and DOM helpers (loaded first; no inline code anywhere). */
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
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function getJSON(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r.json();
    });
  }

  window.SitrepUtil = {
    EVENT_TYPES: EVENT_TYPES, TYPE_COLORS: TYPE_COLORS, h: h, svg: svg, escapeHtml: escapeHtml,
    getJSON: getJSON,
    label: function (type) { return (type || '').replace(/_/g, ' '); },
    dayNum: function (iso) { return Math.round(Date.parse(iso + 'T00:00:00Z') / 86400000); },
    isoDay: function (n) { return new Date(n * 86400000).toISOString().slice(0, 10); }
  };
})();
