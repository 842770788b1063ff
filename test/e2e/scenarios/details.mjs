// Issue 16 in the real VS Code: the extension's details page (Extensions view → clauselint), whose
// README webview shows README.marketplace.md as packaged, and what its pictures load.
//
// 1. The package as `npm run package` builds it (relative image paths, --no-rewrite-relative-links):
//    the page shows that README with every picture's element, and no picture is broken. VS Code's
//    details page, however, displays only https images: its Markdown sanitizer drops relative
//    image sources (renderMarkdownDocument without allowRelativeMediaPaths) and its CSP is
//    `img-src https: data:`. How many it dropped is reported as a note, not as a pass.
// 2. The same package with its images at an https home, as vsce writes them when publishing
//    (--baseImagesUrl, or a repository in package.json): served here from docs/images by a local
//    https server (self-signed; the browser context ignores certificate errors), every picture of
//    the page loads (naturalWidth > 0) and each was fetched from that server. Screenshot of that page.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { REPO, run } from '../lib/tools.mjs';
import { openExtensionDetails } from '../lib/ui.mjs';
import { zipEntries } from '../lib/vsix.mjs';
import { Workbench, waitUntil } from '../lib/workbench.mjs';

const DISPLAY_NAME = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).displayName;

export async function detailsScenario({ report, env, vsix, artifacts, log, screenshotsOut }) {
  const ws = path.join(artifacts, 'ws-details');
  fs.mkdirSync(ws, { recursive: true });
  fs.writeFileSync(path.join(ws, 'notes.md'), '# Notes\n');
  const shipped = packagedReadme(vsix);
  if (!report.check(`precondition: the packaged README has a title and pictures (${shipped.pictures.length})`, shipped.title && shipped.pictures.length > 0, shipped)) return {};

  await report.time('VS Code: details page of the package as built', () => withSession({ env, vsix, workspace: ws, runDir: path.join(artifacts, 'details'), log }, async (wb) => {
    const page = await openExtensionDetails(wb, DISPLAY_NAME, shipped.title);
    const alts = page.images.map((i) => i.alt);
    report.check(`the details page shows the packaged README ("${shipped.title}") with all ${shipped.pictures.length} pictures`,
      shipped.pictures.every((p) => alts.includes(p.alt)), { shown: alts, packaged: shipped.pictures.map((p) => p.alt) });
    const { broken, dropped } = classify(page.images);
    report.check('no picture on the details page is broken (a source that does not load)', broken.length === 0, broken);
    if (dropped.length) {
      report.note(`VS Code shows ${dropped.length} of ${page.images.length} pictures of the packaged README without a source: its details page drops relative image paths\n`
        + '(Markdown sanitizer without allowRelativeMediaPaths; CSP img-src https: data:). Published pictures need an https home: see docs/publishing.md.');
    }
  }));

  // the same package, with the pictures at an https home (a local server standing in for the repository's raw URLs)
  const server = await imageServer(artifacts);
  if (!report.check('a local https server for docs/images (self-signed certificate, openssl)', server.ok, server.error)) return {};
  try {
    const base = `https://127.0.0.1:${server.port}/`;
    const published = path.join(artifacts, 'clauselint-https-images.vsix');
    const pack = await report.time('vsce package with --baseImagesUrl', () => packageWithImagesAt(base, published, path.join(artifacts, 'package-https.log')));
    const readme = pack.code === 0 ? packagedReadme(published) : null;
    if (!report.check(`vsce rewrites the README's pictures to ${base}docs/images/…`, readme && readme.pictures.length === shipped.pictures.length && readme.pictures.every((p) => p.src.startsWith(`${base}docs/images/`)),
      readme?.pictures ?? `${pack.stdout}\n${pack.stderr}`.trim().split('\n').slice(-15).join('\n'))) return {};

    await report.time('VS Code: details page with the pictures at an https home', () => withSession({ env, vsix: published, workspace: ws, runDir: path.join(artifacts, 'details-https'), log,
      browserContext: { ignoreHTTPSErrors: true }, viewport: { width: 1280, height: 900 } }, async (wb) => {
      const page = await openExtensionDetails(wb, DISPLAY_NAME, readme.title);
      const { loaded, broken, dropped } = classify(page.images);
      report.check(`every picture on the details page loads (naturalWidth > 0): ${loaded.length} of ${readme.pictures.length}`,
        loaded.length === readme.pictures.length && broken.length === 0 && dropped.length === 0, { broken, dropped });
      const fetched = readme.pictures.filter((p) => server.served.has(new URL(p.src).pathname));
      report.check('…each fetched from the https home by the page', fetched.length === readme.pictures.length, { served: [...server.served] });
      await showFirstPicture(wb, readme.title);
      await wb.shot(path.join(screenshotsOut, 'extension-details.png'));
    }));
  } finally {
    server.close();
  }
  return {};
}

