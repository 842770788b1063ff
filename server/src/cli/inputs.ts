/**
 * Command-line paths → the files to check. A named file is always checked (like the editor's
 * "Check this document"); folders and globs only propose Markdown files, which then go through the
 * editor's selection rules (exclude/include globs, front matter, contract shape).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
// `require`, not `import`: tinyglobby's ESM build pulls in fdir's ESM build, whose
// createRequire(import.meta.url) breaks once esbuild bundles it as CommonJS.
import tinyglobby = require('tinyglobby');

const { globSync, isDynamicPattern } = tinyglobby;

/** The extensions VS Code opens as Markdown. */
export const MARKDOWN_EXTENSIONS = ['md', 'markdown', 'mdown', 'mkd', 'mkdn', 'mdwn'];
const MARKDOWN_GLOB = `**/*.{${MARKDOWN_EXTENSIONS.join(',')}}`;
/** Never crawled: dependencies and version-control data hold no drafts and can be huge. */
const NEVER_CRAWLED = ['**/node_modules/**', '**/.git/**'];

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Named on the command line (always checked) rather than found in a folder or by a glob. */
  explicit: boolean;
}

/** `empty`: quoted globs that matched no Markdown file (a repository without drafts yet is not an error). */
export type Inputs = { ok: true; files: InputFile[]; empty: string[] } | { ok: false; errors: string[] };

export function expandInputs(args: string[], cwd: string): Inputs {
  const files = new Map<string, InputFile>();
  const errors: string[] = [];
  const empty: string[] = [];
  const add = (file: string, explicit: boolean): void => {
    const existing = files.get(file);
    if (existing) existing.explicit ||= explicit;
    else files.set(file, { path: file, explicit });
  };
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const stat = statOrUndefined(absolute);
    if (stat?.isDirectory()) {
      for (const f of crawl(MARKDOWN_GLOB, absolute, false)) add(f, false);
    } else if (stat) {
      add(absolute, true); // even a FIFO or device: checking it reports that it cannot be read
    } else if (isDynamicPattern(arg)) {
      const matches = crawl(arg.replace(/\\/g, '/'), cwd, true).filter(isMarkdown);
      if (!matches.length) empty.push(`no Markdown files match "${arg}"`);
      for (const f of matches) add(f, false);
    } else {
      errors.push(`no such file or folder: ${arg}`);
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, files: [...files.values()], empty };
}

function crawl(pattern: string, cwd: string, caseSensitiveMatch: boolean): string[] {
  return globSync(pattern, { cwd, absolute: true, onlyFiles: true, ignore: NEVER_CRAWLED, followSymbolicLinks: false, caseSensitiveMatch })
    .map((f) => path.normalize(f))
    .sort();
}

function isMarkdown(file: string): boolean {
  return MARKDOWN_EXTENSIONS.includes(path.extname(file).slice(1).toLowerCase());
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}
