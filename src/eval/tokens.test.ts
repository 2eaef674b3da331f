import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenSet, WordTokens } from './tokens.js';

const words = (text: string) => {
  const tokens = new WordTokens(text);
  return Array.from(tokens.starts, (start, k) => text.slice(start, tokens.ends[k]));
};

describe('WordTokens', () => {
  it("splits like Python's \\w+: letters, digits and underscore, not combining marks", () => {
    expect(words("The senator's aide_2 said: 42%—no.")).toEqual(['The', 'senator', 's', 'aide_2', 'said', '42', 'no']);
    // A decomposed accent (U+0301) is a combining mark: Python's \w does not match it.
    expect(words('Se\u0301gole\u0300ne')).toEqual(['Se', 'gole', 'ne']);
    expect(words('東京 ½ Ⅻ 🎉 x')).toEqual(['東京', '½', 'Ⅻ', 'x']);
  });

  it('maps fragments to the tokens they overlap, punctuation at the edges ignored', () => {
    const text = '"Rates will fall," he said.';
    const tokens = new WordTokens(text);
    const quoted = tokens.tokenSet([{ start: 0, end: 18 }]);
    const bare = tokens.tokenSet([{ start: 1, end: 16 }]);
    expect(quoted.equals(bare)).toBe(true);
    expect([...quoted]).toEqual([0, 1, 2]);
    expect(tokens.tokenSet([{ start: 2, end: 3 }]).size).toBe(1); // inside a word: the whole word
    expect(tokens.tokenSet([{ start: 16, end: 18 }]).size).toBe(0); // '," ' has no word
  });
});

describe('TokenSet', () => {
  const ranges = fc.array(
    fc.tuple(fc.nat(40), fc.nat(8)).map(([from, length]): [number, number] => [from, from + length + 1]),
    { maxLength: 5 },
  );
  const naive = (list: [number, number][]) => {
    const set = new Set<number>();
    for (const [from, to] of list) for (let t = from; t < to; t++) set.add(t);
    return set;
  };

  it('agrees with plain sets on size, intersection and equality', () => {
    fc.assert(
      fc.property(ranges, ranges, (a, b) => {
        const x = TokenSet.fromRanges(a.map((r) => [...r] as [number, number]));
        const y = TokenSet.fromRanges(b.map((r) => [...r] as [number, number]));
        const nx = naive(a);
        const ny = naive(b);
        expect(x.size).toBe(nx.size);
        expect([...x]).toEqual([...nx].sort((p, q) => p - q));
        expect(x.intersectionSize(y)).toBe([...nx].filter((t) => ny.has(t)).length);
        const same = nx.size === ny.size && [...nx].every((t) => ny.has(t));
        expect(x.equals(y)).toBe(same);
      }),
    );
  });
});
