// The command-line tool's dispatcher: `derivative-inspector diff|check|check-file|inspect …`. Each subcommand
// takes argv and an io object (so tests and the fuzz suite run it in-process) and returns the exit
// code; src/cli.ts binds it to the process.
import { version } from '../../package.json';
import { CHECK_HELP, runCheck } from './check';
import { CHECK_FILE_HELP, runCheckFile } from './checkFile';
import { DIFF_HELP, runDiff } from './diff';
import { runInspect } from './inspect';
import { CliIO, EXIT_OK, EXIT_USAGE } from './io';

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
