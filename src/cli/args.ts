// Command-line parsing shared by the subcommands: flags, --at points, --where/--grad definitions.
import { parsePoint } from '../core/report/point';
import { InputError, Lang, LANGS, Point } from '../core/types';
import { has, names } from '../core/names';

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string>;
  flags: Set<string>;
  /** Every value of a repeatable option (`--pair a:b --pair c:d`), in order. */
  lists: Record<string, string[]>;
}

/** Splits argv into positionals, `--name value` / `--name=value` options and boolean `--flags`. */
export function parseArgs(argv: string[], valued: readonly string[], booleans: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      if (valued.includes(name)) {
        if (eq >= 0) options[name] = a.slice(eq + 1);
        else if (i + 1 < argv.length) options[name] = argv[++i];
        else throw new InputError(`option --${name} needs a value`);
        (lists[name] ??= []).push(options[name]);
      } else if (booleans.includes(name) && eq < 0) {
        flags.add(name);
      } else {
        throw new InputError(`unknown option --${name}`);
      }
    } else if (a === '-h') {
      flags.add('help');
    } else {
      positionals.push(a);
    }
  }
  return { positionals, options, flags, lists };
}

export function parseLang(text: string | undefined): Lang {
  if (text === undefined) return 'math';
  const l = text.toLowerCase();
  const alias: Record<string, Lang> = {
    js: 'javascript',
    ts: 'typescript',
    py: 'python',
    'c++': 'cpp',
    tex: 'latex',
    md: 'markdown',
    octave: 'matlab',
  };
  const lang = (alias[l] ?? l) as Lang;
  if (!LANGS.includes(lang)) throw new InputError(`unknown language '${text}' (one of ${LANGS.join(', ')})`);
  return lang;
}

/** "x,y" or ["x", "y"] → names. */
export function parseWrt(v: unknown): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : undefined;
  if (!list || !list.every((s) => typeof s === 'string')) throw new InputError('"wrt" must be a list of names or a comma-separated string');
  const names = (list as string[]).map((s) => s.trim()).filter(Boolean);
  for (const n of names) {
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(n)) throw new InputError(`'${n}' is not a variable name`);
  }
  return names.length ? names : undefined;
}

/** "x=1,y=2" (values may be constant expressions like pi/4) → point. */
export function parseAt(text: string): Point {
  const names = text
    .split(/[,;]/)
    .map((p) => p.split('=')[0].trim())
    .filter(Boolean);
  if (!text.includes('=')) throw new InputError('--at expects name=value pairs, e.g. --at x=1,y=2');
  return parsePoint(text, names);
}

/** A JSON "at" object → point, each value a finite number. */
export function pointFromJson(v: unknown): Point | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return parseAt(v);
  if (typeof v !== 'object' || Array.isArray(v)) throw new InputError('"at" must be an object of numbers, e.g. {"x": 1}');
  const out: Point = names();
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (typeof x !== 'number' || !Number.isFinite(x)) throw new InputError(`"at.${k}" must be a finite number`);
    out[k] = x;
  }
  return out;
}

/** "t=x;u=2*x" → { t: 'x', u: '2*x' } (split on ';' or newlines, each at its first '='). */
export function parseDefinitions(text: string, what: string): Record<string, string> {
  const out: Record<string, string> = names();
  for (const part of text.split(/[;\n]/)) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq < 0) throw new InputError(`${what} expects name=expression pairs separated by ';', got '${part.trim()}'`);
    const name = part.slice(0, eq).trim();
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) throw new InputError(`'${name}' in ${what} is not a variable name`);
    if (has(out, name)) throw new InputError(`'${name}' is defined twice in ${what}`);
    out[name] = part.slice(eq + 1).trim();
  }
  return out;
}

/** A JSON "where" object (or string) → definitions. */
export function definitionsFromJson(v: unknown): Record<string, string> | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return parseDefinitions(v, '"where"');
  if (typeof v !== 'object' || Array.isArray(v)) throw new InputError('"where" must be an object name → expression');
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (typeof x !== 'string' && typeof x !== 'number') throw new InputError(`"where.${k}" must be an expression string`);
  }
  return names(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, String(x)] as const));
}

/** A number for JSON: non-finite values become null (JSON has no NaN/Infinity). */
export function jsonNumber(x: number | undefined): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/** The expression argument; `-` reads it from standard input (no shell quoting needed). */
export async function expressionArgument(arg: string, stdin?: () => Promise<string>): Promise<string> {
  if (arg !== '-') return arg;
  if (!stdin) throw new InputError("'-' needs standard input");
  return (await stdin()).replace(/\r?\n$/, '');
}
