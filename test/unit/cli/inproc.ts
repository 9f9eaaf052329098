// Runs the CLI in-process (same code as dist/cli.js, no process start): argv and stdin in, exit code
// and both streams out. Batch mode reads stdin whole through `stdin`, as when no line reader exists.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/cli/main';

/** A fresh temporary folder and a writer of files in it (name, text) → path, for CLI inputs. */
export function tempFiles(prefix: string): (name: string, text: string) => string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return (name, text) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };
}

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
