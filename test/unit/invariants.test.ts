// The architecture's invariants as tests (ARCHITECTURE.md states each once): which folders may import
// what, and that package.json's language lists are the language table of src/extension/languages.ts.
// Every check is a pure function run on the real tree and, once, on a made-up violation, so each
// test is seen to fail when the invariant is broken.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { ACTIVATION_LANGUAGE_IDS, CONTEXT_KEYS, contextLanguages, SUPPORTED_LANGUAGE_IDS, whenClause } from '../../src/extension/languages';

const ROOT = path.resolve(__dirname, '../../..');

/** Repository-relative path → text, for every .ts file under `dir`. */
function sources(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const r = path.posix.join(rel, e.name);
      if (e.isDirectory()) walk(r);
      else if (e.name.endsWith('.ts')) out.set(r, fs.readFileSync(path.join(ROOT, r), 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/** Module specifiers of imports, re-exports, `import()` and `require()`, as TypeScript reads them (comments skipped). */
function specifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** What a specifier names: a package (`vscode`) or a repository-relative path (`src/core/syntax/index`). */
function resolve(file: string, spec: string): string {
  return spec.startsWith('.') ? path.posix.join(path.posix.dirname(file), spec) : spec;
}

/** `file: spec` for each import of a file in `files` whose target matches `forbidden`. */
function violations(files: Map<string, string>, forbidden: (target: string) => boolean): string[] {
  const out: string[] = [];
  for (const [file, text] of files) {
    for (const spec of specifiers(text)) if (forbidden(resolve(file, spec))) out.push(`${file}: ${spec}`);
  }
  return out;
}

const isVscode = (t: string) => t === 'vscode' || t.startsWith('vscode/');
const under =
  (...dirs: string[]) =>
  (t: string) =>
    dirs.some((d) => t === d || t.startsWith(d + '/'));

const RULES: { name: string; dir: string; forbidden: (t: string) => boolean; bad: [string, string] }[] = [
  {
    name: 'src/core never imports vscode or the adapters',
    dir: 'src/core',
    forbidden: (t) => isVscode(t) || under('src/extension', 'src/cli')(t),
    bad: ['src/core/hover/x.ts', "import * as vscode from 'vscode';"],
  },
  {
    name: 'src/core/expr never imports syntax or document',
    dir: 'src/core/expr',
    forbidden: under('src/core/syntax', 'src/core/document'),
    bad: ['src/core/expr/rules/x.ts', "import { parse } from '../../syntax';"],
  },
  {
    name: 'webview never imports src/extension or vscode',
    dir: 'webview',
    forbidden: (t) => isVscode(t) || under('src/extension')(t),
    bad: ['webview/lib/x.ts', "import type { ToWebview } from '../../src/extension/panel/protocol';"],
  },
  {
    name: 'src/protocol (bundled into the webview) never imports vscode or src/extension',
    dir: 'src/protocol',
    forbidden: (t) => isVscode(t) || under('src/extension')(t),
    bad: ['src/protocol/x.ts', "const v = require('vscode');"],
  },
];

describe('invariants: layering', () => {
  for (const rule of RULES) {
    it(rule.name, () => {
      const files = sources(rule.dir);
      assert.ok(files.size > 0, `no .ts files under ${rule.dir}`);
      assert.deepStrictEqual(violations(files, rule.forbidden), []);
    });
    it(`${rule.name}: a violation is caught`, () => {
      const [file, text] = rule.bad;
      assert.strictEqual(violations(new Map([[file, text]]), rule.forbidden).length, 1);
    });
  }

  it('reads every import form', () => {
    const text = [
      "import a from './a';",
      'import type { B } from "../b";',
      "export * from './c';",
      "import './d';",
      "const e = require('./e');",
      "const f = await import('./f');",
      "import {\n  g,\n  h,\n} from './gh';",
      "// a comment that says import nothing from 'here'",
    ].join('\n');
    assert.deepStrictEqual(specifiers(text), ['./a', '../b', './c', './d', './e', './f', './gh']);
  });
});

interface Manifest {
  activationEvents: string[];
  contributes: {
    configuration: { properties: Record<string, { default?: unknown; items?: { enum?: string[] } }> };
    menus: Record<string, { command: string; when?: string }[]>;
  };
}

const PAIR_COMMANDS = ['derivativeInspector.checkPairs', 'derivativeInspector.pairGradient'];

/** How package.json's language lists differ from the language table (empty when they agree). */
function manifestDrift(m: Manifest): string[] {
  const out: string[] = [];
  // Lists compare as sets: their order is presentation.
  const sorted = (v: unknown) => (Array.isArray(v) ? [...v].sort() : v);
  const same = (what: string, got: unknown, want: unknown) => {
    if (JSON.stringify(sorted(got)) !== JSON.stringify(sorted(want))) out.push(`${what}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  };
  const onLanguage = m.activationEvents.filter((e) => e.startsWith('onLanguage:')).map((e) => e.slice('onLanguage:'.length));
  same('activationEvents', onLanguage, ACTIVATION_LANGUAGE_IDS);
  const setting = m.contributes.configuration.properties['derivativeInspector.enabledLanguages'];
  same('enabledLanguages enum', setting.items?.enum, SUPPORTED_LANGUAGE_IDS);
  same('enabledLanguages default', setting.default, SUPPORTED_LANGUAGE_IDS);
  for (const [menu, items] of Object.entries(m.contributes.menus)) {
    for (const item of items) {
      const key = PAIR_COMMANDS.includes(item.command) ? CONTEXT_KEYS.pairLanguages : CONTEXT_KEYS.languages;
      same(`${menu} ${item.command} when`, item.when, whenClause(key));
    }
  }
  return out;
}

describe('invariants: package.json and the language table', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

  it("activationEvents, the enabledLanguages enum and default, and the menus' when clauses follow the table", () => {
    assert.deepStrictEqual(manifestDrift(manifest), []);
  });

  it('drift is caught: a language missing from activationEvents, the enum, or a menu regex', () => {
    const m = structuredClone(manifest);
    m.activationEvents = m.activationEvents.filter((e) => e !== 'onLanguage:julia');
    m.contributes.configuration.properties['derivativeInspector.enabledLanguages'].items!.enum!.push('fortran');
    m.contributes.menus.commandPalette[0].when = 'editorLangId =~ /^(python|c)$/';
    const drift = manifestDrift(m);
    assert.strictEqual(drift.length, 3, drift.join('\n'));
    assert.match(drift.join('\n'), /activationEvents.*enum.*commandPalette/s);
  });

  it('the context keys hide the menus of languages removed from enabledLanguages', () => {
    const all = contextLanguages(SUPPORTED_LANGUAGE_IDS);
    assert.deepStrictEqual(all.languages, [...SUPPORTED_LANGUAGE_IDS, 'objective-c']);
    // LaTeX and Markdown have no vector rules, so no gradient pairing.
    assert.deepStrictEqual(all.pairLanguages, [
      'python',
      'javascript',
      'javascriptreact',
      'typescript',
      'typescriptreact',
      'c',
      'cpp',
      'julia',
      'matlab',
      'octave',
      'r',
      'objective-c',
    ]);
    const some = contextLanguages(['python', 'markdown', 'cobol']);
    assert.deepStrictEqual(some, { languages: ['python', 'markdown'], pairLanguages: ['python'] });
  });
});
