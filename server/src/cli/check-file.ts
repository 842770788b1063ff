/**
 * Checks one file from disk the way the editor checks an open document. Unreadable, huge and
 * non-regular files become a notice on the file (never an exception): a batch run goes on.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analysisNotices } from '../host/document-notices';
import { LineIndex } from '../engine';
import type { CheckResult, Notice } from '../host/service';
import { selectDocument } from '../host/selection';
import type { Workspace } from './workspace';

/**
 * UTF-8 takes at most 3 bytes per UTF-16 code unit, so a file over 3× the limit in bytes is over
 * the limit in characters too and need not be read at all. Smaller files are read and measured
 * by the service exactly as in the editor.
 */
const MAX_BYTES_PER_UTF16_UNIT = 3;

function notChecked(reason: string, notice: Omit<Notice, 'start' | 'end'>): CheckResult {
  return { checked: false, reason, lines: new LineIndex(''), problems: [], notices: [{ start: 0, end: 0, ...notice }] };
}

/**
 * `converted`: the text to check instead of the file's bytes (a Word draft converted to Markdown),
 * or an error that says why it could not be converted.
 */
export function checkFile(file: string, explicit: boolean, ws: Workspace, converted?: { text: string } | { error: string }): CheckResult {
  const { settings } = ws;
  if (converted) {
    if ('error' in converted) return notChecked('unreadable', { code: 'document-unreadable', severity: 'warning', message: `clauselint: this Word document cannot be read (${converted.error}); it was not checked.` });
    const result = ws.service.check(file, converted.text, settings, { force: explicit, read: readPart });
    return { ...result, notices: [...result.notices, ...analysisNotices(result)] };
  }
  if (!explicit && settings.enable) {
    // Excluded files are not even read, as in the editor (which never opens them for checking).
    const relative = path.relative(ws.root, file);
    const inside = relative && !relative.startsWith('..') && !path.isAbsolute(relative);
    if (selectDocument(inside ? relative : file, settings, false) === 'skip') {
      return { checked: false, reason: 'excluded by clauselint.exclude', lines: new LineIndex(''), problems: [], notices: [] };
    }
  }
  let text: string;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) {
      return notChecked('unreadable', { code: 'document-unreadable', severity: 'warning', message: 'clauselint: this is not a regular file; it was not checked.' });
    }
    if (stat.size > settings.maxFileSizeKB * 1024 * MAX_BYTES_PER_UTF16_UNIT) {
      const message = `clauselint: this document is ${(stat.size / 1024).toFixed(0)} KB, over the clauselint.maxFileSizeKB limit of ${settings.maxFileSizeKB} KB; it was not checked.`;
      return notChecked('too large', { code: 'document-too-large', severity: 'info', message });
    }
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const message = `clauselint: this file cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); it was not checked.`;
    return notChecked('unreadable', { code: 'document-unreadable', severity: 'warning', message });
  }
  // Editors drop a UTF-8 byte order mark; without it positions would be one character off.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const result = ws.service.check(file, text, settings, { force: explicit, read: readPart });
  // Suppression problems and placeholders, exactly as the editor adds them to its diagnostics.
  return { ...result, notices: [...result.notices, ...analysisNotices(result)] };
}

/** Reads a part of a contract set from disk (undefined when it is not a readable regular file). */
export function readPart(file: string): string | undefined {
  try {
    return fs.statSync(file).isFile() ? fs.readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}
