/* sitrep dashboard: the timeline (SVG). Bars per day (or week / 30 days) stacked by type, attack
 * waves (a parent event and its incidents) at the bottom of each bar and outlined, single
 * incidents above; clipped to the period that holds most events (a button widens it); dragging
 * selects dates, which filters the map and the list (update({date_from, date_to})). */
(function () {
  'use strict';
  var U = window.SitrepUtil;
  var SHARE = 0.9;     // the clipped period holds at least this share of the dated events

  // the shortest run of days holding SHARE of the events, when the whole span is much longer
  function busiestPeriod(nums) {
    var d = nums.slice().sort(function (a, b) { return a - b; });
    var n = d.length, k = Math.max(1, Math.ceil(n * SHARE));
    if (n < 5) return null;
    var best = [d[0], d[n - 1]];
    for (var i = 0; i + k - 1 < n; i++) {
      if (d[i + k - 1] - d[i] < best[1] - best[0]) best = [d[i], d[i + k - 1]];
    }
    var full = d[n - 1] - d[0], span = best[1] - best[0];
    if (full <= span * 1.5 + 14) return null;
    return { from: best[0], to: best[1], outside: d.filter(function (x) { return x < best[0] || x > best[1]; }).length };
  }

  function create(ctx) {
    var el = document.getElementById('timeline');
    var tl = { left: 28, dragging: false, n: 0 };
    var widen = document.getElementById('timeline-widen');
    widen.addEventListener('click', function () {
      ctx.setSpan(ctx.state.span === 'all' ? '' : 'all');
    });

    function render() {
      var state = ctx.state, events = ctx.events();
      while (el.firstChild) el.removeChild(el.firstChild);
      var W = el.clientWidth || 800, H = el.clientHeight || 140, top = 14, bottom = 18, left = tl.left, right = 8;
      var dated = events.filter(function (e) { return e.date; });
      var legend = document.getElementById('type-legend');
      legend.innerHTML = '';
      document.getElementById('timeline-split').textContent = '';
      if (!dated.length) {
        el.appendChild(U.svg('text', { x: 10, y: 30 })).textContent = 'no dated events';
        tl.n = 0; widen.hidden = true;
        document.getElementById('timeline-range').textContent = '';
        return;
      }
      var nums = dated.map(function (e) { return U.dayNum(e.date); });
      var d0 = Math.min.apply(null, nums), d1 = Math.max.apply(null, nums);
      var busy = busiestPeriod(nums);
      widen.hidden = !busy;
      if (busy && state.span !== 'all') {
        d0 = busy.from; d1 = busy.to;
        widen.textContent = 'show all dates (' + busy.outside + ' events outside ' + U.isoDay(d0) + ' – ' + U.isoDay(d1) + ')';
      } else if (busy) {
        widen.textContent = 'clip to the busiest period';
      }
      if (state.date_from) d0 = Math.min(d0, U.dayNum(state.date_from));
      if (state.date_to) d1 = Math.max(d1, U.dayNum(state.date_to));
      d0 -= 1; d1 += 1;
      var n = d1 - d0 + 1;
      var dayW = (W - left - right) / n, plotH = H - top - bottom;
      var bucket = dayW >= 3 ? 1 : dayW * 7 >= 3 ? 7 : 30;
      document.getElementById('timeline-unit').textContent = bucket === 1 ? 'day' : bucket === 7 ? 'week' : '30 days';
      var parents = {};
      dated.forEach(function (e) { if (e.parent_id) parents[e.parent_id] = 1; });
      function kind(e) { return e.parent_id || parents[e.event_id] ? 'wave' : 'single'; }
      var per = {}, types = {}, split = { waves: {}, wave: 0, single: 0 };
      dated.forEach(function (e) {
        var d = U.dayNum(e.date);
        if (d < d0 || d > d1) return;
        d = d0 + Math.floor((d - d0) / bucket) * bucket;
        var c = per[d] || (per[d] = { wave: {}, single: {}, waves: {}, n: 0 });
        var k = kind(e);
        c[k][e.event_type] = (c[k][e.event_type] || 0) + 1;
        c.n += 1;
        if (k === 'wave') { c.waves[e.parent_id || e.event_id] = 1; split.waves[e.parent_id || e.event_id] = 1; }
        split[k] += 1;
        types[e.event_type] = (types[e.event_type] || 0) + 1;
      });
      var maxN = 1;
      Object.keys(per).forEach(function (d) { maxN = Math.max(maxN, per[d].n); });
      tl.d0 = d0; tl.n = n; tl.dayW = dayW;
      var bars = U.svg('g', { 'class': 'bars' }), marks = U.svg('g', { 'class': 'wave-marks' });
      Object.keys(per).forEach(function (d) {
        var c = per[d], y = top + plotH, x = left + (d - d0) * dayW, bw = dayW * bucket;
        var nWaves = Object.keys(c.waves).length, nSingle = 0, nWave = 0;
        Object.keys(c.single).forEach(function (t) { nSingle += c.single[t]; });
        Object.keys(c.wave).forEach(function (t) { nWave += c.wave[t]; });
        var when = bucket === 1 ? U.isoDay(+d) : U.isoDay(+d) + ' – ' + U.isoDay(+d + bucket - 1);
        var summary = when + ': ' + c.n + ' events; ' + nWaves + (nWaves === 1 ? ' wave' : ' waves') +
          ' (' + nWave + ' events), ' + nSingle + ' single incident' + (nSingle === 1 ? '' : 's');
        ['wave', 'single'].forEach(function (k) {
          U.EVENT_TYPES.forEach(function (t) {
            var cnt = c[k][t];
            if (!cnt) return;
            var hgt = cnt / maxN * plotH;
            y -= hgt;
            var r = U.svg('rect', { x: x + bw * 0.1, y: y, width: Math.max(1, bw * 0.8), height: hgt,
                                    fill: U.TYPE_COLORS[t], 'class': 'bar ' + k, 'data-day': U.isoDay(+d),
                                    'data-type': t, 'data-kind': k });
            var title = U.svg('title', {});
            title.textContent = summary + ' — ' + cnt + ' ' + U.label(t) + (k === 'wave' ? ' in waves' : ' single');
            r.appendChild(title);
            bars.appendChild(r);
          });
        });
        if (nWaves) {
          var cx = x + bw / 2, m = U.svg('path', { d: 'M' + (cx - 4) + ' ' + (y - 8) + 'h8l-4 6z', 'class': 'wave-mark',
                                                    'data-day': U.isoDay(+d), 'data-waves': nWaves });
          var mt = U.svg('title', {});
          mt.textContent = summary;
          m.appendChild(mt);
          marks.appendChild(m);
        }
      });
      el.appendChild(bars);
      el.appendChild(marks);
      var axis = U.svg('g', { 'class': 'axis' });
      axis.appendChild(U.svg('line', { x1: left, x2: W - right, y1: top + plotH, y2: top + plotH, stroke: '#90a4ae' }));
      var step = Math.max(1, Math.ceil(n / Math.max(2, Math.floor((W - left) / 80))));
      for (var d = d0; d <= d1; d += step) {
        var x = left + (d - d0 + 0.5) * dayW;
        axis.appendChild(U.svg('line', { x1: x, x2: x, y1: top + plotH, y2: top + plotH + 3, stroke: '#90a4ae' }));
        var t = U.svg('text', { x: x, y: H - 4, 'text-anchor': 'middle' });
        t.textContent = U.isoDay(d);
        axis.appendChild(t);
      }
      var ty = U.svg('text', { x: left - 4, y: top + 8, 'text-anchor': 'end' });
      ty.textContent = String(maxN);
      axis.appendChild(ty);
      var t0 = U.svg('text', { x: left - 4, y: top + plotH, 'text-anchor': 'end' });
      t0.textContent = '0';
      axis.appendChild(t0);
      el.appendChild(axis);
      var sel = U.svg('rect', { 'class': 'brush', y: top, height: plotH, x: 0, width: 0, visibility: 'hidden' });
      el.appendChild(sel);
      tl.sel = sel;
      var nw = Object.keys(split.waves).length;
      document.getElementById('timeline-split').textContent = nw + (nw === 1 ? ' attack wave' : ' attack waves') +
        ' (' + split.wave + ' events, outlined) · ' + split.single + ' single incidents';
      if (state.date_from || state.date_to) {
        var a = state.date_from ? U.dayNum(state.date_from) : d0, b = state.date_to ? U.dayNum(state.date_to) : d1;
        sel.setAttribute('x', left + (a - d0) * dayW);
        sel.setAttribute('width', Math.max(2, (b - a + 1) * dayW));
        sel.setAttribute('visibility', 'visible');
        document.getElementById('timeline-range').textContent =
          'selected: ' + (state.date_from || '…') + ' – ' + (state.date_to || '…');
      } else {
        document.getElementById('timeline-range').textContent = '';
      }
      U.EVENT_TYPES.filter(function (t) { return types[t]; }).forEach(function (t) {
        legend.appendChild(U.h('span', {
          className: state.type && state.type !== t ? 'off' : '', title: 'show only ' + U.label(t),
          onclick: function () { ctx.update({ type: state.type === t ? '' : t, event: '' }); }
        }, U.h('i', { className: 'swatch', style: 'background:' + U.TYPE_COLORS[t] }), U.label(t) + ' (' + types[t] + ')'));
      });
    }

    function dayAt(clientX) {
      var x = clientX - el.getBoundingClientRect().left;
      var d = Math.floor((x - tl.left) / tl.dayW);
      return tl.d0 + Math.max(0, Math.min(tl.n - 1, d));
    }
    el.addEventListener('pointerdown', function (ev) {
      if (!tl.n) return;
      tl.dragging = true; tl.startX = ev.clientX; tl.start = dayAt(ev.clientX);
      el.setPointerCapture(ev.pointerId);
    });
    el.addEventListener('pointermove', function (ev) {
      if (!tl.dragging || !tl.sel) return;
      var a = Math.min(tl.start, dayAt(ev.clientX)), b = Math.max(tl.start, dayAt(ev.clientX));
      tl.sel.setAttribute('x', tl.left + (a - tl.d0) * tl.dayW);
      tl.sel.setAttribute('width', (b - a + 1) * tl.dayW);
      tl.sel.setAttribute('visibility', 'visible');
      document.getElementById('timeline-range').textContent = 'selecting: ' + U.isoDay(a) + ' – ' + U.isoDay(b);
    });
    el.addEventListener('pointerup', function (ev) {
      if (!tl.dragging) return;
      tl.dragging = false;
      if (Math.abs(ev.clientX - tl.startX) < 4) {   // a click clears the selection
        if (ctx.state.date_from || ctx.state.date_to) ctx.update({ date_from: '', date_to: '', event: '' });
        else render();
        return;
      }
      var a = Math.min(tl.start, dayAt(ev.clientX)), b = Math.max(tl.start, dayAt(ev.clientX));
      ctx.update({ date_from: U.isoDay(a), date_to: U.isoDay(b), event: '' });
    });
    return { render: render };
  }

  window.SitrepTimeline = { create: create, busiestPeriod: busiestPeriod };
})();
