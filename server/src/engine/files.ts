import * as fs from 'node:fs';

/** True for an existing regular file (false for a folder, a broken link or an unreadable path). */
export function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
