#!/usr/bin/env node
import { oneLine } from '../core/index.js';
import { runCli } from './dispatch.js';

// `whosaid ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Commands catch their own failures; this is the last guard against a stack trace.
    process.stderr.write(`whosaid: E090 internal error: ${oneLine(error)}\n`);
    if (process.env.WHOSAID_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 70;
  },
);
