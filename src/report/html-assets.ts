/**
 * The stylesheet and script inlined into every HTML report. No fonts, images
 * or requests: system font stacks, colours chosen for contrast (each highlight
 * keeps text at WCAG AA against its background, in light and dark schemes),
 * and a script that reads the embedded JSON and writes only through
 * `textContent`, never `innerHTML`.
 */

export const REPORT_CSS = `
:root {
  --bg: #f7f6f2; --paper: #ffffff; --ink: #1d1d1f; --muted: #5d5d66; --line: #e3e1da;
  --source-bg: #dbe8ff; --source-edge: #2f5fd0; --source-ink: #16336f;
  --cue-bg: #ffe7b3; --cue-edge: #b86e00; --cue-ink: #5a3500;
  --content-bg: #dff3e4; --content-edge: #2f8a4f; --content-ink: #143d22;
  --refusal: #b3261e; --focus: #6b3fd4; --chip: #efede7;
  --serif: "Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, "Times New Roman", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #16161a; --paper: #1f1f24; --ink: #ecebe6; --muted: #a8a7b0; --line: #34343c;
    --source-bg: #1f3766; --source-edge: #8fb2ff; --source-ink: #e3ecff;
    --cue-bg: #5a3d06; --cue-edge: #ffc35c; --cue-ink: #fff1d6;
    --content-bg: #173823; --content-edge: #7fd39a; --content-ink: #e2f7e8;
    --refusal: #ff8a80; --focus: #b79cff; --chip: #2a2a31;
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--ink); }
body { margin: 0; font: 15px/1.5 var(--sans); }
header.top { padding: 28px 32px 18px; border-bottom: 1px solid var(--line); background: var(--paper); }
header.top .eyebrow { font-size: 12px; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); margin: 0 0 4px; }
header.top h1 { font: 600 24px/1.25 var(--sans); margin: 0 0 6px; word-break: break-word; }
header.top .meta { color: var(--muted); margin: 0; }
header.top .meta b { color: var(--ink); font-weight: 600; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 380px; gap: 28px; padding: 24px 32px 48px; max-width: 1320px; margin: 0 auto; }
@media (max-width: 960px) { .layout { grid-template-columns: 1fr; padding: 16px; } }
.legend { display: flex; flex-wrap: wrap; gap: 14px; align-items: center; margin: 0 0 14px; font-size: 13px; color: var(--muted); }
.legend .key { display: inline-flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 22px; height: 14px; border-radius: 3px; }
.swatch.source { background: var(--source-bg); box-shadow: inset 0 -2px 0 var(--source-edge); }
.swatch.cue { background: var(--cue-bg); box-shadow: inset 0 -2px 0 var(--cue-edge); }
.swatch.content { background: var(--content-bg); box-shadow: inset 0 -2px 0 var(--content-edge); }
.swatch.boilerplate { background: repeating-linear-gradient(45deg, var(--line), var(--line) 3px, transparent 3px, transparent 6px); }
.swatch.refusal { border-bottom: 2px dotted var(--refusal); border-radius: 0; height: 10px; }
article.text { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 28px 36px; }
article.text .body { font: 18px/1.75 var(--serif); white-space: pre-wrap; overflow-wrap: anywhere; max-width: 70ch; margin: 0 auto; }
.body .a { border-radius: 3px; cursor: pointer; padding: 1px 0; transition: background-color .12s, box-shadow .12s; }
.body .source { background: var(--source-bg); color: var(--source-ink); box-shadow: inset 0 -2px 0 var(--source-edge); }
.body .cue { background: var(--cue-bg); color: var(--cue-ink); box-shadow: inset 0 -2px 0 var(--cue-edge); font-weight: 600; }
.body .content { background: var(--content-bg); color: var(--content-ink); }
.body .nested { box-shadow: inset 0 -2px 0 var(--content-edge); }
.body .boilerplate { opacity: .45; font-style: italic; }
.body .heading { font-family: var(--sans); font-weight: 700; }
.body .refusal { text-decoration: underline dotted var(--refusal) 2px; text-underline-offset: 4px; }
.body .a.hover { filter: brightness(.94); }
.body .a.selected { outline: 2px solid var(--focus); outline-offset: 1px; }
.body .a.same-entity { box-shadow: inset 0 -3px 0 var(--focus); }
.body .a.in-selected { outline: 1px dashed var(--focus); outline-offset: 1px; }
.body .a:focus-visible, button:focus-visible, .entity:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
aside.side { display: flex; flex-direction: column; gap: 16px; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 16px 18px; }
.card h2 { font: 600 13px/1.3 var(--sans); letter-spacing: .06em; text-transform: uppercase; color: var(--muted); margin: 0 0 10px; }
.card h3 { font: 600 14px/1.3 var(--sans); margin: 12px 0 6px; display: flex; justify-content: space-between; }
.card h3 .count { color: var(--muted); font-weight: 500; }
#panel { position: sticky; top: 12px; z-index: 1; box-shadow: 0 6px 20px rgba(0, 0, 0, .08); }
#panel .empty { color: var(--muted); margin: 0; }
#panel dl { margin: 0; display: grid; grid-template-columns: 78px 1fr; gap: 6px 10px; }
#panel dt { color: var(--muted); font-size: 13px; }
#panel dd { margin: 0; overflow-wrap: anywhere; }
#panel .who { font-weight: 600; }
#panel .quote { font-family: var(--serif); }
.badge { display: inline-block; font-size: 11px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; padding: 1px 7px; border-radius: 999px; background: var(--chip); color: var(--muted); vertical-align: 1px; margin-left: 6px; }
.chain { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; }
.chain .link { background: var(--chip); border-radius: 6px; padding: 1px 8px; }
.chain .link.publisher { font-weight: 600; }
.chain .arrow { color: var(--muted); }
.chain .claims { color: var(--muted); font-size: 13px; margin-left: 4px; }
ul.plain { list-style: none; margin: 0; padding: 0; }
ul.plain li { padding: 5px 0; border-top: 1px solid var(--line); }
ul.plain li:first-child { border-top: 0; }
.entity { display: flex; justify-content: space-between; gap: 10px; width: 100%; text-align: left; background: none; border: 0; padding: 2px 4px; margin: 0 -4px; font: inherit; color: inherit; border-radius: 5px; cursor: pointer; }
.entity:hover { background: var(--chip); }
.entity .n { color: var(--muted); font-variant-numeric: tabular-nums; }
.entity .desc { display: block; color: var(--muted); font-size: 13px; }
.stats { display: grid; grid-template-columns: 1fr 1fr; gap: 10px 14px; margin: 0; }
.stats div { display: flex; flex-direction: column; }
.stats dt { font-size: 12px; color: var(--muted); }
.stats dd { margin: 0; font: 600 20px/1.2 var(--sans); font-variant-numeric: tabular-nums; }
.bar { display: block; width: 100%; height: 5px; border-radius: 3px; background: var(--chip); margin-top: 4px; }
.bar rect { fill: var(--focus); }
.said { display: block; color: var(--muted); font: 14px/1.4 var(--serif); }
.panel-head { margin: 0 0 10px; }
.refusal-kind { color: var(--refusal); }
footer { color: var(--muted); font-size: 12px; text-align: center; padding: 0 0 24px; }
`;

