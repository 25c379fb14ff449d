/**
 * A small parser for `--name value`, `--name=value` and `--flag` options, strict about unknown, repeated and
 * missing ones (every problem becomes a UsageError: exit code 2 and one line on stderr).
 */
import { DomainError } from '../domain/errors.js';
import { UsageError } from './io.js';

export interface OptionSpec {
  values: readonly string[];
  flags?: readonly string[];
  /** Positional arguments allowed (default 0). */
  positionals?: number;
}

export interface ParsedOptions {
  values: Map<string, string>;
  flags: Set<string>;
  positionals: string[];
}

export function parseOptions(args: readonly string[], spec: OptionSpec): ParsedOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (spec.flags?.includes(name)) {
      if (eq >= 0) throw new UsageError(`tùy chọn --${name} không nhận giá trị`);
      if (flags.has(name)) throw new UsageError(`tùy chọn --${name} bị lặp lại`);
      flags.add(name);
      continue;
    }
    if (!spec.values.includes(name)) throw new UsageError(`tùy chọn không được hỗ trợ: --${name}`);
    if (values.has(name)) throw new UsageError(`tùy chọn --${name} bị lặp lại`);
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`thiếu giá trị cho --${name}`);
      i++;
    }
    values.set(name, value);
  }
  if (positionals.length > (spec.positionals ?? 0)) {
    throw new UsageError(`đối số thừa: ${positionals.slice(spec.positionals ?? 0).join(' ')}`);
  }
  return { values, flags, positionals };
}

/** One line, whatever the message holds. */
export const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/** Runs a computation on the command's input, a broken rule (DomainError) becoming a UsageError on one line. */
export function asUsageError<T>(compute: () => T): T {
  try {
    return compute();
  } catch (err) {
    if (err instanceof DomainError) throw new UsageError(oneLine(err.message));
    throw err;
  }
}