/** Run `body` in a fresh VS Code session; extension-host errors of clauselint fail the step. */
async function withSession(options, body) {
  const wb = await Workbench.open(options);
  try {
    await body(wb);
  } catch (error) {
    error.message += ` (screenshot: ${await wb.failureShot()})`;
    throw error;
  } finally {
    await wb.close();
  }
}

/** The packaged README: its title and its pictures ({ alt, src }). */
function packagedReadme(vsixFile) {
  const zip = zipEntries(vsixFile);
  const entry = zip.entries.find((e) => /^extension\/readme\.md$/i.test(e.name));
  const text = entry ? zip.read(entry.name) : '';
  return {
    title: /^# (.+)$/m.exec(text)?.[1]?.trim() ?? null,
    pictures: [...text.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?/g)].map((m) => ({ alt: m[1], src: m[2] })),
  };
}

/** Loaded (naturalWidth > 0), broken (a source that did not load) and dropped (no source at all). */
function classify(images) {
  return {
    loaded: images.filter((i) => i.src && i.complete && i.naturalWidth > 0),
    broken: images.filter((i) => i.src && !(i.complete && i.naturalWidth > 0)),
    dropped: images.filter((i) => !i.src),
  };
}

/** `npm run package`'s vsce command, with the README's pictures rewritten to `base` instead of kept relative. */
async function packageWithImagesAt(base, out, logFile) {
  const script = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).scripts.package;
  const vsce = script.slice(script.indexOf('vsce package') + 'vsce package'.length).trim().split(/\s+/);
  const args = [];
  for (let i = 0; i < vsce.length; i++) {
    if (vsce[i] === '--no-rewrite-relative-links') continue;
    if (vsce[i] === '--out') i++;
    else args.push(vsce[i]);
  }
  return run(path.join(REPO, 'node_modules', '.bin', 'vsce'), ['package', ...args, '--baseImagesUrl', base, '--baseContentUrl', base, '--out', out], { logFile });
}

/** An https server on 127.0.0.1 for the repository's docs/images; `served` collects the paths it sent. */
async function imageServer(artifacts) {
  const dir = path.join(artifacts, 'https-images');
  fs.mkdirSync(dir, { recursive: true });
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8' });
  if (made.error || made.status !== 0) return { ok: false, error: made.error?.message ?? made.stderr };
  const images = path.join(REPO, 'docs', 'images');
  const served = new Set();
  const server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'https://127.0.0.1').pathname);
    const file = path.join(images, path.basename(pathname));
    if (!pathname.startsWith('/docs/images/') || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    served.add(pathname);
    res.writeHead(200, { 'Content-Type': 'image/png', 'Access-Control-Allow-Origin': '*' }).end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { ok: true, port: server.address().port, served, close: () => server.close() };
}

/**
 * Scroll the README with the mouse wheel (as a reader does) until the heading above its first
 * picture is at the top of the page, so that the picture is on screen.
 */
async function showFirstPicture(wb, title) {
  const frame = wb.page.frames().find((f) => f !== wb.page.mainFrame() && f.url().includes('fake.html'));
  const headingTop = () => frame?.evaluate((t) => {
    if (!document.body?.innerText.includes(t) || !document.images.length) return null;
    const img = document.images[0];
    const heading = [...document.querySelectorAll('h2')].filter((h) => h.compareDocumentPosition(img) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
    return (heading ?? img).getBoundingClientRect().top;
  }, title).catch(() => null);
  const box = await wb.page.locator('.extension-editor .body').first().boundingBox().catch(() => null);
  const top = await headingTop();
  if (!box || top === null || top === undefined || top < 40) return;
  await wb.page.mouse.move(box.x + box.width / 3, box.y + box.height / 2);
  await wb.page.mouse.wheel(0, top - 20);
  await waitUntil(async () => ((await headingTop()) ?? 0) < 60, { on: wb.changes, timeoutMs: 5000, what: 'the README to scroll' }).catch(() => {});
}
