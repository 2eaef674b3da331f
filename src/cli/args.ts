import { parseArgs as parseStrict } from 'node:util';
import { oneLine, WhosaidError } from '../core/index.js';

/** A boolean flag (`--json`, negatable as `--no-json`) or an option that takes a value (`--out DIR`, `--out=DIR`). */
export type OptionSpec = { type: 'boolean' } | { type: 'string' };

export interface ParsedArgs {
  options: Map<string, string | boolean>;
  positionals: string[];
}

/**
 * A small GNU-style parser: long options only (plus `-h`), `--` ends options,
 * and a lone `-` is a positional (stdin). Node 20's util.parseArgs lacks `--no-x`.
 */
export function parseArgs(args: string[], spec: Record<string, OptionSpec>): ParsedArgs {
  const options = new Map<string, string | boolean>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      options.set('help', true);
      continue;
    }
    if (!arg.startsWith('--')) {
      if (arg.length > 1 && arg.startsWith('-')) throw usage(`unknown option ${arg}`);
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    const inlineValue = equals < 0 ? undefined : arg.slice(equals + 1);
    const negated = name.startsWith('no-') && spec[name.slice(3)]?.type === 'boolean';
    const key = negated ? name.slice(3) : name;
    const option = spec[key];
    if (!option) throw usage(`unknown option --${name}`);
    if (option.type === 'boolean') {
      if (inlineValue !== undefined) throw usage(`--${name} takes no value`);
      options.set(key, !negated);
    } else if (inlineValue !== undefined) {
      options.set(key, inlineValue);
    } else if (i + 1 < args.length) {
      options.set(key, args[++i]);
    } else {
      throw usage(`--${name} needs a value`);
    }
  }
  return { options, positionals };
}

export function usage(detail: string): WhosaidError {
  return new WhosaidError('E001', detail);
}

/**
 * Options-only commands (eval, train): Node's strict parser, with any mistake
 * turned into one E001 line that points at the command's help.
 */
export function parseCommandOptions<T extends Record<string, { type: 'string' | 'boolean'; short?: string }>>(
  command: string,
  args: string[],
  options: T,
): Record<string, string | boolean | undefined> {
  try {
    return parseStrict({ args, options, strict: true, allowPositionals: false }).values as Record<
      string,
      string | boolean | undefined
    >;
  } catch (error) {
    throw new WhosaidError('E001', `${oneLine(error)}; see 'whosaid ${command} --help'`);
  }
}

/**
 * `--min-confidence P`: a probability, or null when not given (the model's own
 * floor applies).
 */
export function parseMinConfidence(value: string | undefined): number | null {
  if (value === undefined) return null;
  const floor = Number(value);
  if (value.trim() === '' || !Number.isFinite(floor) || floor < 0 || floor > 1) {
    throw usage(`--min-confidence must be a number from 0 to 1, not '${value}'`);
  }
  return floor;
}
