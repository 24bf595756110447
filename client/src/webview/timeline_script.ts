// The script inside the timeline webview (plain browser JavaScript, run under the page's nonce).
// It never parses article text as HTML: every string from the data goes through textContent.
// Messages to the extension: {type:'ready'}, {type:'reveal', file, start, end},
// {type:'export', format, keys} (keys: the events shown), {type:'scope', scope},
// {type:'hide', key, hide} and {type:'pin', file} (triage the extension remembers per workspace).
// From the extension: {type:'update', view}. Filtering by text and entity happens here, as the reader types.
export const TIMELINE_SCRIPT = String.raw`
(function () {
  'use strict';
  var vscode = acquireVsCodeApi();
  var dataEl = document.getElementById('newsdesk-data');
  var view = JSON.parse(dataEl ? dataEl.textContent || 'null' : 'null');
  // The reader's filters for this panel; the pinned source and hidden events come with the view.
  var filters = { text: '', entity: '', showHidden: false };

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // The sentence adds nothing when the event summary is the sentence itself.
  function sameText(sentence, event) {
    var norm = function (s) { return String(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim(); };
    var a = norm(sentence), b = norm(event);
    return a === b || (b.length > 0 && a.indexOf(b) === 0);
  }

  function reveal(source) {
    if (!source) return;
    vscode.postMessage({ type: 'reveal', file: source.file, start: source.start, end: source.end });
  }

  function eventItem(ev, tag) {
    var li = el(tag, 'event' + (ev.inferred ? ' inferred' : ''));
    li.tabIndex = 0;
    li.setAttribute('role', 'button');
    li.dataset.id = ev.id;
    if (ev.date) li.dataset.date = ev.date;
    var head = el('div', 'head');
    head.appendChild(el('span', 'date', ev.dateLabel));
    if (ev.dateText && ev.dateText !== ev.dateLabel) head.appendChild(el('span', 'date-text', ' \u201c' + ev.dateText + '\u201d'));
    if (ev.inferred) {
      var b = el('span', 'badge inferred-badge', 'inferred');
      b.title = 'Date inferred' + (ev.inferred.how ? ' (' + ev.inferred.how + ')' : '') + ' from ' + ev.inferred.from;
      head.appendChild(b);
    }
    if (ev.sources.length > 1) head.appendChild(el('span', 'badge', ev.sources.length + ' sources'));
    li.appendChild(head);
    var first = ev.sources[0];
    // When the summary is the start of the sentence, the whole sentence says it better.
    var covers = first && first.text && sameText(first.text, ev.event);
    li.appendChild(el('div', 'what', covers ? first.text : ev.event));
    if (first && first.text && !covers) li.appendChild(el('blockquote', 'sentence', first.text));
    if (ev.inferred) li.appendChild(el('div', 'meta', 'Date inferred' + (ev.inferred.how ? ' (' + ev.inferred.how + ')' : '') + ' from ' + ev.inferred.from));
    if (ev.entities.length) {
      var ents = el('ul', 'entities');
      ents.setAttribute('aria-label', 'Entities');
      ev.entities.forEach(function (name) { ents.appendChild(el('li', '', name)); });
      li.appendChild(ents);
    }
    var srcs = el('ul', 'sources');
    srcs.setAttribute('aria-label', 'Sources');
    ev.sources.forEach(function (s) {
      var item = el('li');
      var btn = el('button', 'source', s.label);
      btn.type = 'button';
      btn.title = s.text;
      btn.addEventListener('click', function (e) { e.stopPropagation(); reveal(s); });
      item.appendChild(btn);
      srcs.appendChild(item);
    });
    li.appendChild(srcs);
    var isHidden = hiddenKeys().indexOf(ev.key) >= 0;
    if (isHidden) li.classList.add('hidden-event');
    var hide = el('button', 'hide', isHidden ? 'Show again' : 'Hide');
    hide.type = 'button';
    hide.title = isHidden ? 'Show this event again' : 'Hide this event (remembered for this workspace)';
    hide.addEventListener('click', function (e) { e.stopPropagation(); setHidden(ev.key, !isHidden); });
    li.appendChild(hide);
    li.addEventListener('click', function () { reveal(first); });
    li.addEventListener('keydown', function (e) {
      if (e.target === li && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); reveal(first); }
    });
    return li;
  }

  function triage() {
    if (!view.triage) view.triage = { hidden: [], source: null };
    return view.triage;
  }

  function hiddenKeys() { return view ? triage().hidden : []; }

  function setHidden(key, hidden) {
    var t = triage();
    t.hidden = t.hidden.filter(function (k) { return k !== key; });
    if (hidden) t.hidden.push(key);
    vscode.postMessage({ type: 'hide', key: key, hide: hidden });
    render();
  }

  function lower(s) { return String(s || '').toLowerCase(); }

  // Every word of the filter text appears in the event, its date, its names or its sources.
  function matches(ev) {
    var words = lower(filters.text).split(/\s+/).filter(Boolean);
    var hay = lower([ev.event, ev.dateLabel, ev.dateText, ev.entities.join(' '),
      ev.sources.map(function (s) { return s.label + ' ' + s.text; }).join(' ')].join(' '));
    if (!words.every(function (w) { return hay.indexOf(w) >= 0; })) return false;
    if (filters.entity && ev.entities.indexOf(filters.entity) < 0) return false;
    var pinned = triage().source;
    return !pinned || ev.sources.some(function (s) { return s.file === pinned; });
  }

  function visible(ev) {
    return matches(ev) && (filters.showHidden || hiddenKeys().indexOf(ev.key) < 0);
  }

  /** The keys of the events shown and not hidden: what an export holds. */
  function shownKeys() {
    return view.events.concat(view.undated).filter(function (ev) { return matches(ev) && hiddenKeys().indexOf(ev.key) < 0; })
      .map(function (ev) { return ev.key; });
  }

  function option(value, label) {
    var o = el('option', '', label);
    o.value = value;
    return o;
  }

  // The entity and source lists, from every event of the view (not only those shown).
  function fillSelects() {
    var all = view ? view.events.concat(view.undated) : [];
    var names = [], sources = [], files = {};
    all.forEach(function (ev) {
      ev.entities.forEach(function (n) { if (names.indexOf(n) < 0) names.push(n); });
      ev.sources.forEach(function (s) { if (!files[s.file]) { files[s.file] = 1; sources.push(s); } });
    });
    names.sort(function (a, b) { return a.localeCompare(b); });
    sources.sort(function (a, b) { return a.label.localeCompare(b.label); });
    var ent = document.getElementById('filter-entity');
    ent.replaceChildren.apply(ent, [option('', 'All names')].concat(names.map(function (n) { return option(n, n); })));
    if (names.indexOf(filters.entity) < 0) filters.entity = '';
    ent.value = filters.entity;
    var src = document.getElementById('filter-source');
    var pinned = view ? triage().source : null;
    src.replaceChildren.apply(src, [option('', 'All sources')].concat(sources.map(function (s) { return option(s.file, 'Only ' + s.label); })));
    src.value = pinned && files[pinned] ? pinned : '';
  }

  function render() {
    var title = document.getElementById('title');
    var list = document.getElementById('events');
    var undated = document.getElementById('undated');
    var dis = document.getElementById('disagreements');
    var summary = document.getElementById('summary');
    if (!view) {
      title.textContent = 'Timeline';
      summary.textContent = 'Open an article to see its timeline.';
      list.replaceChildren();
      return;
    }
    title.textContent = 'Timeline: ' + view.title;
    var articles = {};
    view.events.concat(view.undated).forEach(function (e) { e.sources.forEach(function (s) { articles[s.file] = 1; }); });
    var n = Object.keys(articles).length;
    var dated = view.events.filter(visible);
    var undatedShown = view.undated.filter(visible);
    var total = view.events.length + view.undated.length;
    var hiddenCount = view.events.concat(view.undated).filter(function (e) { return hiddenKeys().indexOf(e.key) >= 0; }).length;
    var filtered = dated.length + undatedShown.length < total;
    summary.textContent = (filtered ? 'Showing ' + dated.length + ' of ' : '') + view.events.length + ' dated event' + (view.events.length === 1 ? '' : 's') +
      (view.undated.length ? ', ' + (filtered ? undatedShown.length + ' of ' : '') + view.undated.length + ' undated' : '') +
      (view.scope === 'article' ? ' in this article' : ' from ' + n + ' article' + (n === 1 ? '' : 's')) +
      (hiddenCount ? ' (' + hiddenCount + ' hidden)' : '') + '.';
    document.getElementById('show-hidden-label').textContent = 'Show hidden' + (hiddenCount ? ' (' + hiddenCount + ')' : '');
    Array.prototype.forEach.call(document.querySelectorAll('[data-scope]'), function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.scope === view.scope));
    });
    list.replaceChildren.apply(list, dated.map(function (e) { return eventItem(e, 'li'); }));
    if (!dated.length) list.appendChild(el('li', 'empty', view.events.length ? 'No dated event matches.' : 'No dated events.'));
    undated.replaceChildren.apply(undated, undatedShown.map(function (e) { return eventItem(e, 'li'); }));
    document.getElementById('undated-section').hidden = undatedShown.length === 0;
    var pinned = triage().source;
    var words = lower(filters.text).split(/\s+/).filter(Boolean);
    var disagreements = view.disagreements.filter(function (d) {
      var hay = lower(d.subject + ' ' + d.values.map(function (v) { return v.value + ' ' + v.label + ' ' + v.text; }).join(' '));
      return words.every(function (w) { return hay.indexOf(w) >= 0; }) && (!pinned || d.values.some(function (v) { return v.file === pinned; }));
    });
    dis.replaceChildren.apply(dis, disagreements.map(function (d) {
      var li = el('li', 'disagreement');
      li.appendChild(el('strong', '', d.subject));
      li.appendChild(el('span', 'meta', ' (' + d.kind + '): '));
      d.values.forEach(function (v, i) {
        if (i) li.appendChild(document.createTextNode(' vs '));
        var btn = el('button', 'source', v.value + ' \u2014 ' + v.label);
        btn.type = 'button';
        btn.title = v.text;
        btn.addEventListener('click', function () { reveal(v); });
        li.appendChild(btn);
      });
      return li;
    }));
    document.getElementById('disagreements-section').hidden = disagreements.length === 0;
    renderStatements(words, pinned);
  }

  var CLASS_WORDS = { fullest: 'fullest', same: 'same words', shortened: 'shortened', altered: 'altered', 'attributed-elsewhere': 'given to another speaker' };

  // Each statement once, with every source that prints it; a click on a source shows its version.
  function renderStatements(words, pinned) {
    var list = document.getElementById('statements');
    var statements = (view.statements || []).filter(function (st) {
      var hay = lower((st.speaker || '') + ' ' + st.versions.map(function (v) { return v.text + ' ' + v.label; }).join(' '));
      return words.every(function (w) { return hay.indexOf(w) >= 0; }) && (!pinned || st.versions.some(function (v) { return v.file === pinned; }));
    });
    list.replaceChildren.apply(list, statements.map(function (st) {
      var li = el('li', 'statement');
      var head = el('div', 'head');
      head.appendChild(el('strong', '', st.speaker || 'Unattributed'));
      var files = {};
      st.versions.forEach(function (v) { files[v.file] = 1; });
      head.appendChild(el('span', 'badge', Object.keys(files).length + ' sources'));
      if (st.flagged) head.appendChild(el('span', 'badge flagged-badge', st.flagged + ' changed'));
      li.appendChild(head);
      li.appendChild(el('blockquote', 'sentence', st.text));
      var versions = el('ul', 'versions');
      versions.setAttribute('aria-label', 'Versions');
      st.versions.forEach(function (v) {
        var item = el('li');
        var flagged = v.cls === 'altered' || v.cls === 'attributed-elsewhere';
        var btn = el('button', 'source' + (flagged ? ' flagged' : ''), v.label + ' \u2014 ' + (CLASS_WORDS[v.cls] || v.cls) + (v.otherSpeaker ? ' (' + v.otherSpeaker + ')' : ''));
        btn.type = 'button';
        btn.title = v.text + (v.diff ? '\n' + v.diff : '');
        btn.addEventListener('click', function () { reveal(v); });
        item.appendChild(btn);
        versions.appendChild(item);
      });
      li.appendChild(versions);
      return li;
    }));
    document.getElementById('statements-section').hidden = statements.length === 0;
  }

  document.getElementById('filter-text').addEventListener('input', function (e) { filters.text = e.target.value; render(); });
  document.getElementById('filter-entity').addEventListener('change', function (e) { filters.entity = e.target.value; render(); });
  document.getElementById('filter-source').addEventListener('change', function (e) {
    if (!view) return;
    triage().source = e.target.value || null;
    vscode.postMessage({ type: 'pin', file: e.target.value || null });
    render();
  });
  document.getElementById('show-hidden').addEventListener('change', function (e) { filters.showHidden = e.target.checked; render(); });

  Array.prototype.forEach.call(document.querySelectorAll('[data-scope]'), function (b) {
    b.addEventListener('click', function () { vscode.postMessage({ type: 'scope', scope: b.dataset.scope }); });
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-export]'), function (b) {
    b.addEventListener('click', function () { vscode.postMessage({ type: 'export', format: b.dataset.export, keys: view ? shownKeys() : [] }); });
  });
  window.addEventListener('message', function (e) {
    var msg = e.data;
    if (msg && msg.type === 'update') { view = msg.view; fillSelects(); render(); }
  });
  fillSelects();
  render();
  vscode.postMessage({ type: 'ready' });
})();
`;
