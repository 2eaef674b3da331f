import { describe, expect, it } from 'vitest';
import { governmentFinder, governmentPattern, matchGovernment } from './government.js';

const TEXT = `The press service of the Ruritanian Ministry of Defense said on Friday that the U.S. State Department,
the  Consumer Financial Protection   Bureau and the FBI had not replied. The Trump administration's press office,
the White House and Britain's Foreign Office declined; "the Department of Health and Human Services" did not. The
ministry, the Maduro regime and the Democratic National Committee were silent, as were New York Police Department
officers. Élysée Palace aides and the CIA-led inquiry ended.`;

describe('governmentFinder', () => {
  it('finds what the government pattern finds in running text', () => {
    const expected = [...TEXT.matchAll(governmentPattern())].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    }));
    expect(expected.length).toBeGreaterThan(8);
    expect(governmentFinder().findAll(TEXT)).toEqual(expected);
  });

  it('reads an armed service named alone, with a lower-case article too, as one body', () => {
    expect(matchGovernment('the Navy')?.key).toBe('navy');
    expect(matchGovernment('The Navy')?.key).toBe('navy');
    expect(matchGovernment('the Air Force')?.key).toBe('air force');
  });

  it('reads a press service as its body', () => {
    expect(matchGovernment('the press service of the Ruritanian Ministry of Defense')?.head).toBe('press service');
  });

  it('reads an agency with a capital "The" as the agency, and the Fed as the Federal Reserve but not "Fed up"', () => {
    expect(matchGovernment('The FBI')?.key).toBe('fbi');
    expect(matchGovernment('the Fed')?.key).toBe('federal reserve');
    const text = 'Fed up with delays, residents left. The Fed said rates would hold.';
    expect(
      governmentFinder()
        .findAll(text)
        .map((span) => text.slice(span.start, span.end)),
    ).toEqual(['The Fed']);
  });

  it('reads the Joint Chiefs of Staff, short or long, as one body', () => {
    expect(matchGovernment('the Joint Chiefs of Staff')?.key).toBe('joint chiefs of staff');
    expect(matchGovernment('The Joint Chiefs')?.key).toBe('joint chiefs of staff');
  });

  it('reads US states as governments, and no word of a longer country name alone', () => {
    expect(matchGovernment('Texas')?.key).toBe('state:texas');
    expect(matchGovernment('New Hampshire')?.key).toBe('state:new hampshire');
    expect(matchGovernment('the United States')?.key).toBe('state:united states');
    expect(matchGovernment('South')).toBeNull();
    expect(matchGovernment('the states')).toBeNull();
  });
});
