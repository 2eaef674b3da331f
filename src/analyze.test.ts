import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.js';
import { SEED_ARTICLE, shouldRunWith } from './test-support/shared-data.js';

/** Reporting words an editor expects every occurrence of to be read as an attribution. */
const REPORTING = /\b(said|told|according to|reported)\b/gi;

describe('analyzeText on a wire story', () => {
  const story = [
    'MILLBROOK, Ore. (AP) — The city council approved a $4 million budget on Tuesday, Mayor Dana Whitfield said.',
    '"This is a budget for the neighborhoods," Whitfield told reporters after the vote. "We listened."',
    'According to the city clerk, the vote was 6-1.',
    'Councilman Roy Abernathy said he voted no because the plan raises water fees.',
    'Police Chief Marta Lind, who had threatened to veto an earlier draft, said the department would hire 12 officers.',
  ].join('\n\n');
  const doc = analyzeText(story, 'story.txt');
  const cueTexts = (doc.attributions ?? []).map((a) => a.cue.map((c) => doc.slice(c)).join(' '));

  it('finds said, told and according to, with their sources', () => {
    expect(cueTexts).toEqual(expect.arrayContaining(['said', 'told', 'According to']));
    const told = doc.attributions?.find((a) => doc.slice(a.cue[0]) === 'told');
    expect(told?.source.map((s) => doc.slice(s))).toEqual(['Whitfield']);
    expect(told?.kind).toBe('direct');
    const clerk = doc.attributions?.find((a) => doc.slice(a.cue[0]) === 'According to');
    expect(clerk?.source.map((s) => doc.slice(s))).toEqual(['the city clerk']);
  });

  it('takes the speaker before a relative clause as the source, clause included', () => {
    const chief = doc.attributions?.find((a) => a.source.some((s) => doc.slice(s).includes('Lind')));
    expect(chief, 'an attribution sourced to the police chief').toBeDefined();
    expect(doc.slice(chief?.source[0] ?? { start: 0, end: 0 })).toMatch(/^Police Chief Marta Lind, who had threatened/);
    expect(chief?.content.map((c) => doc.slice(c)).join(' ')).toContain('hire 12 officers');
  });

  it('keeps every span inside the text and confidences in 0..1', () => {
    for (const a of doc.attributions ?? []) {
      for (const span of [...a.cue, ...a.source, ...a.content]) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(story.length);
        expect(span.start).toBeLessThan(span.end);
      }
      expect(a.confidence).toBeGreaterThan(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe.runIf(shouldRunWith(SEED_ARTICLE))('the seed article', () => {
  it('reads every said / told / according to / reported as an attribution cue', () => {
    const text = readFileSync(SEED_ARTICLE, 'utf8');
    const doc = analyzeText(text, SEED_ARTICLE);
    const cues = (doc.attributions ?? []).flatMap((a) => a.cue);
    const missed = [...text.matchAll(REPORTING)].filter(
      (m) => !cues.some((c) => c.start < (m.index ?? 0) + m[0].length && (m.index ?? 0) < c.end),
    );
    expect(missed.map((m) => `${m[0]}@${m.index}`)).toEqual([]);
    expect(cues.length).toBeGreaterThanOrEqual(20);
  });

  it('flags the debris and finds both section headings', () => {
    const doc = analyzeText(readFileSync(SEED_ARTICLE, 'utf8'), SEED_ARTICLE);
    const kinds = (doc.boilerplate ?? []).map((b) => b.kind);
    expect(kinds.filter((k) => k === 'ad-marker')).toHaveLength(2);
    expect(kinds).toContain('source-link');
    expect(kinds).toContain('credit');
    expect(doc.headings).toHaveLength(2);
  });
});

describe('analyzeText on words that name object properties', () => {
  // Lexicons are plain objects: a word like `constructor` once found Object's
  // own property and crashed the analysis.
  const names = Object.getOwnPropertyNames(Object.prototype);
  const story = [
    `The ${names.join(' ')} said the bridge was safe.`,
    `"It is ${names.join(' ')}," the constructor told reporters, according to __proto__.`,
  ].join('\n\n');

  it('analyzes them like any other word', () => {
    const doc = analyzeText(story, 'story.txt');
    expect(doc.attributions?.length).toBeGreaterThan(0);
    expect(doc.entities).toBeDefined();
  });
});
