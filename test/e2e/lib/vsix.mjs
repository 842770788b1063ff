// What a .vsix holds, and which relative links of its README point inside it.
import fs from 'node:fs';
import zlib from 'node:zlib';

/** The entries of a zip file, read from its central directory (no dependency). */
export function zipEntries(file) {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file}: not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    entries.push({ name, method, size, local });
    at += 46 + nameLength + extra + comment;
  }
  return { entries, read: (name) => readEntry(buf, entries.find((e) => e.name === name)) };
}

function readEntry(buf, entry) {
  if (!entry) return undefined;
  const start = entry.local + 30 + buf.readUInt16LE(entry.local + 26) + buf.readUInt16LE(entry.local + 28);
  const data = buf.subarray(start, start + entry.size);
  return (entry.method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
}

/** Relative link and image targets of a Markdown text (inline and reference style), without #anchors. */
export function relativeTargets(markdown) {
  const text = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  const targets = [
    ...[...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
    ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((m) => m[1]),
    ...[...text.matchAll(/<img[^>]+src="([^"]+)"/g)].map((m) => m[1]),
  ];
  return [...new Set(targets)]
    .filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith('#') && !t.startsWith('//'))
    .map((t) => decodeURI(t.replace(/#.*$/, '')));
}

/** Relative targets of the packaged README that are not files in the package. */
export function brokenReadmeLinks(vsixFile) {
  const zip = zipEntries(vsixFile);
  const readme = zip.entries.find((e) => /^extension\/readme\.md$/i.test(e.name));
  if (!readme) return { readme: undefined, broken: ['(no extension/readme.md in the package)'], targets: [] };
  const text = zip.read(readme.name);
  const names = new Set(zip.entries.map((e) => e.name));
  const targets = relativeTargets(text);
  return { readme: text, targets, broken: targets.filter((t) => !names.has(`extension/${t.replace(/^\.\//, '')}`)) };
}
