import { describe, expect, it } from 'vitest';
import { matchOutlet, outletByName, outletFinder, outletPattern, primaryOutletFor } from './outlets.js';
import { OUTLETS } from './outlets-data.js';

describe('outlet gazetteer', () => {
  it('loads 100+ outlets, each with a type and unique aliases', () => {
    expect(OUTLETS.length).toBeGreaterThanOrEqual(100);
    const seen = new Map<string, string>();
    for (const outlet of OUTLETS) {
      expect(['newspaper', 'agency', 'broadcaster', 'magazine', 'online']).toContain(outlet.type);
      for (const alias of [outlet.name, ...outlet.aliases]) {
        const key = alias.toLowerCase().replace(/^the\s+/, '');
        expect(seen.get(key) ?? outlet.name, `alias ${alias}`).toBe(outlet.name);
        seen.set(key, outlet.name);
      }
    }
    expect(OUTLETS.filter((o) => o.aliases.length > 0).length).toBeGreaterThanOrEqual(60);
  });

  it('marks itself as data in its first line', async () => {
    const { readFileSync } = await import('node:fs');
    const first = readFileSync(new URL('./outlets-data.ts', import.meta.url), 'utf8').split('\n')[0];
    expect(first).toMatch(/^\/\/ DATA:/);
  });

  it('resolves full names, acronyms and agencies to one canonical outlet', () => {
    expect(outletByName('AP')?.name).toBe('Associated Press');
    expect(outletByName('The Associated Press')?.name).toBe('Associated Press');
    expect(outletByName('Reuters')?.name).toBe('Reuters');
    expect(matchOutlet('The New York Times')?.entry?.name).toBe('The New York Times');
    expect(matchOutlet('the Washington Post')?.entry?.name).toBe('The Washington Post');
    expect(matchOutlet('CNN')?.entry?.type).toBe('broadcaster');
  });

  it('matches gazetteer names and aliases, possessive or not (their last words pass the first test)', () => {
    const missed: string[] = [];
    for (const outlet of OUTLETS) {
      for (const alias of [outlet.name, ...outlet.aliases]) {
        for (const phrase of [alias, `${alias}'s`, `${alias}’s`]) {
          if (matchOutlet(phrase)?.entry?.name !== outlet.name) missed.push(phrase);
        }
      }
    }
    // Missed before the last-word test too: a lower-case name, and a name whose 's is read as a possessive.
    expect(missed).toEqual(['dpa', "dpa's", 'dpa’s', "Harper's"]);
  });

  it('treats "the Times" as a short form and "the newspaper" as a generic back-reference', () => {
    expect(matchOutlet('the Times')).toMatchObject({ entry: null, shortAlias: 'times' });
    expect(primaryOutletFor('times')?.name).toBe('The New York Times');
    expect(matchOutlet('the newspaper')).toMatchObject({ generic: true, genericTypes: ['newspaper'] });
    expect(matchOutlet('The newspaper')).toMatchObject({ generic: true, genericTypes: ['newspaper'] });
    expect(matchOutlet('The Times')).toMatchObject({ shortAlias: 'times' });
    expect(matchOutlet('the network')?.genericTypes).toEqual(['broadcaster']);
  });

  it('recognises unlisted outlets by the shape of their names, and not ordinary words', () => {
    expect(matchOutlet('the Millbrook Gazette')).not.toBeNull();
    expect(matchOutlet('the mayor')).toBeNull();
    expect(matchOutlet('Vice President')).toBeNull();
  });
});

describe('outletFinder', () => {
  it('finds what the outlet pattern finds in running text', () => {
    const text = `The New York Times and the Times reported; CNN's anchor told the newspaper,
the  network and The Associated Press (AP) that Fox News was wrong. NBC News, the Post and WKRN too.`;
    const expected = [...text.matchAll(outletPattern())].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    }));
    expect(expected.length).toBeGreaterThan(6);
    expect(outletFinder().findAll(text)).toEqual(expected);
  });
});
