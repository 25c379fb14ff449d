/**
 * The `motcua` commands as data: what each takes and says of itself, in Vietnamese and English. One runner
 * (runCommand) walks the tree of commands and sub-commands, prints the help of the one named when `--help` or `-h`
 * is among its arguments — before anything else, so a help request never opens a database — and otherwise hands
 * the arguments over; the option parser reads the accepted options from the same description (optionSpec).
 */
import { UsageError, type CliIo } from './io.js';
import type { OptionSpec } from './options.js';

/** A text said in both languages: Vietnamese first, then English. */
export interface Bilingual {
  vi: string;
  en: string;
}

export interface OptionDoc extends Bilingual {
  /** Without the dashes: `out` for `--out`. */
  name: string;
  /** The value's placeholder (`FILE`); none for a flag. */
  value?: string;
  /** Shown without brackets in the usage line. */
  required?: boolean;
}

export interface ArgumentDoc extends Bilingual {
  name: string;
}

type Run = (args: string[], io: CliIo) => Promise<number> | number;

export interface LeafCommand {
  summary: Bilingual;
  args?: readonly ArgumentDoc[];
  options?: readonly OptionDoc[];
  /** The usage line after the command's name, when the one made from args and options says too little. */
  usage?: string;
  /** Paragraphs after the options. */
  notes?: Bilingual;
  run: Run;
}

export interface GroupCommand {
  summary: Bilingual;
  subcommands: Readonly<Record<string, CommandSpec>>;
}

export type CommandSpec = LeafCommand | GroupCommand;
export type Registry = Readonly<Record<string, CommandSpec>>;

const isGroup = (c: CommandSpec): c is GroupCommand => 'subcommands' in c;
const HELP_FLAGS = ['--help', '-h'];
const helpLine: OptionDoc = { name: 'help', vi: 'In hướng dẫn này', en: 'Print this help' };

/** What parseOptions accepts for a command: its documented options and arguments, nothing else. */
export function optionSpec(command: LeafCommand): OptionSpec {
  const options = command.options ?? [];
  return {
    values: options.filter((o) => o.value !== undefined).map((o) => o.name),
    flags: options.filter((o) => o.value === undefined).map((o) => o.name),
    positionals: command.args?.length ?? 0,
  };
}

/** Every command path that runs something: ['due'], ['hotline', 'simulate'], … */
export function leafPaths(registry: Registry, prefix: string[] = []): string[][] {
  return Object.entries(registry).flatMap(([name, c]) =>
    isGroup(c) ? leafPaths(c.subcommands, [...prefix, name]) : [[...prefix, name]],
  );
}

/** Every command path, groups included. */
export function allPaths(registry: Registry, prefix: string[] = []): string[][] {
  return Object.entries(registry).flatMap(([name, c]) => [
    [...prefix, name],
    ...(isGroup(c) ? allPaths(c.subcommands, [...prefix, name]) : []),
  ]);
}

/** Two columns: the term, then its Vietnamese and English lines, under one another. */
function table(rows: readonly { term: string; text: Bilingual }[]): string[] {
  const width = Math.max(...rows.map((r) => r.term.length)) + 2;
  return rows.flatMap((r) => [`  ${r.term.padEnd(width)}${r.text.vi}`, `  ${' '.repeat(width)}${r.text.en}`]);
}

const optionTerm = (o: OptionDoc) =>
  o.name === 'help' ? '-h, --help' : `--${o.name}${o.value ? ` ${o.value}` : ''}`;

function usageOf(command: LeafCommand): string {
  if (command.usage !== undefined) return command.usage;
  const args = (command.args ?? []).map((a) => a.name);
  const options = (command.options ?? []).map((o) => (o.required ? optionTerm(o) : `[${optionTerm(o)}]`));
  return [...args, ...options].join(' ');
}

