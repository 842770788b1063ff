import * as fs from 'node:fs';
import * as path from 'node:path';
import { TestClient } from '../test/protocol/lsp-client';
const root = path.resolve(__dirname, '..');
const rss = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
async function main(): Promise<void> {
  const text = fs.readFileSync('/tmp/perf10/big.md', 'utf8');
  const client = new TestClient();
  client.settings = { debounceMs: 0 };
  await client.initialize(root);
  const idle = rss(client.process.pid!);
  const uri = 'file:///bench/contract.md';
  await client.open(uri, text);
  const lines = text.split('\n');
  const line = Math.floor(lines.length / 2);
  for (let i = 0; i < 20; i++) await client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }]);
  await new Promise((r) => setTimeout(r, 2500));
  const open = rss(client.process.pid!);
  await client.shutdown();
  console.log(JSON.stringify({ idle: Math.round(idle), open: Math.round(open) }));
}
void main();
