// Workbench interactions that only some steps need, beside lib/workbench.mjs: a command whose quick
// pick asks a question, the Explorer's context menu, notification toasts, the extension details page
// and what the images inside webviews loaded. Each takes a Workbench and waits on DOM states.
import { waitUntil } from './wait.mjs';

const QUICK_INPUT = '.quick-input-widget';
const QUICK_ROW = `${QUICK_INPUT} .quick-input-list .monaco-list-row`;

/**
 * Palette → `command` → its quick pick → the row labelled `item`. Unlike Workbench.runCommand, the
 * quick-input widget stays open after the command (the command reuses it for its own question).
 */
export async function runCommandAndPick(wb, command, item) {
  const page = wb.page;
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector(`${QUICK_INPUT} .quick-input-box input`, { state: 'visible', timeout: 10000 });
  await page.keyboard.type(command);
  await page.locator(QUICK_ROW, { hasText: command }).first().click({ timeout: 10000 });
  // the command's own pick replaces the palette's rows: wait for its item, then choose it
  const row = page.locator(QUICK_ROW, { hasText: item }).first();
  try {
    await row.waitFor({ state: 'visible', timeout: 15000 });
  } catch {
    const offered = await page.locator(QUICK_ROW).allInnerTexts().catch(() => []);
    await page.keyboard.press('Escape');
    throw new Error(`"${command}" offered no "${item}" (offered: ${JSON.stringify(offered.slice(0, 8))})`);
  }
  await row.click();
  await page.waitForSelector(QUICK_INPUT, { state: 'hidden', timeout: 10000 });
  await wb.parkMouse();
}

/**
 * Right-click a file in the Explorer and choose `action` from its context menu with the keyboard
 * (arrows until the focused entry is the action, then Enter): a mouse click on a menu that is
 * still being positioned can land on another entry.
 */
export async function explorerContextAction(wb, fileName, action) {
  const page = wb.page;
  const row = page.locator('.explorer-folders-view .monaco-list-row', { has: page.locator('.label-name', { hasText: fileName }) }).first();
  await row.waitFor({ state: 'visible', timeout: 20000 });
  await row.click({ button: 'right' });
  // VS Code web draws its context menus itself (.monaco-menu, in a shadow root Playwright pierces)
  const entries = page.locator('.monaco-menu .action-item:not(.disabled) .action-label');
  const offered = await waitUntil(async () => {
    const labels = (await entries.allInnerTexts().catch(() => [])).map((l) => l.trim()).filter(Boolean);
    return labels.length ? labels : null;
  }, { on: wb.changes, timeoutMs: 10000, what: `the Explorer's context menu of ${fileName}` });
  if (!offered.includes(action)) {
    await page.keyboard.press('Escape');
    throw new Error(`the Explorer's context menu of ${fileName} has no "${action}" (offered: ${JSON.stringify(offered)})`);
  }
  const focused = () => page.locator('.monaco-menu .action-item.focused .action-label').first().innerText().then((t) => t.trim(), () => '');
  for (let i = 0; i <= offered.length && (await focused()) !== action; i++) await page.keyboard.press('ArrowDown');
  if ((await focused()) !== action) {
    await page.keyboard.press('Escape');
    throw new Error(`could not move the context menu's focus to "${action}"`);
  }
  await page.keyboard.press('Enter');
  await page.locator('.monaco-menu').first().waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
  await wb.parkMouse();
}

/** Wait for a notification toast whose text matches `pattern`; returns its text. */
export async function waitForNotification(wb, pattern, { timeoutMs = 20000 } = {}) {
  const toasts = wb.page.locator('.notifications-toasts .notification-toast .notification-list-item-message');
  let seen = [];
  try {
    return await waitUntil(async () => {
      seen = (await toasts.allInnerTexts().catch(() => [])).map((t) => t.trim());
      return seen.find((t) => pattern.test(t)) ?? null;
    }, { on: wb.changes, timeoutMs, what: `a notification matching ${pattern}` });
  } catch (error) {
    error.message += `; notifications seen: ${JSON.stringify(seen)}`;
    throw error;
  }
}

/** Dismiss every notification toast (they would cover a screenshot). */
export async function clearNotifications(wb) {
  const toasts = wb.page.locator('.notifications-toasts .notification-toast');
  for (let i = 0; i < 5 && (await toasts.count()); i++) {
    await wb.runCommand('Notifications: Clear All Notifications');
    await toasts.first().waitFor({ state: 'detached', timeout: 3000 }).catch(() => {});
  }
}

/**
 * Every image inside the workbench's webviews (nested iframes; Playwright lists each as a frame):
 * { frame, alt, src, complete, naturalWidth } per <img>, with `text` the frame's body text.
 */
export async function webviewImages(wb) {
  const frames = [];
  for (const frame of wb.page.frames()) {
    if (frame === wb.page.mainFrame()) continue;
    const info = await frame.evaluate(() => ({
      text: document.body?.innerText ?? '',
      images: [...document.images].map((img) => ({ alt: img.alt, src: img.getAttribute('src'), complete: img.complete, naturalWidth: img.naturalWidth })),
    })).catch(() => null);
    if (info) frames.push({ url: frame.url(), ...info });
  }
  return frames;
}

/**
 * Open the details page of an installed extension (Extensions view → Installed → its row) and
 * wait until its README webview shows `readmeText`; returns that frame's { text, images }.
 */
export async function openExtensionDetails(wb, displayName, readmeText, { timeoutMs = 30000 } = {}) {
  const page = wb.page;
  await page.keyboard.press('Control+Shift+X');
  const row = page.locator('.extensions-viewlet .monaco-list-row', { hasText: displayName }).first();
  await row.waitFor({ state: 'visible', timeout: 20000 });
  await row.click();
  await page.locator('.extension-editor').first().waitFor({ state: 'visible', timeout: 20000 });
  await wb.parkMouse();
  let frames = [];
  return waitUntil(async () => {
    frames = await webviewImages(wb);
    const readme = frames.find((f) => f.text.includes(readmeText));
    // a README's images are settled when each one has finished (loaded or failed)
    return readme && readme.images.every((i) => i.complete) ? readme : null;
  }, { on: wb.changes, timeoutMs, what: `the details page of ${displayName} to show "${readmeText}"` });
}