function leafHelp(path: string, command: LeafCommand): string {
  const usage = usageOf(command);
  const lines = [
    `motcua ${path} — ${command.summary.vi}`,
    `${' '.repeat(path.length + 10)}${command.summary.en}`,
    '',
    `Cách dùng / Usage: motcua ${path}${usage ? ` ${usage}` : ''}`,
  ];
  if (command.args?.length) {
    lines.push('', 'Đối số / Arguments:', ...table(command.args.map((a) => ({ term: a.name, text: a }))));
  }
  const options = [...(command.options ?? []), helpLine];
  lines.push('', 'Tùy chọn / Options:', ...table(options.map((o) => ({ term: optionTerm(o), text: o }))));
  if (command.notes) lines.push('', command.notes.vi, '', command.notes.en);
  return lines.join('\n');
}

function listHelp(title: Bilingual, usage: string, registry: Registry, prefix: string[]): string {
  const rows = leafPaths(registry, prefix).map((p) => ({
    term: p.join(' '),
    text: commandAt(registry, p.slice(prefix.length))!.summary,
  }));
  return [
    title.vi,
    title.en,
    '',
    `Cách dùng / Usage: ${usage}`,
    '',
    'Lệnh / Commands:',
    ...table(rows),
    '',
    'Tùy chọn / Options:',
    ...table([{ term: optionTerm(helpLine), text: helpLine }]),
    `  (${['motcua', ...prefix, '<lệnh/command> --help'].join(' ')}: hướng dẫn từng lệnh / help on each command)`,
  ].join('\n');
}

/** The command at a path of names, if there is one. */
export function commandAt(registry: Registry, path: readonly string[]): CommandSpec | undefined {
  let commands: Registry = registry;
  let found: CommandSpec | undefined;
  for (const name of path) {
    found = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!found) return undefined;
    commands = isGroup(found) ? found.subcommands : {};
  }
  return found;
}

const TOP_TITLE: Bilingual = {
  vi: 'motcua — phần mềm một cửa điện tử: các lệnh quản trị',
  en: "motcua — the electronic one-stop shop's administration commands",
};

/** The help of a command path ([] for the whole tool). */
export function helpText(registry: Registry, path: readonly string[]): string {
  if (path.length === 0) return listHelp(TOP_TITLE, 'motcua <lệnh/command> [tùy chọn/options]', registry, []);
  const command = commandAt(registry, path);
  if (!command) throw new Error(`no command ${path.join(' ')}`);
  const name = path.join(' ');
  if (isGroup(command)) {
    return listHelp(
      { vi: `motcua ${name} — ${command.summary.vi}`, en: command.summary.en },
      `motcua ${name} <lệnh con/sub-command> [tùy chọn/options]`,
      command.subcommands,
      [...path],
    );
  }
  return leafHelp(name, command);
}

/** Bad usage of a command path: the problem, and where its help is. */
export class PathUsageError extends UsageError {
  constructor(
    message: string,
    readonly path: readonly string[],
  ) {
    super(message);
  }
}

/**
 * Finds the command the arguments name, then prints its help (exit 0) or runs it. A UsageError thrown by the run
 * is rethrown with the command's path, so that the caller can point at the right help.
 */
export async function runCommand(registry: Registry, argv: readonly string[], io: CliIo): Promise<number> {
  const path: string[] = [];
  let commands: Registry = registry;
  let rest = [...argv];
  for (;;) {
    const wantsHelp = rest.some((a) => HELP_FLAGS.includes(a));
    const [name, ...after] = rest;
    const known = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!known) {
      if (wantsHelp && (name === undefined || HELP_FLAGS.includes(name))) {
        io.out(helpText(registry, path));
        return 0;
      }
      const [vi, en] = path.length ? ['lệnh con', 'sub-command'] : ['lệnh', 'command'];
      throw new PathUsageError(
        name === undefined || name.startsWith('-')
          ? `thiếu ${vi} / missing ${en}`
          : `không có ${vi} "${name}" / unknown ${en} "${name}"`,
        path,
      );
    }
    path.push(name!);
    rest = after;
    if (isGroup(known)) {
      commands = known.subcommands;
      continue;
    }
    if (wantsHelp) {
      io.out(helpText(registry, path));
      return 0;
    }
    try {
      return await known.run(rest, io);
    } catch (err) {
      if (err instanceof UsageError && !(err instanceof PathUsageError))
        throw new PathUsageError(err.message, path);
      throw err;
    }
  }
}
