// The command-line tool: `derivative-inspector diff|check|inspect …`. Each subcommand takes argv and
// an io object (so tests can also run it in-process) and returns the exit code.
import { version } from '../package.json';
import { CHECK_HELP, runCheck } from './cli/check';
import { CHECK_FILE_HELP, runCheckFile } from './cli/checkFile';
import { DIFF_HELP, runDiff } from './cli/diff';
import { runInspect } from './cli/inspect';
import { CliIO, EXIT_OK, EXIT_USAGE } from './cli/io';
import { jsonLines } from './cli/jsonLines';

type Command = (argv: string[], io: CliIO) => Promise<number>;

const HELP = `Derivative Inspector ${version}: partial and total derivatives, gradient checks.

Usage:
  derivative-inspector diff "<expr>" [--lang L] [--wrt x,y] [--at x=1,y=2] [--where "t=x"] [--json]
  derivative-inspector diff --batch < requests.jsonl
  derivative-inspector check "<expr>" --at x=1,y=2 [--grad "x=…;y=…"] [--lang L] [--json]
  derivative-inspector check-file PATH... [--json] [--pair OBJ:GRAD]... [--at POINT] [--format sarif]
  derivative-inspector inspect …       (see: derivative-inspector inspect --help)
  derivative-inspector --help | --version

Languages: math (default), python, javascript, typescript, c, cpp, julia, matlab, r, latex, markdown.
Exit codes: 0 success, 1 a gradient check failed, 2 bad input.

${DIFF_HELP}
${CHECK_HELP}
${CHECK_FILE_HELP}`;

const commands: Record<string, Command> = {
  diff: runDiff,
  check: runCheck,
  'check-file': runCheckFile,
  inspect: runInspect,
};

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    io.stdout(HELP);
    return cmd === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (cmd === '--version' || cmd === '-v') {
    io.stdout(`${version}\n`);
    return EXIT_OK;
  }
  const run = commands[cmd];
  if (!run) {
    io.stderr(`error: unknown command '${cmd}' (one of ${Object.keys(commands).join(', ')}); see --help\n`);
    return EXIT_USAGE;
  }
  return run(rest, io);
}

function processIO(): CliIO {
  return {
    stdout: (s) => process.stdout.write(s),
    drain: () => new Promise((resolve) => process.stdout.once('drain', () => resolve())),
    stderr: (s) => { process.stderr.write(s); },
    stdin: () => new Promise((resolve, reject) => {
      let data = '';
      process.stdin.setEncoding('utf8');
      process.stdin.on('data', (c) => { data += c; });
      process.stdin.on('end', () => resolve(data));
      process.stdin.on('error', reject);
    }),
    lines: () => jsonLines(process.stdin.setEncoding('utf8')),
  };
}

if (require.main === module) {
  // `… | head`: the reader went away; stop quietly instead of a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  main(process.argv.slice(2), processIO()).then(
    (code) => { process.exitCode = code; },
    (e) => { process.stderr.write(`error: ${(e as Error).message}\n`); process.exitCode = EXIT_USAGE; },
  );
}
