import { describe, expect, it } from 'vitest';
import { Doc } from '../core/index.js';
import { attributionItem } from '../test-support/attribution.js';
import { renderTerminal, shorten } from './terminal.js';

describe('shorten', () => {
  it('ends a cut at the separator of two pieces with one ellipsis', () => {
    const joined = `${'word '.repeat(14)}Sunday … as hot winds pushed the flames toward the edge of the town`;
    expect(shorten(joined)).toBe(`${'word '.repeat(14)}Sunday…`);
  });

  it('keeps short text and cuts long text at a word boundary with an ellipsis', () => {
    expect(shorten('a  short\nline')).toBe('a short line');
    const long = 'word '.repeat(40);
    const cut = shorten(long);
    expect(cut.endsWith('word…')).toBe(true);
    expect(Array.from(cut).length).toBeLessThanOrEqual(80);
  });

  it('never splits a surrogate pair and hides control characters', () => {
    const cut = shorten('😀'.repeat(100), 10);
    expect(cut).toBe(`${'😀'.repeat(9)}…`);
    expect(shorten('bell\u0007 escape\u001b[31m')).toBe('bell\ufffd escape\ufffd[31m');
  });
});

describe('renderTerminal', () => {
  it('says so when there are no attributions', () => {
    const output = renderTerminal(new Doc('Nothing here.', 'a.txt'), { color: false });
    expect(output).toContain('a.txt\n');
    expect(output).toContain('No attributions found.');
  });
});

describe('renderTerminal: the sourcing summary', () => {
  /** An invented wire story, resolved by hand: the Ledger relays a port official, the mayor speaks on the record. */
  function sourcedDoc(): Doc {
    const text =
      'The port will close, a port official told the Ledger. The Ledger reported the closure. ' +
      'Mayor Ruiz said "we will cope." The harbor board did not respond to a request for comment.';
    const doc = new Doc(text, 'port.txt');
    const at = (phrase: string, from = 0) => {
      const start = text.indexOf(phrase, from);
      return { start, end: start + phrase.length };
    };
    doc.meta.publisher = 'Wire Service';
    doc.entities = [
      { id: 'e1', name: 'a port official', kind: 'anonymous', named: false, descriptor: null, mentions: [] },
      { id: 'e2', name: 'The Ledger', kind: 'media', named: true, descriptor: null, mentions: [] },
      { id: 'e3', name: 'Ruiz', kind: 'person', named: true, descriptor: 'Mayor', mentions: [] },
      { id: 'e4', name: 'harbor board', kind: 'government', named: false, descriptor: null, mentions: [] },
    ];
    const attribution = (source: string, cue: string, content: string, entity: string, via: string | null) =>
      attributionItem({
        source: [at(source)],
        cue: [at(cue)],
        content: [at(content)],
        kind: content.startsWith('"') ? 'direct' : 'indirect',
        entity,
        via,
      });
    doc.attributions = [
      attribution('a port official', 'told', 'The port will close', 'e1', 'e2'),
      attribution('The Ledger', 'reported', 'the closure', 'e2', null),
      attribution('Mayor Ruiz', 'said', '"we will cope."', 'e3', null),
    ];
    doc.noComment = [{ ...at('did not respond to a request for comment'), entity: 'e4', kind: 'no-response' }];
    return doc;
  }

  it('shows kinds, named vs anonymous, quote shares, refusals and chains', () => {
    const output = renderTerminal(sourcedDoc(), { color: false });
    expect(output).toContain('by kind    1 person · 1 media · 1 anonymous');
    expect(output).toContain('named      2 named · 1 anonymous (33% of attributions anonymous)');
    expect(output).toContain('quotes     33% direct quotes · 33% second-hand');
    expect(output).toContain('refusals   harbor board did not respond');
    expect(output).toContain('Wire Service (publisher) → The Ledger → a port official (anonymous) : 1 claim');
    expect(output).toContain('Wire Service (publisher) → The Ledger : 1 claim');
    expect(output).not.toContain('\u001b[');
  });

  it('names whom a pronoun source stands for', () => {
    const doc = sourcedDoc();
    const text = doc.text;
    const he = text.indexOf('we will cope');
    doc.attributions?.push(
      attributionItem({
        source: [{ start: he, end: he + 2 }],
        cue: [{ start: text.indexOf('said'), end: text.indexOf('said') + 4 }],
        content: [{ start: he + 3, end: he + 12 }],
        entity: 'e3',
        via: null,
      }),
    );
    const output = renderTerminal(doc, { color: false });
    expect(output).toContain('we (Ruiz) → said → will cope');
    expect(output).toContain('Mayor Ruiz → said → "we will cope."');
  });

  it('ends a second-hand claim with who relayed it', () => {
    const output = renderTerminal(sourcedDoc(), { color: false });
    expect(output).toContain('a port official → told → The port will close (via The Ledger)');
    expect(output).toMatch(/The Ledger → reported → the closure\n/);
  });

  it("counts an outlet's citation of its sources as no claim of its own where the sources have the claim", () => {
    const text = 'The mill will shut, the Ledger reported, citing two workers.';
    const doc = new Doc(text, 'mill.txt');
    const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
    doc.meta.publisher = 'Wire Service';
    doc.entities = [
      { id: 'e1', name: 'The Ledger', kind: 'media', named: true, descriptor: null, mentions: [] },
      { id: 'e2', name: 'two workers', kind: 'anonymous', named: false, descriptor: null, mentions: [] },
    ];
    const item = (source: string, cue: string, content: string, entity: string, via: string | null) =>
      attributionItem({ source: [at(source)], cue: [at(cue)], content: [at(content)], entity, via });
    doc.attributions = [
      item('the Ledger', 'reported', 'The mill will shut', 'e1', null),
      item('the Ledger', 'citing', 'two workers', 'e1', null),
      item('two workers', 'citing', 'The mill will shut', 'e2', 'e1'),
    ];
    const output = renderTerminal(doc, { color: false });
    expect(output).toContain('Wire Service (publisher) → The Ledger : 1 claim');
    expect(output).toContain('Wire Service (publisher) → The Ledger → two workers (anonymous) : 1 claim');
    expect(output).toMatch(/ {5}1 {2}The Ledger\n/);
    // The citation itself stays in the list of attributions.
    expect(output).toContain('the Ledger → citing → two workers');
  });

  it('marks an attribution that is a recorded refusal (PolNeAR counts both)', () => {
    const doc = sourcedDoc();
    const text = doc.text;
    const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
    doc.attributions?.push(
      attributionItem({
        source: [at('The harbor board')],
        cue: [at('did not respond to')],
        content: [at('a request for comment')],
        entity: 'e4',
      }),
    );
    const output = renderTerminal(doc, { color: false });
    expect(output).toContain('did not respond to → a request for comment (no comment)');
    expect(output).toContain('Mayor Ruiz → said → "we will cope."\n');
  });

  it('colours only when asked', () => {
    expect(renderTerminal(sourcedDoc(), { color: true })).toContain('\u001b[');
  });
});
