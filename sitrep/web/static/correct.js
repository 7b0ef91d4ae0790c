/* sitrep dashboard: the correction form of the review box (issue 16).
 *
 * Every EVENTS.md field an analyst corrects: type; date, end date and date precision; place
 * chosen from the gazetteer (GET /places suggests names with their region, and choosing one
 * fills its region and country); fatalities, injured and missing, each a number with its
 * qualifier; both actors and their sides; civilian targeting; weapons (category, model,
 * launched, intercepted; rows added and removed). Only the fields that differ from the event
 * are sent, as one PATCH /events/{id} {action: "correct", fields}. No inline script (CSP).
 * Uses the helpers review.js exposes as window.sitrepReview; loaded after it. */
(function () {
  'use strict';

  var R = window.sitrepReview;
  if (!R) return;
  var h = R.h, api = R.api, label = R.label, flash = R.flash;
  var PRECISIONS = ['day', 'week', 'month', 'range', 'unknown'];
  var WEAPONS = ['missile', 'ballistic_missile', 'cruise_missile', 'drone', 'guided_bomb',
    'artillery', 'mlrs', 'aircraft', 'mixed', 'other'];

  function select(name, values, cur, blank) {
    var opts = (blank ? [''] : []).concat(values).map(function (v) {
      var o = h('option', { value: v, text: v ? label(v) : blank }); if (v === (cur || '')) o.selected = true; return o;
    });
    return h('select', { name: name }, opts);
  }
  function num(name, v) {
    return h('input', { type: 'number', min: '0', name: name, value: v !== undefined && v !== null ? v : '' });
  }
  function same(a, b) { return JSON.stringify(a === undefined ? null : a) === JSON.stringify(b === undefined ? null : b); }
  function countValue(n, q) {
    if (n === '' || n === null || n === undefined) return null;
    n = parseInt(n, 10);
    if (isNaN(n) || n < 0) throw new Error('a count is a whole number of 0 or more');
    return q === 'exact' ? { low: n, best: n, high: n, qualifier: q } : { best: n, qualifier: q };
  }
  function countSame(old, neu) {
    if (!old || old.best === null || old.best === undefined) return neu === null;
    return neu !== null && neu.best === old.best && neu.qualifier === (old.qualifier || 'exact');
  }

  // ------------------------------------------------------------------ counts
  function countField(name, title, cur) {
    cur = cur || {};
    var input = num(name, cur.best), q = select(name + '_q', R.QUALIFIERS, cur.qualifier || 'exact');
    return { el: h('label', null, title + ' ', input, q), input: input, q: q, name: name };
  }

  // ------------------------------------------------------------------ weapons
  function weaponRow(w, rows, host) {
    w = w || {};
    var row = {
      category: select('weapon_category', WEAPONS, w.category || 'drone'),
      model: h('input', { type: 'text', name: 'weapon_model', value: w.model || '', size: '10', maxlength: '100' }),
      launched: num('weapon_launched', w.launched && w.launched.best),
      intercepted: num('weapon_intercepted', w.intercepted && w.intercepted.best),
      old: w
    };
    row.el = h('div', { className: 'weapon-row' }, row.category, ' model ', row.model, ' launched ', row.launched,
      ' intercepted ', row.intercepted,
      h('button', { type: 'button', className: 'weapon-remove', text: '×', title: 'remove this weapon',
        onclick: function () { rows.splice(rows.indexOf(row), 1); host.removeChild(row.el); } }));
    rows.push(row);
    host.appendChild(row.el);
    return row;
  }
  function weaponValue(row) {
    var out = { category: row.category.value, model: row.model.value.trim() || null };
    var old = row.old || {};
    ['launched', 'intercepted'].forEach(function (k) {
      var v = row[k].value;
      if (v === '') { out[k] = null; return; }
      var prev = old[k];
      out[k] = prev && prev.best === parseInt(v, 10) ? prev : countValue(v, 'exact');
    });
    return out;
  }
  function weaponsOf(ev) {
    return (ev.weapons || []).map(function (w) {
      return { category: w.category, model: w.model || null, launched: w.launched || null, intercepted: w.intercepted || null };
    });
  }

  // ------------------------------------------------------------------ the form
  function correctForm(ev, box, opts) {
    var f = box.querySelector('.review-form');
    f.innerHTML = '';
    var loc = ev.location || {};
    var fields = {
      event_type: select('event_type', R.EVENT_TYPES, ev.event_type),
      date: h('input', { type: 'date', name: 'date', value: ev.date || '' }),
      date_end: h('input', { type: 'date', name: 'date_end', value: ev.date_end || '' }),
      date_precision: select('date_precision', PRECISIONS, ev.date_precision || 'unknown'),
      place: h('input', { type: 'text', name: 'place', value: loc.name || '', list: 'review-places', autocomplete: 'off' }),
      admin1: h('input', { type: 'text', name: 'admin1_code', value: loc.admin1_code || '', size: '7', placeholder: 'UA-63' }),
      country: h('input', { type: 'text', name: 'country_code', value: loc.country_code || '', size: '3', maxlength: '2' }),
      actor1: h('input', { type: 'text', name: 'actor1', value: ev.actor1 || '', size: '14' }),
      actor1_side: h('input', { type: 'text', name: 'actor1_side', value: ev.actor1_side || '', size: '3', maxlength: '2' }),
      actor2: h('input', { type: 'text', name: 'actor2', value: ev.actor2 || '', size: '14' }),
      actor2_side: h('input', { type: 'text', name: 'actor2_side', value: ev.actor2_side || '', size: '3', maxlength: '2' }),
      civilian: select('civilian_targeting', ['yes', 'no'],
        ev.civilian_targeting === true ? 'yes' : (ev.civilian_targeting === false ? 'no' : ''), 'unknown')
    };
    var counts = [countField('fatalities', 'Killed', ev.fatalities), countField('injured', 'Injured', ev.injured),
                  countField('missing', 'Missing', ev.missing)];
    var list = h('datalist', { id: 'review-places' }), found = {};
    var timer = null;
    fields.place.addEventListener('input', function () {
      var q = fields.place.value.trim();
      if (found[q]) {  // a suggestion was chosen: its region and country come with it
        fields.admin1.value = found[q].admin1_code || '';
        fields.country.value = found[q].country_code || '';
        return;
      }
      if (q.length < 3) return;
      clearTimeout(timer);
      timer = setTimeout(function () {
        api('GET', '/places?q=' + encodeURIComponent(q) + '&limit=8').then(function (j) {
          list.innerHTML = '';
          j.places.forEach(function (p) {
            var key = p.name + (p.admin1_code ? ' · ' + p.admin1_code : '');
            found[key] = p;
            list.appendChild(h('option', { value: key, label: p.name + ' (' + (p.admin1 || p.admin1_code || p.country_code) + ')' }));
          });
          var exact = j.places.filter(function (p) { return p.name === fields.place.value.trim(); })[0];
          if (exact) { fields.admin1.value = exact.admin1_code || ''; fields.country.value = exact.country_code || ''; }
        }).catch(function () {});
      }, 150);
    });
    var weaponRows = [], weaponHost = h('div', { className: 'weapon-rows' });
    (ev.weapons || []).forEach(function (w) { weaponRow(w, weaponRows, weaponHost); });
    var addWeapon = h('button', { type: 'button', className: 'weapon-add', text: '+ weapon',
      onclick: function () { weaponRow(null, weaponRows, weaponHost).category.focus(); } });

    var form = h('form', { className: 'correct-form' },
      h('label', null, 'Type ', fields.event_type),
      h('label', null, 'Date ', fields.date), h('label', null, 'to ', fields.date_end),
      h('label', null, 'Precision ', fields.date_precision),
      h('label', { className: 'wide' }, 'Place ', fields.place, ' region ', fields.admin1, ' country ', fields.country), list,
      counts.map(function (c) { return c.el; }),
      h('label', null, 'Actor 1 ', fields.actor1, ' side ', fields.actor1_side),
      h('label', null, 'Actor 2 ', fields.actor2, ' side ', fields.actor2_side),
      h('label', null, 'Civilians targeted ', fields.civilian),
      h('fieldset', { className: 'weapons' }, h('legend', { text: 'Weapons' }), weaponHost, addWeapon),
      h('button', { type: 'submit', text: 'Save correction' }));

    function changes() {
      var ch = {};
      if (fields.event_type.value !== ev.event_type) ch.event_type = fields.event_type.value;
      if (fields.date_precision.value !== (ev.date_precision || 'unknown')) ch.date_precision = fields.date_precision.value;
      ['date', 'date_end'].forEach(function (k) {
        var v = fields[k].value || null;
        if (!same(v, ev[k] || null)) ch[k] = v;
      });
      counts.forEach(function (c) {
        var v = countValue(c.input.value, c.q.value);
        if (!countSame(ev[c.name], v)) ch[c.name] = v;
      });
      var pn = fields.place.value.trim();
      if (found[pn]) pn = found[pn].name;
      var pa = fields.admin1.value.trim().toUpperCase(), pc = fields.country.value.trim().toUpperCase();
      if (pn !== (loc.name || '') || pa !== (loc.admin1_code || '') || pc !== (loc.country_code || '')) {
        var place = {};
        if (pn) place.name = pn;
        if (pa) place.admin1_code = pa;
        if (pc && !pa) place.country_code = pc;
        ch.location = Object.keys(place).length ? place : null;
      }
      ['actor1', 'actor2'].forEach(function (k) {
        var v = fields[k].value.trim() || null;
        if (!same(v, ev[k] || null)) ch[k] = v;
      });
      ['actor1_side', 'actor2_side'].forEach(function (k) {
        var v = fields[k].value.trim().toUpperCase() || null;
        if (!same(v, ev[k] || null)) ch[k] = v;
      });
      var civ = fields.civilian.value === 'yes' ? true : (fields.civilian.value === 'no' ? false : null);
      if (!same(civ, ev.civilian_targeting === undefined ? null : ev.civilian_targeting)) ch.civilian_targeting = civ;
      var weapons = weaponRows.map(weaponValue);
      if (!same(weapons, weaponsOf(ev))) ch.weapons = weapons;
      return ch;
    }
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var ch;
      try { ch = changes(); } catch (err) { flash(box, err.message, true); return; }
      if (!Object.keys(ch).length) { flash(box, 'nothing changed', true); return; }
      api('PATCH', '/events/' + encodeURIComponent(ev.event_id), { action: 'correct', fields: ch })
        .then(function (u) { R.done(u, box, opts, false); })
        .catch(function (err) { flash(box, err.message, true); });
    });
    f.appendChild(form);
    counts[0].input.focus();
  }

  R.correctForm = correctForm;
})();
