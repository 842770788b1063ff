// Compare what an editor shows with what the engine computes.

const key = (d) => `${d.code} | ${d.severity} | Ln ${d.line}, Col ${d.column} | ${d.message}`;

/**
 * Problems-panel rows (or 1-based diagnostics) against the engine's expectation; only rows whose
 * source is clauselint count. Returns { ok, missing, unexpected }.
 */
export function compareDiagnostics(shown, expected) {
  const ours = shown.filter((d) => d.source === 'clauselint');
  const have = new Map();
  for (const d of ours) have.set(key(d), (have.get(key(d)) ?? 0) + 1);
  const missing = [];
  for (const d of expected) {
    const k = key(d);
    if (have.get(k)) have.set(k, have.get(k) - 1);
    else missing.push(k);
  }
  const unexpected = [...have].flatMap(([k, n]) => Array(n).fill(k));
  return { ok: missing.length === 0 && unexpected.length === 0, missing, unexpected };
}

/** LSP diagnostics (0-based, numeric severity) → the 1-based shape the Problems panel shows. */
export function fromLsp(diagnostics) {
  const severity = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
  return diagnostics.map((d) => ({ code: d.code === undefined ? null : String(d.code), source: d.source ?? null,
    severity: severity[d.severity ?? 1], message: d.message, line: d.range.start.line + 1, column: d.range.start.character + 1 }));
}

/** Line `n` (1-based) of a text. */
export function lineOf(text, n) {
  return text.split(/\r?\n/)[n - 1] ?? '';
}
