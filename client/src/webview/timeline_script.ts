// The script inside the timeline webview (plain browser JavaScript, run under the page's nonce).
// It never parses article text as HTML: every string from the data goes through textContent.
// Messages to the extension: {type:'ready'}, {type:'reveal', file, start, end},
// {type:'export', format}, {type:'scope', scope}. From the extension: {type:'update', view}.
export const TIMELINE_SCRIPT = String.raw`
(function () {
  'use strict';
  var vscode = acquireVsCodeApi();
  var dataEl = document.getElementById('newsdesk-data');
  var view = JSON.parse(dataEl ? dataEl.textContent || 'null' : 'null');

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
    li.addEventListener('click', function () { reveal(first); });
    li.addEventListener('keydown', function (e) {
      if (e.target === li && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); reveal(first); }
    });
    return li;
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
    summary.textContent = view.events.length + ' dated event' + (view.events.length === 1 ? '' : 's') +
      (view.undated.length ? ', ' + view.undated.length + ' undated' : '') +
      (view.scope === 'article' ? ' in this article.' : ' from ' + n + ' article' + (n === 1 ? '' : 's') + '.');
    Array.prototype.forEach.call(document.querySelectorAll('[data-scope]'), function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.scope === view.scope));
    });
    list.replaceChildren.apply(list, view.events.map(function (e) { return eventItem(e, 'li'); }));
    if (!view.events.length) list.appendChild(el('li', 'empty', 'No dated events.'));
    undated.replaceChildren.apply(undated, view.undated.map(function (e) { return eventItem(e, 'li'); }));
    document.getElementById('undated-section').hidden = view.undated.length === 0;
    dis.replaceChildren.apply(dis, view.disagreements.map(function (d) {
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
    document.getElementById('disagreements-section').hidden = view.disagreements.length === 0;
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-scope]'), function (b) {
    b.addEventListener('click', function () { vscode.postMessage({ type: 'scope', scope: b.dataset.scope }); });
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-export]'), function (b) {
    b.addEventListener('click', function () { vscode.postMessage({ type: 'export', format: b.dataset.export }); });
  });
  window.addEventListener('message', function (e) {
    var msg = e.data;
    if (msg && msg.type === 'update') { view = msg.view; render(); }
  });
  render();
  vscode.postMessage({ type: 'ready' });
})();
`;
