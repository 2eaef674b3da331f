/**
 * The numbered catalogue of user-facing errors. Call sites pass a code and the
 * detail; tests match on codes; the CLI prints one line and exits with `exit`.
 */
export const ERRORS = {
  E001: { exit: 2, message: 'usage' },
  E010: { exit: 3, message: 'file not found' },
  E011: { exit: 3, message: 'is a directory' },
  E012: { exit: 3, message: 'cannot read file' },
  E013: { exit: 3, message: 'cannot write file' },
  E020: { exit: 4, message: 'binary file, not text' },
  E021: { exit: 4, message: 'invalid UTF-8' },
  E022: { exit: 4, message: 'empty input' },
  E023: { exit: 4, message: 'input too large' },
  E024: { exit: 4, message: 'input format not supported yet' },
  E025: { exit: 4, message: 'no article text found in the page' },
  E030: { exit: 5, message: 'gold data not found' },
  E031: { exit: 5, message: 'predictions unreadable' },
  E040: { exit: 6, message: 'model unreadable' },
  E050: { exit: 3, message: 'HTTP error' },
  E051: { exit: 3, message: 'timeout' },
  E052: { exit: 4, message: 'not an article' },
  E053: { exit: 3, message: 'too many redirects' },
  E054: { exit: 3, message: 'cannot fetch URL' },
  E060: { exit: 4, message: 'broken WARC record' },
  E090: { exit: 70, message: 'internal error' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class WhosaidError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;

  constructor(code: ErrorCode, detail?: string) {
    const base = ERRORS[code].message;
    super(detail ? `${base}: ${detail}` : base);
    this.code = code;
    this.exitCode = ERRORS[code].exit;
  }
}

/** One line for the user, whatever was thrown: never a stack trace. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim() || 'unknown error';
}
