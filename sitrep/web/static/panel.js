/* sitrep dashboard: the event panel: type, date, place, actors, counts (low/best/high), the
 * incidents of a wave, claims side by side by the claimant's side, sources, and the source
 * article with the sentence that supports the selected claim highlighted. */
(function () {
  'use strict';
  var U = window.SitrepUtil, h = U.h, label = U.label, getJSON = U.getJSON, TYPE_COLORS = U.TYPE_COLORS;
  var PRECISION = {1: 'the place itself', 2: 'near the place / part of a region', 3: 'region only', 4: 'country only'};
  function fmtNum(v) { return v === null || v === undefined ? '–' : String(v); }

  // ctx: events() -> {id: event}, isoNames() -> {ISO: name}, select(id), close(), shown(ev, fromLoad)
  function create(ctx) {
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
                      onclick: function (evt) { evt.preventDefault(); ctx.select(id); } });
    }

    function showEvent(id, fromLoad) {
      var panel = document.getElementById('event-panel');
      return getJSON('/events/' + encodeURIComponent(id)).then(function (ev) {
        var byId = ctx.events();
        byId[ev.event_id] = Object.assign({}, byId[ev.event_id] || {}, ev);
        document.getElementById('list-view').hidden = true;
        panel.hidden = false;
        panel.innerHTML = '';
        panel.dataset.eventId = ev.event_id;
        panel.appendChild(h('button', { className: 'back', type: 'button', text: '← list',
                                        onclick: function () { ctx.close(); } }));
        panel.appendChild(h('h2', null, h('i', { className: 'swatch', style: 'background:' + (TYPE_COLORS[ev.event_type] || '#999') }), SitrepIcons.glyph(SitrepIcons.family(ev), 18),
                            h('span', { className: 'event-type', text: label(ev.event_type) })));
        var loc = ev.location || {};
        var place = [loc.name, loc.admin2, loc.admin1 || ctx.isoNames()[loc.admin1_code], loc.country_code].filter(Boolean).join(', ');
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
        Object.keys(ctx.events()).forEach(function (k) {
          if (ctx.events()[k].parent_id === ev.event_id && kids.indexOf(k) < 0) kids.push(k);
        });
        if (kids.length) {
          panel.appendChild(h('h3', { text: 'Incidents of this wave (' + kids.length + ')' }));
          panel.appendChild(h('ul', { className: 'children' }, kids.map(function (k) {
            var c = ctx.events()[k];
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
            // a watched source's name and the trust its registry gives it (sitrep watch)
            var via = s.watch_source ? h('span', { className: 'via', text: ' · via ' + s.watch_source +
              (s.trust !== null && s.trust !== undefined ? ' (trust ' + s.trust + ')' : '') }) : null;
            return h('li', null, text, via, link ? ' · ' : null, link);
          })));
        }
        panel.appendChild(h('h3', { text: 'Source article' }));
        panel.appendChild(sourceBox);
        ctx.shown(ev, fromLoad);
        if (boxes.length) return pick(boxes[0][0], boxes[0][1]);
        sourceBox.appendChild(h('p', { text: 'no claim with a source span' }));
        return null;
      }).catch(function (err) {
        panel.hidden = false;
        panel.innerHTML = '';
        panel.appendChild(h('p', { text: 'event ' + id + ' not available: ' + err.message }));
      });
    }

    return { show: showEvent };
  }

  window.SitrepPanel = { create: create };
})();
