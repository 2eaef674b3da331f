import { describe, expect, it } from 'vitest';
import { parseArgs, parseMinConfidence } from './args.js';

const SPEC = { json: { type: 'boolean' }, color: { type: 'boolean' }, out: { type: 'string' } } as const;

describe('parseArgs', () => {
  it('reads flags, negations, values in both forms, - and --', () => {
    const { options, positionals } = parseArgs(['a.txt', '--json', '--no-color', '--out=x', '-', '--', '--json'], SPEC);
    expect(Object.fromEntries(options)).toEqual({ json: true, color: false, out: 'x' });
    expect(positionals).toEqual(['a.txt', '-', '--json']);
    expect(Object.fromEntries(parseArgs(['--out', 'dir'], SPEC).options)).toEqual({ out: 'dir' });
  });

  it('refuses unknown options, missing values and values on flags with E001', () => {
    for (const args of [['--nope'], ['-x'], ['--out'], ['--json=yes'], ['--no-out']]) {
      expect(() => parseArgs(args, SPEC)).toThrow(expect.objectContaining({ code: 'E001' }));
    }
  });
});

describe('parseMinConfidence', () => {
  it('reads a probability, or null when the option is absent', () => {
    expect(parseMinConfidence(undefined)).toBeNull();
    expect(parseMinConfidence('0')).toBe(0);
    expect(parseMinConfidence('0.45')).toBe(0.45);
    expect(parseMinConfidence('1')).toBe(1);
  });

  it('refuses anything that is not a number from 0 to 1 with E001', () => {
    for (const value of ['', ' ', 'high', '-0.1', '1.5', 'NaN', 'Infinity']) {
      expect(() => parseMinConfidence(value)).toThrow(expect.objectContaining({ code: 'E001' }));
    }
  });
});
