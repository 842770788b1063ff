/**
 * Contract sets in the editor: which open document is a part of which main document. A main
 * document's check reads its parts (open ones from the editor, closed ones from disk) and reports
 * each part's findings on the part; a part's own check is replaced by its main document's. A part
 * opened before its main is found by looking at the Markdown files beside it (and the `contracts`
 * setting).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { declaredParts, parseDocument } from '../engine';
import type { FileReader } from '../host/contract-sets';
import type { SetCheck } from '../host/service';
import type { Settings } from '../host/settings';
import { URI } from '../host/uri';

/** Markdown files beside a part that are read to find its main document, at most. */
const MAX_SIBLINGS = 200;
const MAX_SIBLING_BYTES = 1024 * 1024;
const MARKDOWN = /\.(?:md|markdown|mdown|mkd|mkdn|mdwn)$/i;

export class ContractSets {
  /** Part URI → main URI. */
  private readonly mainOf = new Map<string, string>();
  /** Main URI → its parts (URIs) and every file it names (paths). */
  private readonly sets = new Map<string, { parts: string[]; named: string[] }>();
  /** Parts already looked for (so siblings are read once per document). */
  private readonly searched = new Set<string>();

  constructor(private readonly documents: TextDocuments<TextDocument>) {}

  /** Reads a part: the editor's text when it is open, else the file on disk. */
  readonly read: FileReader = (file) => {
    const open = this.documents.get(URI.fromPath(file));
    if (open) return open.getText();
    try {
      return fs.statSync(file).isFile() ? fs.readFileSync(file, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  };

  mainFor(uri: string): string | undefined {
    return this.mainOf.get(uri);
  }

  partsOf(mainUri: string): string[] {
    return this.sets.get(mainUri)?.parts ?? [];
  }

  /**
   * Records a main document's latest check. Returns the parts it no longer has (they are checked
   * on their own again).
   */
  record(mainUri: string, set: SetCheck | undefined): string[] {
    const before = this.sets.get(mainUri)?.parts ?? [];
    const parts = set ? set.parts.map((p) => p.file).filter((p) => p !== mainUri) : [];
    if (set) this.sets.set(mainUri, { parts, named: set.named });
    else this.sets.delete(mainUri);
    for (const p of parts) this.mainOf.set(p, mainUri);
    const dropped = before.filter((p) => !parts.includes(p) && this.mainOf.get(p) === mainUri);
    for (const p of dropped) this.mainOf.delete(p);
    return dropped;
  }

  /** Main documents that name `file` (absolute path) as a part, read or not: a change to it concerns them. */
  mainsNaming(file: string): string[] {
    return [...this.sets].filter(([, s]) => s.named.includes(file)).map(([main]) => main);
  }

  /** The part is not (or no longer) in its main document's set: it is checked on its own. */
  release(partUri: string): void {
    this.mainOf.delete(partUri);
  }

  /**
   * The main document of a part that was opened on its own: a Markdown file beside it that names
   * it (front matter or link), or a `contracts` entry of the settings. Looked for once per document.
   */
  discover(uri: string, settings: Settings, folder: string | undefined): string | undefined {
    const known = this.mainOf.get(uri);
    if (known || this.searched.has(uri)) return known;
    this.searched.add(uri);
    const file = URI.toPath(uri);
    if (!file) return undefined;
    const base = folder ?? path.dirname(file);
    const configured = settings.contracts.find((c) => c.parts.some((p) => path.resolve(base, p) === file));
    if (configured) return this.claim(uri, URI.fromPath(path.resolve(base, configured.main)));
    let names: string[];
    try {
      names = fs.readdirSync(path.dirname(file)).filter((n) => MARKDOWN.test(n)).slice(0, MAX_SIBLINGS);
    } catch {
      return undefined;
    }
    const own = path.basename(file);
    for (const name of names) {
      const sibling = path.join(path.dirname(file), name);
      if (sibling === file) continue;
      const text = this.readSmall(sibling);
      // Cheap test first: a main document that names the part has its file name in it.
      if (!text || !(text.includes(own) || text.includes(encodeURI(own)))) continue;
      const refs = declaredParts(parseDocument(text), { links: settings.partLinks });
      if (refs.some((r) => path.resolve(path.dirname(sibling), r.target) === file)) return this.claim(uri, URI.fromPath(sibling));
    }
    return undefined;
  }

  private claim(partUri: string, mainUri: string): string {
    this.mainOf.set(partUri, mainUri);
    return mainUri;
  }

  private readSmall(file: string): string | undefined {
    const open = this.documents.get(URI.fromPath(file));
    if (open) return open.getText();
    try {
      const stat = fs.statSync(file);
      return stat.isFile() && stat.size <= MAX_SIBLING_BYTES ? fs.readFileSync(file, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  }
}
