// The command-line tool: `derivative-inspector diff|check|check-file|inspect …` (dispatch in cli/main.ts), bound
// to the process: stdout with back-pressure, stdin whole or as JSON Lines.
import { jsonLines } from './cli/jsonLines';
import { CliIO, EXIT_USAGE } from './cli/io';
import { main } from './cli/main';

export { main };

function processIO(): CliIO {
  return {
    stdout: (s) => process.stdout.write(s),
    drain: () => new Promise((resolve) => process.stdout.once('drain', () => resolve())),
    stderr: (s) => {
      process.stderr.write(s);
    },
    stdin: () =>
      new Promise((resolve, reject) => {
        let data = '';
        process.stdin.setEncoding('utf8');
        process.stdin.on('data', (c) => {
          data += c;
        });
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
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`error: ${(e as Error).message}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
