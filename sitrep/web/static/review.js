/* sitrep dashboard: analyst login and review (issue 16).
 *
 * - Login with an API token (kept in sessionStorage only, never in localStorage or cookies);
 *   every same-origin request of the page then carries it as "Authorization: Bearer".
 * - The review queue (#review-pane): events that need review, most needed first (GET
 *   /review/queue, with the map's filters), one at a time, with keyboard shortcuts:
 *   v verify, r reject (asks for a reason), c correct, n / j next, k previous, Esc close.
 * - The event panel of the map gets a review box: status, verify / reject / correct, history.
 * Loaded before app.js so that the token wrapper is in place for its first requests. */
(function () {
  'use strict';

  var KEY = 'sitrep.token';
  var FILTERS = ['type', 'side', 'admin1', 'q', 'date_from', 'date_to'];
  var EVENT_TYPES = ['armed_clash', 'territory_change', 'air_drone_strike', 'missile_artillery_strike',
    'remote_explosive', 'grenade', 'suicide_bombing', 'chemical_attack', 'interception',
    'attack_on_civilians', 'sexual_violence', 'abduction', 'protest', 'riot', 'arrest',
    'looting_destruction', 'agreement', 'armed_group_change', 'infrastructure_disruption',
    'military_mobilization', 'policy_decision', 'diplomatic_contact'];
  var QUALIFIERS = ['exact', 'almost', 'at_least', 'at_most', 'about', 'unspecified'];
  var me = null;           // {name, role, can_review}
  var queue = [];          // events of the queue
  var pos = 0;             // index of the current one
  var mode = '';           // '', 'reject', 'correct'

  // ---------------------------------------------------------------- token on requests
  function token() { try { return sessionStorage.getItem(KEY) || ''; } catch (e) { return ''; } }
  function sameOrigin(url) {
    try { return new URL(url, location.href).origin === location.origin; } catch (e) { return false; }
  }
  var rawFetch = window.fetch.bind(window);
  window.fetch = function (input, init) {
    var url = typeof input === 'string' ? input : (input && input.url) || '';
    var t = token();
    if (t && sameOrigin(url)) {
      init = Object.assign({}, init || {});
      var headers = new Headers(init.headers || (typeof input !== 'string' && input.headers) || {});
      if (!headers.has('Authorization')) headers.set('Authorization', 'Bearer ' + t);
      init.headers = headers;
    }
    return rawFetch(input, init);
  };

  // ---------------------------------------------------------------- helpers
  function h(tag, attrs) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') el.textContent = v;
      else if (k === 'className') el.className = v;
      else if (k === 'onclick') el.addEventListener('click', v);
      else el.setAttribute(k, v);
    });
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === false) continue;
      (Array.isArray(c) ? c : [c]).forEach(function (x) {
        if (x !== null && x !== undefined && x !== false) el.appendChild(typeof x === 'object' ? x : document.createTextNode(String(x)));
      });
    }
    return el;
  }
  function label(t) { return (t || '').replace(/_/g, ' '); }
  function api(method, url, body) {
    var init = { method: method, headers: { Accept: 'application/json' } };
    if (body !== undefined) { init.body = JSON.stringify(body); init.headers['Content-Type'] = 'application/json'; }
    return fetch(url, init).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) {
        if (!r.ok) {
          var d = j.detail;
          if (Array.isArray(d)) d = d.map(function (e) { return (e.loc || []).slice(1).join('.') + ': ' + e.msg; }).join('; ');
          throw new Error((d || ('HTTP ' + r.status)));
        }
        return j;
      });
    });
  }
  function count(c) {
    if (!c) return '–';
    var q = c.qualifier && c.qualifier !== 'exact' ? ' (' + label(c.qualifier) + ')' : '';
    return (c.best !== null && c.best !== undefined ? c.best : (c.low !== null && c.low !== undefined ? c.low + '+' : '?')) + q;
  }
  function place(e) {
    var l = e.location || {};
    return [l.name, l.admin1 || l.admin1_code, l.country_code].filter(Boolean).join(', ') || 'unplaced';
  }
  function needs(e) {
    var out = [], sides = {}, disputed = false;
    (e.claims || []).forEach(function (c) {
      if (c.claimant_side) sides[c.claimant_side] = 1;
      if (c.certainty === 'disputed' || c.certainty === 'denied') disputed = true;
    });
    if (e.review && e.review.needs_review) out.push('facts changed');
    if (disputed || Object.keys(sides).length > 1) out.push('conflicting claims');
    var p = (e.location || {}).precision;
    if (!e.location || p >= 3) out.push(p === 3 ? 'region only' : 'country only');
    if (e.fatalities && e.fatalities.best) out.push(e.fatalities.best + ' killed');
    if ((e.cluster_size || 1) <= 1) out.push('single source');
    return out;
  }
  function hashFilters() {
    var p = new URLSearchParams(location.hash.replace(/^#/, '')), out = new URLSearchParams();
    FILTERS.forEach(function (k) { if (p.get(k)) out.set(k, p.get(k)); });
    return out;
  }
  function flash(box, text, bad) {
    var m = box.querySelector('.review-msg');
    if (m) { m.textContent = text; m.className = 'review-msg' + (bad ? ' bad' : ''); }
  }

  // ---------------------------------------------------------------- login bar
  function renderBar() {
    var bar = document.getElementById('review-bar');
    if (!bar) return;
    bar.innerHTML = '';
    if (me) {
      bar.appendChild(h('span', { id: 'review-user', text: me.name + ' (' + me.role + ')' }));
      if (me.can_review) bar.appendChild(h('button', { id: 'review-open', type: 'button', text: 'Review queue',
                                                       onclick: openQueue }));
      bar.appendChild(h('button', { id: 'review-logout', type: 'button', text: 'Log out', onclick: logout }));
      return;
    }
    var input = h('input', { id: 'review-token', type: 'password', placeholder: 'API token', autocomplete: 'off',
                             'aria-label': 'API token' });
    var form = h('form', { id: 'review-login' }, input, h('button', { type: 'submit', text: 'Log in' }),
                 h('span', { className: 'review-msg' }));
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      login(input.value.trim(), form);
    });
    bar.appendChild(form);
  }
  function login(t, form) {
    if (!t) return;
    rawFetch('/auth/me', { headers: { Authorization: 'Bearer ' + t, Accept: 'application/json' } })
      .then(function (r) { return r.json().then(function (j) { return [r, j]; }); })
      .then(function (res) {
        if (!res[0].ok) throw new Error(res[1].detail || 'login failed');
        sessionStorage.setItem(KEY, t);
        me = res[1];
        renderBar();
        decoratePanel();
        document.dispatchEvent(new CustomEvent('sitrep:login', { detail: me }));
      })
      .catch(function (err) { flash(form, String(err.message || err), true); });
  }
  function logout() {
    sessionStorage.removeItem(KEY);
    me = null;
    closeQueue();
    renderBar();
    decoratePanel();
  }
  function checkStored() {
    var t = token();
    if (!t) { renderBar(); return; }
    rawFetch('/auth/me', { headers: { Authorization: 'Bearer ' + t, Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (j) { if (j) me = j; else sessionStorage.removeItem(KEY); renderBar(); decoratePanel(); })
      .catch(function () { renderBar(); });
  }

  // ---------------------------------------------------------------- one event: status, actions, history
  function eventBox(ev, opts) {
    var box = h('div', { className: 'review-box', 'data-event-id': ev.event_id });
    var st = ev.review_status || 'unreviewed';
    box.appendChild(h('div', { className: 'review-head' },
      h('span', { className: 'review-status status-' + st, text: st }),
      ev.review && ev.review.reviewed_by ? h('span', { className: 'review-by',
        text: 'by ' + ev.review.reviewed_by + ' ' + (ev.review.reviewed_at || '').slice(0, 16).replace('T', ' ') }) : null,
      ev.review && ev.review.needs_review ? h('span', { className: 'review-flag',
        text: 'changed since review: ' + ev.review.changed_since_review.join(', ') }) : null));
    if (ev.review && ev.review.reason) box.appendChild(h('p', { className: 'review-reason', text: 'Rejected: ' + ev.review.reason }));
    if (ev.review && ev.review.note) box.appendChild(h('p', { className: 'review-note', text: 'Note: ' + ev.review.note }));
    if (me && me.can_review) {
      box.appendChild(h('div', { className: 'review-actions' },
        h('button', { type: 'button', className: 'act-verify', text: 'Verify (v)', onclick: function () { verify(ev, box, opts); } }),
        h('button', { type: 'button', className: 'act-reject', text: 'Reject (r)', onclick: function () { rejectForm(ev, box, opts); } }),
        h('button', { type: 'button', className: 'act-correct', text: 'Correct (c)', onclick: function () { correctForm(ev, box, opts); } }),
        opts && opts.queue ? h('button', { type: 'button', className: 'act-next', text: 'Next (n)', onclick: next }) : null));
      box.appendChild(h('div', { className: 'review-form' }));
    }
    box.appendChild(h('div', { className: 'review-msg', role: 'status' }));
    var hist = h('ol', { className: 'review-history' });
    box.appendChild(h('details', { className: 'review-history-wrap' }, h('summary', { text: 'History' }), hist));
    api('GET', '/events/' + encodeURIComponent(ev.event_id) + '/history').then(function (j) {
      if (!j.history.length) hist.appendChild(h('li', { text: 'no review yet' }));
      j.history.slice().reverse().forEach(function (a) {
        var what = Object.keys(a.after || {}).map(function (k) {
          return k + ': ' + short((a.before || {})[k]) + ' → ' + short(a.after[k]);
        }).join('; ');
        hist.appendChild(h('li', null, h('b', { text: a.action }), ' by ', h('span', { className: 'who', text: a.user }),
                           ' ' + a.at.slice(0, 16).replace('T', ' ') + (what ? ' · ' + what : '') + (a.reason ? ' · ' + a.reason : '')));
      });
    }).catch(function () { /* history is informative only */ });
    return box;
  }
  function short(v) {
    if (v === null || v === undefined) return '–';
    if (typeof v !== 'object') return String(v);
    if ('best' in v || 'qualifier' in v) return count(v);
    if ('name' in v || 'admin1_code' in v) return v.name || v.admin1_code || '?';
    return JSON.stringify(v).slice(0, 60);
  }
  function done(updated, box, opts, advance) {
    flash(box, 'saved: ' + (updated.review_status || ''));
    if (opts && opts.queue) {
      queue[pos] = updated;
      if (advance) next(); else renderCurrent();
    } else if (opts && opts.onUpdate) {
      opts.onUpdate(updated);
    }
  }
  function verify(ev, box, opts) {
    api('PATCH', '/events/' + encodeURIComponent(ev.event_id), { action: 'verify' })
      .then(function (u) { done(u, box, opts, true); })
      .catch(function (err) { flash(box, err.message, true); });
  }
  function rejectForm(ev, box, opts) {
    var f = box.querySelector('.review-form');
    f.innerHTML = '';
    var reason = h('input', { type: 'text', className: 'reject-reason', placeholder: 'why (required)', maxlength: '2000' });
    var form = h('form', null, h('label', null, 'Reason ', reason), h('button', { type: 'submit', text: 'Reject' }));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      api('PATCH', '/events/' + encodeURIComponent(ev.event_id), { action: 'reject', reason: reason.value })
        .then(function (u) { done(u, box, opts, true); })
        .catch(function (err) { flash(box, err.message, true); });
    });
    f.appendChild(form);
    reason.focus();
  }
  function correctForm(ev, box, opts) {  // the form is correct.js's
    if (window.sitrepReview.correctForm) window.sitrepReview.correctForm(ev, box, opts);
  }

  // ---------------------------------------------------------------- the queue
  function pane() { return document.getElementById('review-pane'); }
  function openQueue() {
    var p = pane();
    if (!p || !me) return;
    p.hidden = false;
    p.innerHTML = '';
    p.appendChild(h('div', { className: 'review-pane-head' },
      h('h2', { text: 'Review queue' }), h('span', { id: 'review-count' }),
      h('span', { className: 'hint', text: 'v verify · r reject · c correct · n/j next · k previous · Esc close' }),
      h('button', { type: 'button', className: 'review-close', text: '×', 'aria-label': 'close', onclick: closeQueue })));
    p.appendChild(h('div', { id: 'review-current' }));
    p.appendChild(h('ol', { id: 'review-list' }));
    var params = hashFilters();
    params.set('limit', '100');
    api('GET', '/review/queue?' + params.toString()).then(function (j) {
      queue = j.events;
      pos = 0;
      renderList();
      renderCurrent();
    }).catch(function (err) { p.appendChild(h('p', { className: 'review-msg bad', text: err.message })); });
  }
  function closeQueue() {
    var p = pane();
    if (p) { p.hidden = true; p.innerHTML = ''; }
    queue = []; mode = '';
  }
  function renderList() {
    var ol = document.getElementById('review-list');
    if (!ol) return;
    ol.innerHTML = '';
    document.getElementById('review-count').textContent = queue.length + ' to review';
    queue.forEach(function (e, i) {
      var li = h('li', { className: (i === pos ? 'current ' : '') + 'status-' + (e.review_status || 'unreviewed'),
                         'data-event-id': e.event_id, tabindex: '0',
                         onclick: function () { pos = i; renderCurrent(); } },
                 h('span', { className: 'date', text: e.date || '?' }), ' ', label(e.event_type), ' · ', place(e),
                 h('span', { className: 'needs', text: needs(e).join(' · ') }));
      ol.appendChild(li);
    });
  }
  function renderCurrent() {
    var cur = document.getElementById('review-current');
    if (!cur) return;
    cur.innerHTML = '';
    renderList();
    var e = queue[pos];
    if (!e) { cur.appendChild(h('p', { text: 'Nothing left to review with these filters.' })); return; }
    var claims = h('ul', { className: 'review-claims' }, (e.claims || []).map(function (c) {
      return h('li', { className: 'certainty-' + c.certainty },
               h('q', { text: c.quote }), ' — ', (c.claimant || 'unattributed') + (c.claimant_side ? ' (' + c.claimant_side + ')' : '') +
               (c.certainty !== 'reported' ? ', ' + c.certainty : ''));
    }));
    cur.appendChild(h('div', { className: 'review-event', 'data-event-id': e.event_id },
      h('h3', null, label(e.event_type) + ' · ' + place(e)),
      h('dl', null, h('dt', { text: 'Date' }), h('dd', { className: 'f-date', text: (e.date || '?') + (e.date_end ? ' – ' + e.date_end : '') }),
        h('dt', { text: 'Killed' }), h('dd', { className: 'f-fatalities', text: count(e.fatalities) }),
        h('dt', { text: 'Injured' }), h('dd', { className: 'f-injured', text: count(e.injured) }),
        h('dt', { text: 'Sides' }), h('dd', { text: (e.actor1_side || '?') + ' → ' + (e.actor2_side || '?') }),
        h('dt', { text: 'Reports' }), h('dd', { text: String(e.cluster_size || 1) }),
        h('dt', { text: 'Why here' }), h('dd', { text: needs(e).join(', ') || '–' })),
      claims,
      eventBox(e, { queue: true })));
  }
  function next() { if (pos < queue.length - 1) pos += 1; else pos = queue.length; renderCurrent(); }
  function prev() { if (pos > 0) pos -= 1; renderCurrent(); }

  document.addEventListener('keydown', function (ev) {
    var p = pane();
    if (!p || p.hidden || !me) return;
    var t = ev.target;
    if (ev.key === 'Escape') { closeQueue(); return; }
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var box = p.querySelector('#review-current .review-box');
    var e = queue[pos];
    if (ev.key === 'n' || ev.key === 'j') { ev.preventDefault(); next(); }
    else if (ev.key === 'k') { ev.preventDefault(); prev(); }
    else if (!e || !box) return;
    else if (ev.key === 'v') { ev.preventDefault(); verify(e, box, { queue: true }); }
    else if (ev.key === 'r') { ev.preventDefault(); rejectForm(e, box, { queue: true }); }
    else if (ev.key === 'c') { ev.preventDefault(); correctForm(e, box, { queue: true }); }
  });

  // ---------------------------------------------------------------- the map's event panel
  function decoratePanel() {
    var panel = document.getElementById('event-panel');
    if (!panel || panel.hidden || !panel.dataset.eventId) return;
    var old = panel.querySelector(':scope > .review-box');
    if (old && old.getAttribute('data-event-id') === panel.dataset.eventId && old.dataset.who === (me ? me.name : '')) return;
    if (old) old.remove();
    api('GET', '/events/' + encodeURIComponent(panel.dataset.eventId)).then(function (ev) {
      if (panel.dataset.eventId !== ev.event_id || panel.querySelector(':scope > .review-box')) return;
      var box = eventBox(ev, { onUpdate: function () {
        var b = panel.querySelector(':scope > .review-box'); if (b) b.remove(); decoratePanel();
      } });
      box.dataset.who = me ? me.name : '';
      var dl = panel.querySelector(':scope > dl');
      if (dl && dl.nextSibling) panel.insertBefore(box, dl.nextSibling); else panel.appendChild(box);
    }).catch(function () {});
  }

  function init() {
    checkStored();
    var panel = document.getElementById('event-panel');
    if (panel && window.MutationObserver) {
      new MutationObserver(function () { decoratePanel(); }).observe(panel, { childList: true, attributes: true,
                                                                              attributeFilter: ['hidden', 'data-event-id'] });
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
  window.sitrepReview = { h: h, api: api, label: label, flash: flash, done: done,
                          EVENT_TYPES: EVENT_TYPES, QUALIFIERS: QUALIFIERS };
})();
