import { readFileSync } from 'node:fs';
import { analyzeCommand } from './analyze.js';
import type { Command, CommandIO } from './command.js';
import { evalCommand } from './eval.js';
import { exitCodeTable } from './exit-codes.js';
import { write } from './output.js';
import { trainCommand } from './train.js';

const COMMANDS: Command[] = [analyzeCommand, evalCommand, trainCommand];

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return manifest.version as string;
}

function help(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const list = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return `whosaid — who said what in news articles: attributions, sources, cues and contents.

Usage:
  whosaid COMMAND [options] [arguments]
  whosaid COMMAND --help
  whosaid --help | --version

Commands:
${list}

Example:
  whosaid analyze examples/council-budget.txt
  whosaid analyze --json a.txt b.txt > out.ndjson

${exitCodeTable()}
`;
}

/** `whosaid ARGS...`: picks the command and returns the exit code. */
export async function runCli(argv: string[], io: CommandIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? COMMANDS.find((command) => command.name === rest[0]) : undefined;
    await write(first === undefined ? io.stderr : io.stdout, topic ? topic.help : help());
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    await write(io.stdout, `${version()}\n`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === first);
  if (!command) {
    await write(io.stderr, `whosaid: E001 usage: unknown command '${first}'; see 'whosaid --help'\n`);
    return 2;
  }
  return command.run(rest, io);
}
