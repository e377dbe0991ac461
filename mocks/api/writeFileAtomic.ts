/** Writes a file so that a crash at any moment leaves either the old content or the new, never half of it. */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let sequence = 0;

export function writeFileAtomic(file: string, text: string): void {
  // Same directory: a rename within one file system replaces the target in one step.
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${sequence++}.tmp`);
  try {
    const fd = openSync(temp, 'w');
    try {
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
