import { ERRORS, type ErrorCode } from '../core/index.js';

/** How several inputs combine into one exit code; stated in --help, README and tests. */
export const EXIT_CODE_RULE =
  'With several inputs, each failure is reported and the rest still analyzed; the exit code is that of the first input that failed.';

/** The exit-code table for --help, built from the error catalogue so the two cannot drift apart. */
export function exitCodeTable(): string {
  const byExit = new Map<number, string[]>();
  for (const [code, { exit, message }] of Object.entries(ERRORS) as [ErrorCode, { exit: number; message: string }][]) {
    byExit.set(exit, [...(byExit.get(exit) ?? []), `${code} ${message}`]);
  }
  const rows = [`  0    success`];
  for (const [exit, codes] of [...byExit].sort((a, b) => a[0] - b[0])) {
    rows.push(`  ${String(exit).padEnd(4)} ${codes.join('; ')}`);
  }
  return `Exit codes:\n${rows.join('\n')}\n${EXIT_CODE_RULE}`;
}
