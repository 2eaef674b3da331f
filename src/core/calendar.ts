/** The days of the week, lower case: never names, and the time words after a cue (`said Thursday`). */
export const WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** The months, lower case, but `may`, which is far more often the modal. */
export const MONTHS_BUT_MAY: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * The ISO date (`2026-03-03`) of the first "March 3, 2026" (or "Mar. 3 2026")
 * in `text`, or null.
 */
export function isoDateIn(text: string): string | null {
  const match = WRITTEN_DATE.exec(text);
  if (!match) return null;
  const month = MONTH_PREFIXES.indexOf(match[1].slice(0, 3).toLowerCase()) + 1;
  const day = Number(match[2]);
  if (month === 0 || day < 1 || day > 31) return null;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * A written date, "March 3, 2026" or "Mar. 3 2026" (month, day and year in
 * groups), for patterns to build on; read with the `i` flag.
 */
export const WRITTEN_DATE_PATTERN = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2}),?\s+(\d{4})\b`;
/** A weekday before a written date: "Sunday, ". */
export const WEEKDAY_BEFORE_DATE_PATTERN = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)`;
const WRITTEN_DATE = new RegExp(String.raw`\b${WRITTEN_DATE_PATTERN}`, 'i');
