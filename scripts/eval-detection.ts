/**
 * Contract detection measured on documents whose answer is known:
 * - non-contracts: the READMEs, changelogs, licences and docs pages shipped in the project's own
 *   node_modules (a deterministic sample; none of them is a contract draft) plus clauselint's own
 *   README.md and docs/*.md;
 * - contracts: the evaluation corpus (../shared/eval/corpus), every file of which is a contract or
 *   contract-adjacent text the checker is meant to read.
 * The engine decides each file exactly as the editor and a folder crawl do (no forcing).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decideContract } from '../server/src/engine/contract';
import { parseDocument } from '../server/src/engine/parse';
import { detectParties } from '../server/src/engine/parties';

const repoRoot = path.resolve(__dirname, '..');

/** File names that a package ships as documentation (any extension, or none). */
const DOC_NAME = /^(readme|changelog|changes|history|license|licence|contributing|security|code_of_conduct|authors|notice|upgrading|migrating)([._-].*)?$/i;
const MARKDOWN = /\.(md|markdown|mdown|mkd|mdx)$/i;
const MAX_BYTES = 512 * 1024;

function walk(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if (e.isFile() && (MARKDOWN.test(e.name) || DOC_NAME.test(e.name))) out.push(full);
  }
}

/** Documentation files under node_modules, sorted, text only, at most `limit` (evenly spaced when more). */
export function nodeModulesDocs(root = repoRoot, limit = 5000): string[] {
  const all: string[] = [];
  walk(path.join(root, 'node_modules'), all);
  const text = all.filter((f) => {
    const size = fs.statSync(f).size;
    if (size === 0 || size > MAX_BYTES) return false;
    return !fs.readFileSync(f).subarray(0, 4096).includes(0);
  });
  if (text.length <= limit) return text;
  const step = text.length / limit;
  return Array.from({ length: limit }, (_, i) => text[Math.floor(i * step)]!);
}

/** clauselint's own documentation. */
export function ownDocs(root = repoRoot): string[] {
  const docs = path.join(root, 'docs');
  const inDocs = fs.existsSync(docs) ? fs.readdirSync(docs).filter((f) => MARKDOWN.test(f)).sort().map((f) => path.join(docs, f)) : [];
  return [path.join(root, 'README.md'), path.join(root, 'CHANGELOG.md'), ...inDocs].filter((f) => fs.existsSync(f));
}

export function corpusContracts(corpusDir = path.join(repoRoot, '../shared/eval/corpus')): string[] {
  if (!fs.existsSync(corpusDir)) return [];
  return fs.readdirSync(corpusDir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => path.join(corpusDir, f));
}

export function judgeFile(file: string): { isContract: boolean; reason: string } {
  const doc = parseDocument(fs.readFileSync(file, 'utf8'));
  return decideContract(doc, detectParties(doc));
}

export interface DetectionReport {
  nonContracts: number;
  falsePositives: string[];
  contracts: number;
  missed: string[];
}

export function measureDetection(nonContracts: string[], contracts: string[]): DetectionReport {
  return {
    nonContracts: nonContracts.length,
    falsePositives: nonContracts.filter((f) => judgeFile(f).isContract),
    contracts: contracts.length,
    missed: contracts.filter((f) => !judgeFile(f).isContract),
  };
}

/** The lines `npm run eval` prints. */
export function printDetection(corpusDir?: string): void {
  const nonContracts = [...nodeModulesDocs(), ...ownDocs()];
  const r = measureDetection(nonContracts, corpusContracts(corpusDir));
  const rate = r.nonContracts ? (100 * r.falsePositives.length) / r.nonContracts : 0;
  console.log(`\nContract detection (no forcing, as in the editor and a folder crawl):`);
  console.log(`  non-contract Markdown (node_modules docs + clauselint's own docs): ${r.falsePositives.length}/${r.nonContracts} read as contracts = ${rate.toFixed(2)}% false positives (target ≤ 0.5%)`);
  for (const f of r.falsePositives) console.log(`    FP ${path.relative(repoRoot, f)}: ${judgeFile(f).reason}`);
  console.log(`  corpus contracts detected: ${r.contracts - r.missed.length}/${r.contracts}`);
  for (const f of r.missed) console.log(`    MISSED ${path.basename(f)}: ${judgeFile(f).reason}`);
}

if (require.main === module) printDetection();
