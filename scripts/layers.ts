/**
 * The dependency rule between clauselint's layers (docs/architecture.md), checked over the sources
 * by test/architecture/layers.test.ts, which runs in `npm test`:
 *
 *   engine     imports nothing outside itself
 *   host       engine's door (engine/index.ts)
 *   reporters  host, engine's door
 *   cli        host, reporters, engine's door
 *   lsp        host, reporters, protocol, engine's door
 *   protocol   nothing at run time (type-only imports of engine's door)
 *   client     protocol only
 *
 * and only lsp and client may use the VS Code / language-server packages.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type Layer = 'engine' | 'host' | 'reporters' | 'cli' | 'lsp' | 'protocol' | 'client';

const ALLOWED: Record<Layer, readonly Layer[]> = {
  engine: ['engine'],
  host: ['host', 'engine'],
  reporters: ['reporters', 'host', 'engine'],
  cli: ['cli', 'host', 'reporters', 'engine'],
  lsp: ['lsp', 'host', 'reporters', 'protocol', 'engine'],
  protocol: ['protocol', 'engine'],
  client: ['client', 'protocol'],
};

/** Packages that tie code to an editor or to LSP. */
const EDITOR_PACKAGES = /^(vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc|vscode-languageserver-[a-z-]+)(\/|$)/;
const MAY_USE_EDITOR_PACKAGES: readonly Layer[] = ['lsp', 'client'];

export interface SourceFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  why: string;
}

export function layerOf(file: string): Layer | undefined {
  if (file.startsWith('client/src/')) return 'client';
  if (file === 'server/src/protocol.ts') return 'protocol';
  const m = /^server\/src\/(engine|host|reporters|cli|lsp)\//.exec(file);
  return m ? (m[1] as Layer) : undefined;
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

export function violations(files: readonly SourceFile[]): Violation[] {
  const found: Violation[] = [];
  for (const file of files) {
    const layer = layerOf(file.path);
    if (!layer) continue;
    for (const m of file.text.matchAll(IMPORT)) {
      const specifier = m[3] ?? m[4] ?? m[5]!;
      const typeOnly = !!m[2];
      const line = file.text.slice(0, m.index).split('\n').length;
      const report = (why: string): void => void found.push({ file: file.path, line, specifier, why });
      if (!specifier.startsWith('.')) {
        if (EDITOR_PACKAGES.test(specifier) && !MAY_USE_EDITOR_PACKAGES.includes(layer)) report(`${layer} may not use the editor/LSP package ${specifier}`);
        continue;
      }
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), specifier));
      const targetLayer = layerOf(target.endsWith('.ts') ? target : `${target}.ts`) ?? layerOf(`${target}/index.ts`);
      if (!targetLayer) {
        if (target.startsWith('server/') || target.startsWith('client/')) report(`${layer} imports ${target}, which belongs to no layer`);
        continue;
      }
      if (!ALLOWED[layer].includes(targetLayer)) {
        report(`${layer} may not import ${targetLayer}`);
        continue;
      }
      if (targetLayer === 'engine' && layer !== 'engine' && target !== 'server/src/engine' && target !== 'server/src/engine/index') {
        report(`outside the engine, import its door (server/src/engine), not ${target}`);
        continue;
      }
      if (layer === 'protocol' && !typeOnly) report('protocol may import the engine only with `import type` / `export type`');
    }
  }
  return found;
}

/** Every TypeScript source under server/src and client/src. */
export function readSources(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.ts')) files.push({ path: rel, text: fs.readFileSync(path.join(root, rel), 'utf8') });
    }
  };
  walk('server/src');
  walk('client/src');
  return files;
}
