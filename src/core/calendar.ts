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
