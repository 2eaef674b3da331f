import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Quote } from '../core/index.js';
import { findParagraphs } from './paragraphs.js';
import { findQuotes } from './quotes.js';

function quotesOf(text: string): Quote[] {
  return findQuotes(text, findParagraphs(text));
}

/** The quotes as the reader sees them: full text, inner text, closed, continues. */
function described(text: string): [string, string, boolean, boolean][] {
  return quotesOf(text).map((q) => [
    text.slice(q.start, q.end),
    text.slice(q.inner.start, q.inner.end),
    q.closed,
    q.continues,
  ]);
}

describe('findQuotes', () => {
  it('pairs straight marks by context', () => {
    const text = '"We are ready," said Mara Quill, the mayor of Dunmore. "The bridge opens Monday."';
    expect(described(text)).toEqual([
      ['"We are ready,"', 'We are ready,', true, false],
      ['"The bridge opens Monday."', 'The bridge opens Monday.', true, false],
    ]);
  });

  it('pairs curly marks and keeps apostrophes inside the quote', () => {
    const text = '“I don’t think the ’90s were Ostrava’s best years,” she said.';
    expect(described(text)).toEqual([
      [
        '“I don’t think the ’90s were Ostrava’s best years,”',
        'I don’t think the ’90s were Ostrava’s best years,',
        true,
        false,
      ],
    ]);
  });

  it('never takes apostrophes outside double quotes for quote marks', () => {
    expect(quotesOf('The mayor’s office said the ’80s plant won’t reopen.')).toEqual([]);
    expect(quotesOf("The mayor's aides say 'rock 'n' roll' is over.")).toEqual([]);
  });

  it('pairs single marks as the outer marks in copy with no double mark (British style)', () => {
    const text =
      'The councillor said: ‘We can’t wait for the board’s blessing.’ Ms Hale called it ‘rushed’.\n\n‘Not so,’ he said.';
    expect(described(text)).toEqual([
      ['‘We can’t wait for the board’s blessing.’', 'We can’t wait for the board’s blessing.', true, false],
      ['‘rushed’', 'rushed', true, false],
      ['‘Not so,’', 'Not so,', true, false],
    ]);
    // With a double mark in the text, single marks are apostrophes or nested marks only.
    expect(described('“Fine,” she said, and ‘fine’ it was.')).toEqual([['“Fine,”', 'Fine,', true, false]]);
  });

  it('pairs straight single marks as the outer marks where quotations open paragraphs in copy with no double mark', () => {
    const text =
      "'We can't wait for the board's blessing,' the councillor said of the '90s plan.\n\n'Not so,' O'Brien said: 'It's ready.'";
    expect(described(text)).toEqual([
      ["'We can't wait for the board's blessing,'", "We can't wait for the board's blessing,", true, false],
      ["'Not so,'", 'Not so,', true, false],
      ["'It's ready.'", "It's ready.", true, false],
    ]);
    // No quotation opens a paragraph or follows a colon: straight marks stay apostrophes.
    expect(described("The players' union called the '90s deal 'unfair' again.")).toEqual([]);
  });

  it('pairs single marks as the outer marks where speech opens with them and never with double ones', () => {
    const text =
      "Councillor Sue Patel said: 'We had no choice. The grant was cut.'\n\nCampaigners called it \"reckless\". 'Libraries are a lifeline,' said Mark Evans.";
    expect(described(text).map(([whole]) => whole)).toEqual([
      "'We had no choice. The grant was cut.'",
      '"reckless"',
      "'Libraries are a lifeline,'",
    ]);
    // Speech opens with a double mark once: single marks are nested or apostrophes.
    expect(described(`"Fine," she said: 'Not so.' He said: 'Never.'`).map(([whole]) => whole)).toEqual(['"Fine,"']);
    // Headlines in capitals quoted in single marks are no speech.
    expect(described('‘MAYORS ASK FOR HELP’ “Cities are broke.”\n‘TAX RISES LOOM’ More here.').map(([w]) => w)).toEqual(
      ['“Cities are broke.”'],
    );
  });

  it('finds single quotes nested inside double ones, listed after their enclosing quote', () => {
    const text = '“He told me ‘not this year’ and left,” Tobin Hale said.';
    expect(described(text)).toEqual([
      ['“He told me ‘not this year’ and left,”', 'He told me ‘not this year’ and left,', true, false],
      ['‘not this year’', 'not this year', true, false],
    ]);
  });

  it('closes a straight mark set off by spaces after a nested quote (Washington Post style)', () => {
    const text = `"They call it 'a flight to safety,' " the broker said.`;
    expect(described(text)[0]).toEqual([
      `"They call it 'a flight to safety,' "`,
      "They call it 'a flight to safety,'",
      true,
      false,
    ]);
  });

  it('reads two apostrophes as a double mark (NYT copy)', () => {
    const text = "''For me,'' Mr. Varga said, ''the harbor was home.''";
    expect(described(text).map(([, inner]) => inner)).toEqual(['For me,', 'the harbor was home.']);
  });

  it('pairs guillemets and low-high marks', () => {
    const text = '« Oui », dit-il. „Ja“, sagte er. »Nein«, sagte sie.';
    expect(described(text).map(([, inner]) => inner)).toEqual(['Oui', 'Ja', 'Nein']);
  });

  it('ends a quote that lost its close mark where the next one clearly opens', () => {
    const text = '"We are ready, the mayor said. "We will open the bridge."';
    expect(described(text)).toEqual([
      ['"We are ready, the mayor said.', 'We are ready, the mayor said.', false, false],
      ['"We will open the bridge."', 'We will open the bridge.', true, false],
    ]);
  });

  it('runs an unclosed quote to the end of its paragraph', () => {
    const text = 'The council voted. “Nobody expected this outcome\n\nThe vote was 7 to 2.';
    expect(described(text)).toEqual([['“Nobody expected this outcome', 'Nobody expected this outcome', false, false]]);
  });

  it('chains a quote over several paragraphs, one piece per paragraph', () => {
    const text = [
      '“The first phase of the dam is finished.',
      '“The second phase will take three more years.',
      '“Then the valley gets its water,” the engineer said.',
    ].join('\n\n');
    expect(described(text).map(([, , closed, continues]) => [closed, continues])).toEqual([
      [false, true],
      [false, true],
      [true, false],
    ]);
  });

  it('ignores inch marks and empty quotes', () => {
    expect(described('A 12" pipe and "" and "sealed valves" were found.')).toEqual([
      ['"sealed valves"', 'sealed valves', true, false],
    ]);
  });

  it('stays linear on 21,000 unbalanced marks and on a 1 MB paragraph', () => {
    const marks = '"a “ ” b " „ « " '.repeat(3000);
    const quotes = quotesOf(marks);
    for (const quote of quotes) expect(quote.end).toBeLessThanOrEqual(marks.length);
    const long = `“${'word '.repeat(200_000)}`;
    const [only] = quotesOf(long);
    expect(only.closed).toBe(false);
    expect(only.end).toBe(long.trimEnd().length);
  });

  it('returns valid, sorted spans for any mix of marks, letters and line breaks', () => {
    const alphabet = fc.constantFrom(...'"“”‘’\'„«»` aZ.,\n');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        const paragraphs = findParagraphs(text);
        const quotes = findQuotes(text, paragraphs);
        let previousStart = -1;
        for (const quote of quotes) {
          expect(quote.start).toBeGreaterThanOrEqual(previousStart);
          previousStart = quote.start;
          expect(quote.start).toBeLessThanOrEqual(quote.inner.start);
          expect(quote.inner.start).toBeLessThan(quote.inner.end);
          expect(quote.inner.end).toBeLessThanOrEqual(quote.end);
          expect(paragraphs.some((p) => p.start <= quote.start && quote.end <= p.end)).toBe(true);
          if (quote.continues) expect(quote.closed).toBe(false);
        }
      }),
    );
  });
});
