// Runs the CLI in-process (same code as dist/cli.js, no process start): argv and stdin in, exit code
// and both streams out. Batch mode reads stdin whole through `stdin`, as when no line reader exists.
import { main } from '../../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    stdin: async () => stdin,
  });
  return { code, stdout, stderr };
}
