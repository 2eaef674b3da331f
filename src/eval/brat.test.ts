import { describe, expect, it } from 'vitest';
import { bratAttributions, readBrat } from './brat.js';

/** `START END` of the n-th occurrence of `needle` (code points = UTF-16 here: no astral characters). */
function at(text: string, needle: string, nth = 0): string {
  let from = -1;
  for (let k = 0; k <= nth; k++) from = text.indexOf(needle, from + 1);
  if (from < 0) throw new Error(`not found: ${needle}`);
  return `${from} ${from + needle.length}`;
}

const TEXT =
  'The harbour master said the new pier would open in May.\n' +
  '"We are ready," she said, "and the ferries are too."\n' +
  'Officials believe the cost will rise.\n';

describe('readBrat', () => {
  it('reads T, E and # lines, with discontinuous fragments and numbered roles', () => {
    const ann = [
      `T1\tSource ${at(TEXT, 'The harbour master')}\tThe harbour master`,
      `T2\tCue ${at(TEXT, 'said')}\tsaid`,
      `T3\tContent ${at(TEXT, 'the new pier would open in May')}\tthe new pier would open in May`,
      `T4\tAttribution ${at(TEXT, 'said')}\tsaid`,
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      `T5\tSource ${at(TEXT, 'she')}\tshe`,
      `T6\tCue ${at(TEXT, 'said', 1)}\tsaid`,
      `T7\tContent ${at(TEXT, '"We are ready,"')};${at(TEXT, '"and the ferries are too."')}\t"We are ready," "and the ferries are too."`,
      `T8\tAttribution ${at(TEXT, 'said', 1)}\tsaid`,
      'E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7',
      `T9\tCue ${at(TEXT, 'believe')}\tbelieve`,
      `T10\tContent ${at(TEXT, 'the cost')}\tthe cost`,
      `T11\tContent ${at(TEXT, 'will rise')}\twill rise`,
      `T12\tAttribution-no-source ${at(TEXT, 'believe')}\tbelieve`,
      'E3\tAttribution-no-source:T12 Cue:T9 Content:T10 Content2:T11',
      `T13\tDiscuss ${at(TEXT, 'Officials')}\tOfficials`,
      '#1\tAnnotatorNotes T13\tsource or not?',
      '',
    ].join('\n');
    const brat = readBrat(ann, TEXT);
    expect(brat.spans.size).toBe(13);
    expect(brat.spans.get('T7')?.fragments).toHaveLength(2);
    expect(brat.events.map((e) => e.type)).toEqual(['Attribution', 'Attribution', 'Attribution-no-source']);
    expect(brat.notes).toEqual([{ id: '#1', type: 'AnnotatorNotes', target: 'T13', text: 'source or not?' }]);
    expect(brat.problems).toEqual({ skippedLines: 0, badFragments: 0 });

    const { attributions, problems } = bratAttributions(brat);
    expect(problems).toEqual({ danglingRefs: 0, incomplete: 0 });
    const slices = attributions.map((a) => ({
      cue: a.cue.map((s) => TEXT.slice(s.start, s.end)),
      source: a.source.map((s) => TEXT.slice(s.start, s.end)),
      content: a.content.map((s) => TEXT.slice(s.start, s.end)),
    }));
    expect(slices).toEqual([
      { cue: ['said'], source: ['The harbour master'], content: ['the new pier would open in May'] },
      { cue: ['said'], source: ['she'], content: ['"We are ready,"', '"and the ferries are too."'] },
      { cue: ['believe'], source: [], content: ['the cost', 'will rise'] }, // Content2 merged into content
    ]);
  });

  it('joins a T record whose covered text crosses a line break, and counts the extra lines as score.py does', () => {
    const text = 'He said:\n\n"Taxes go up.\n\nThen down."\n';
    const start = text.indexOf('"Taxes');
    const end = text.indexOf('down."') + 'down."'.length;
    const ann = `T1\tContent ${start} ${end}\t"Taxes go up.\n\nThen down."\nT2\tCue 3 7\tsaid\nT3\tSource 0 2\tHe\nT4\tAttribution 3 7\tsaid\nE1\tAttribution:T4 Source:T3 Cue:T2 Content:T1\n`;
    const brat = readBrat(ann, text);
    expect(brat.spans.get('T1')?.text).toBe('"Taxes go up.\n\nThen down."');
    expect(brat.spans.get('T2')?.text).toBe('said');
    expect(brat.problems.skippedLines).toBe(1); // the non-blank continuation line; the blank one is not counted
    expect(bratAttributions(brat).attributions).toHaveLength(1);
  });

  it('converts code point offsets to UTF-16 after a character outside the BMP', () => {
    const text = 'Fans 🎉 cheered as the coach said "we won."';
    // Code point offsets: the emoji is one code point but two UTF-16 units.
    const cp = (needle: string) => {
      const u = text.indexOf(needle);
      return `${[...text.slice(0, u)].length} ${[...text.slice(0, u)].length + needle.length}`;
    };
    const ann = `T1\tCue ${cp('said')}\tsaid\nT2\tContent ${cp('we won.')}\twe won.\nT3\tAttribution ${cp('said')}\tsaid\nE1\tAttribution-no-source:T3 Cue:T1 Content:T2\n`;
    const [attribution] = bratAttributions(readBrat(ann, text)).attributions;
    expect(text.slice(attribution.cue[0].start, attribution.cue[0].end)).toBe('said');
    expect(text.slice(attribution.content[0].start, attribution.content[0].end)).toBe('we won.');
  });

  it('drops stub events, counts dangling references and bad fragments, and takes roles from the event', () => {
    const ann = [
      `T1\tCue ${at(TEXT, 'said')}\tsaid`,
      `T2\tContent ${at(TEXT, 'the new pier')}\tthe new pier`,
      `T3\tAttribution ${at(TEXT, 'said')}\tsaid`,
      'E1\tAttribution:T3 ',
      'E2\tAttribution:T3 Cue:T1 Content:T2 Source:T99',
      'E3\tAttribution:T3 Cue:T2 Content:T1', // roles swapped: the event decides
      `T4\tContent 5 9000\tout of range`,
      'E4\tDiscard:T3 Cue:T1 Content:T2', // not an attribution event
      'R1\tPart Arg1:T1 Arg2:T2',
    ].join('\r\n');
    const brat = readBrat(ann, TEXT);
    expect(brat.problems).toEqual({ skippedLines: 1, badFragments: 1 });
    const { attributions, problems } = bratAttributions(brat);
    expect(problems).toEqual({ danglingRefs: 1, incomplete: 1 });
    expect(attributions).toHaveLength(2);
    expect(TEXT.slice(attributions[1].cue[0].start, attributions[1].cue[0].end)).toBe('the new pier');
  });
});
