import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { layerOf, readSources, violations } from '../../scripts/layers';

const root = path.resolve(__dirname, '../..');

describe('layers: the dependency rule', () => {
  it('holds for every source file', () => {
    const sources = readSources(root);
    assert.ok(sources.length > 50, 'the sources were read');
    assert.ok(sources.every((s) => layerOf(s.path)), `every file belongs to a layer: ${sources.filter((s) => !layerOf(s.path)).map((s) => s.path).join(', ')}`);
    assert.deepEqual(violations(sources), []);
  });

  it('catches an engine module that imports the host, or an editor package', () => {
    const found = violations([
      { path: 'server/src/engine/match.ts', text: "import { AnalysisService } from '../host/service';\nimport { Hover } from 'vscode-languageserver/node';\n" },
    ]);
    assert.deepEqual(
      found.map((v) => [v.line, v.why]),
      [
        [1, 'engine may not import host'],
        [2, 'engine may not use the editor/LSP package vscode-languageserver/node'],
      ],
    );
  });

  it('catches code outside the engine that goes past its door', () => {
    const found = violations([{ path: 'server/src/lsp/features/hover.ts', text: "import { citationOf } from '../../engine/fixes';\nimport { citationOf as c } from '../../engine';\n" }]);
    assert.deepEqual(found.map((v) => v.line), [1]);
    assert.match(found[0]!.why, /import its door/);
  });

  it('lets the client import the protocol and nothing else of the server', () => {
    const found = violations([
      { path: 'client/src/coverage-view.ts', text: "import { CLIENT_COMMANDS } from '../../server/src/protocol';\nimport type { Coverage } from '../../server/src/engine';\nimport { csvField } from '../../server/src/reporters/escape';\n" },
    ]);
    assert.deepEqual(found.map((v) => [v.line, v.why]), [
      [2, 'client may not import engine'],
      [3, 'client may not import reporters'],
    ]);
  });

  it('lets the protocol name engine types but not run engine code', () => {
    const found = violations([{ path: 'server/src/protocol.ts', text: "export type { Coverage } from './engine';\nimport { coverageOf } from './engine';\n" }]);
    assert.deepEqual(found.map((v) => v.line), [2]);
  });

  it('keeps the CLI, host and reporters free of the language-server packages', () => {
    for (const file of ['server/src/cli/run.ts', 'server/src/host/service.ts', 'server/src/reporters/text.ts']) {
      assert.equal(violations([{ path: file, text: "import { TextDocument } from 'vscode-languageserver-textdocument';\n" }]).length, 1, file);
    }
  });
});
