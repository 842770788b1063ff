/** Shared by the editor-feature engine tests: the small, stable editor-test pack and helpers. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type AnalysisResult } from '../../server/src/engine/analyze';
import { loadCatalog } from '../../server/src/engine/catalog/load';

export const root = path.resolve(__dirname, '../..');
export const editorWorkspace = path.join(root, 'test/fixtures/workspaces/editor');
export const editorPack = loadCatalog([path.join(editorWorkspace, '.clauselint/packs/editor-test')]);

export function read(rel: string): string {
  return fs.readFileSync(path.join(root, rel), 'utf8');
}

export function check(text: string): AnalysisResult {
  return analyze(text, { catalog: editorPack, force: true });
}

export function finding(result: AnalysisResult, id: string) {
  const f = result.findings.find((x) => x.requirement.id === id);
  if (!f) throw new Error(`no finding for ${id}`);
  return f;
}

export function requirement(id: string) {
  const r = editorPack.requirements.find((x) => x.id === id);
  if (!r) throw new Error(`no requirement ${id}`);
  return r;
}
