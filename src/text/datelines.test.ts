import { describe, expect, it } from 'vitest';
import { Doc } from '../core/index.js';
import { findDatelines } from './datelines.js';
import { paragraphStage } from './paragraphs.js';

const STORY = [
  'MILLBROOK, Ore. (AP) — The county will close two rural clinics by spring, according to a budget draft.',
  '(CNN) — Officials said the closures would save $3 million.',
  'Residents (about 4,000 of them) — many of them retirees — said they would fight the plan.',
  'WESTBROOK, Ore. — The city will close two libraries, the mayor said.',
  'LINDEN FALLS - The team will appeal, its coach said.',
  'NATO-led talks — the third this year — ended without a deal.',
  'PORT ELLIS, Nova Scotia (Wire) — A ferry ran aground on Sunday, the coast guard said.',
  'DUBBO, New South Wales — Farmers said the drought had ended.',
  'VALDOR CITY, Feb 20 (Meridian Wire) - Valdoria expelled three diplomats.',
  'HARBURG, Sept. 3 (Wire) - The port reopened.',
  '15:02 - Governor Alan Trask has declared a state of emergency, his office said.',
  'LONDON/NEW YORK, June 11 (Wire) - Two grocers are in talks to merge, people familiar with the matter said.',
  'Oct 3 (Wire) - Fourteen officers were detained, state media reported.',
  'WASHINGTON ― The vote was delayed, aides said.',
].join('\n\n');

describe('findDatelines', () => {
  it('finds the datelines that open paragraphs, with or without an agency or a date, or a live blog time stamp, and not a bracket and dash inside a sentence', () => {
    const doc = new Doc(STORY, 'story.txt');
    paragraphStage.run(doc);
    expect(findDatelines(doc).map((span) => doc.text.slice(span.start, span.end))).toEqual([
      'MILLBROOK, Ore. (AP) — ',
      '(CNN) — ',
      'WESTBROOK, Ore. — ',
      'LINDEN FALLS - ',
      'PORT ELLIS, Nova Scotia (Wire) — ',
      'DUBBO, New South Wales — ',
      'VALDOR CITY, Feb 20 (Meridian Wire) - ',
      'HARBURG, Sept. 3 (Wire) - ',
      '15:02 - ',
      'LONDON/NEW YORK, June 11 (Wire) - ',
      'Oct 3 (Wire) - ',
      'WASHINGTON ― ',
    ]);
  });

  it("reads an Indian agency's place, date and agency with no dash, not a bracket after a plain capitalised word", () => {
    const doc = new Doc(
      'NEW DELHI, Dec 2 (PTI) The state will set up 50 courts, the minister said.\n\nNASA (the agency) The launch slipped.',
      'story.txt',
    );
    paragraphStage.run(doc);
    expect(findDatelines(doc).map((span) => doc.text.slice(span.start, span.end))).toEqual(['NEW DELHI, Dec 2 (PTI) ']);
  });
});
