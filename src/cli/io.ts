// What every subcommand gets instead of touching process directly, so tests can run them in-process.
export interface CliIO {
  /** Writes text as-is (callers end lines with '\n'); `false` means "buffer full, wait for drain". */
  stdout: (s: string) => void | boolean;
  stderr: (s: string) => void;
  /** All of standard input. */
  stdin?: () => Promise<string>;
  /** Standard input as JSON Lines (see jsonLines), as it arrives (batch mode streams through this when present). */
  lines?: () => AsyncIterable<string>;
  /** Resolves when stdout can take more after a `false` write (back-pressure for long batches). */
  drain?: () => Promise<void>;
}

/** Exit codes: 0 fine, 1 a gradient check failed, 2 bad input or usage. */
export const EXIT_OK = 0;
export const EXIT_FAIL = 1;
export const EXIT_USAGE = 2;
