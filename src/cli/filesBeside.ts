// The files a CLI input imports functions from (`import {tpmt} from "./math.js"`), read from disk
// beside the input as the core asks for them (paths relative to its folder; text only, never run).
import { closeSync, openSync, readSync } from 'fs';
import * as path from 'path';
import { IMPORT_LIMITS, type FileReader } from '../core/document';

/** Reads at most one byte past the core's size limit, so a huge file is refused by size without being read whole. */
export function filesBeside(file: string): FileReader {
  const dir = path.dirname(path.resolve(file));
  return (rel) => {
    let fd: number | undefined;
    try {
      fd = openSync(path.resolve(dir, rel), 'r');
      const buf = Buffer.alloc(IMPORT_LIMITS.bytes + 1);
      const n = readSync(fd, buf, 0, buf.length, 0);
      return buf.subarray(0, n).toString('utf8');
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  };
}