export const REPORT_JS = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('whosaid-data').textContent);
  var doc = data.document;
  var entities = {};
  doc.entities.forEach(function (e) { entities[e.id] = e; });
  var panel = document.getElementById('panel-body');
  var selected = null;
  var marks = Array.prototype.slice.call(document.querySelectorAll('.body .a'));
  var byAttribution = {};
  var insideOf = {};
  marks.forEach(function (m) {
    (byAttribution[m.dataset.a] = byAttribution[m.dataset.a] || []).push(m);
    (m.dataset.in ? m.dataset.in.split(' ') : []).forEach(function (outer) { (insideOf[outer] = insideOf[outer] || []).push(m); });
  });

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function joined(spans, sep) { return spans.map(function (s) { return s.text; }).join(sep); }
  function shorten(text, width) {
    var flat = text.replace(/\\s+/g, ' ').trim();
    return flat.length <= width ? flat : flat.slice(0, width - 1).replace(/\\s+\\S*$/, '') + '\\u2026';
  }
  function row(list, label, value) {
    list.appendChild(el('dt', '', label));
    var dd = el('dd');
    if (typeof value === 'string') dd.textContent = value; else dd.appendChild(value);
    list.appendChild(dd);
  }
  function entityLine(entity, fallback) {
    var span = el('span');
    span.appendChild(el('span', 'who', entity ? entity.name : fallback || '(no source stated)'));
    if (entity) span.appendChild(el('span', 'badge', entity.kind));
    return span;
  }
  function chainOf(a) {
    var chain = el('span', 'chain');
    var links = [];
    var source = a.entity ? entities[a.entity] : null;
    var via = a.via ? entities[a.via] : null;
    if (doc.publisher) links.push({ name: doc.publisher, cls: 'publisher', note: 'publisher' });
    if (via && (!doc.publisher || via.name.replace(/^the /i, '').toLowerCase() !== doc.publisher.replace(/^the /i, '').toLowerCase())) links.push({ name: via.name, cls: 'via', note: 'via' });
    var sourceName = source ? source.name : joined(a.source, ' ') || '(no source stated)';
    if (!doc.publisher || sourceName.replace(/^the /i, '').toLowerCase() !== doc.publisher.replace(/^the /i, '').toLowerCase()) links.push({ name: sourceName, cls: 'source', note: source && source.kind === 'anonymous' ? 'anonymous' : '' });
    links.forEach(function (link, i) {
      if (i > 0) chain.appendChild(el('span', 'arrow', '\\u2192'));
      var item = el('span', 'link ' + link.cls, link.name);
      if (link.note) item.title = link.note;
      chain.appendChild(item);
    });
    return chain;
  }
  function show(index) {
    var a = doc.attributions[index];
    panel.textContent = '';
    if (!a) { panel.appendChild(el('p', 'empty', 'Select a highlighted attribution to see who said it and how it reached the page.')); return; }
    var head = el('p', 'panel-head');
    head.appendChild(el('strong', '', 'Attribution ' + a.id.slice(1)));
    head.appendChild(el('span', 'badge', a.kind));
    head.appendChild(el('span', 'badge', 'confidence ' + Math.round(a.confidence * 100) + '%'));
    panel.appendChild(head);
    var list = el('dl');
    var entity = a.entity ? entities[a.entity] : null;
    row(list, 'Entity', entityLine(entity, joined(a.source, ' ')));
    if (entity && entity.descriptor && entity.descriptor !== entity.name) row(list, 'Described', entity.descriptor);
    if (a.source.length) row(list, 'As written', joined(a.source, ' '));
    row(list, 'Cue', joined(a.cue, ' \\u2026 ') || '(punctuation)');
    var content = el('span', 'quote', shorten(joined(a.content, ' \\u2026 '), 280));
    row(list, 'Content', content);
    row(list, 'Chain', chainOf(a));
    if (a.parent) {
      var parentIndex = Number(a.parent.slice(1)) - 1;
      var button = el('button', 'entity', 'inside attribution ' + a.parent.slice(1));
      button.type = 'button';
      button.addEventListener('click', function () { select(parentIndex, true); });
      row(list, 'Nested', button);
    }
    panel.appendChild(list);
  }
  function mark(index, cls, on) { (byAttribution[index] || []).forEach(function (m) { m.classList.toggle(cls, on); }); }
  function select(index, focus) {
    if (selected !== null) mark(selected, 'selected', false);
    marks.forEach(function (m) { m.classList.remove('same-entity', 'in-selected'); });
    selected = index;
    mark(index, 'selected', true);
    (insideOf[index] || []).forEach(function (m) { m.classList.add('in-selected'); });
    var a = doc.attributions[index];
    // Other attributions of the same entity: their sources are underlined, so a reader sees how often it speaks.
    if (a && a.entity) doc.attributions.forEach(function (other, i) {
      if (i !== index && other.entity === a.entity) (byAttribution[i] || []).forEach(function (m) { if (m.classList.contains('source')) m.classList.add('same-entity'); });
    });
    show(index);
    var first = (byAttribution[index] || [])[0];
    if (focus && first) { first.focus({ preventScroll: true }); first.scrollIntoView({ block: 'center', behavior: 'smooth' }); }
  }
  marks.forEach(function (m) {
    var index = Number(m.dataset.a);
    m.addEventListener('click', function () { select(index, false); });
    m.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(index, false); }
    });
    m.addEventListener('mouseenter', function () { mark(index, 'hover', true); show(index); });
    m.addEventListener('mouseleave', function () { mark(index, 'hover', false); show(selected === null ? -1 : selected); });
    m.addEventListener('focus', function () { show(index); });
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-entity]'), function (button) {
    button.addEventListener('click', function () {
      var id = button.getAttribute('data-entity');
      for (var i = 0; i < doc.attributions.length; i++) if (doc.attributions[i].entity === id) { select(i, true); return; }
    });
  });
  show(-1);
})();
`;
