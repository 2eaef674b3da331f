import { describe, expect, it } from 'vitest';
import { Doc } from '../core/index.js';
import { renderTerminal, shorten } from './terminal.js';

describe('shorten', () => {
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
