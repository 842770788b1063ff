// Named checks with a one-line verdict each; pending checks are reported as failures, never as
// passes, so a feature that has not landed cannot make the run green.
const COLORS = process.stdout.isTTY ? { red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', bold: '\x1b[1m', off: '\x1b[0m' }
  : { red: '', green: '', yellow: '', bold: '', off: '' };

export class Report {
  constructor() {
    this.results = [];
    this.timings = [];
    this.notes = [];
  }

  /** A finding that is neither a pass nor a failure (a known limitation, for the lead to see); repeated in the summary. */
  note(text) {
    this.notes.push(text);
    process.stdout.write(`  ${COLORS.yellow}note${COLORS.off} ${text.split('\n').join('\n       ')}\n`);
  }

  /** Record a check: `ok` true/false, `detail` printed when it fails (string or object). */
  check(name, ok, detail) {
    this.results.push({ name, ok: !!ok, detail: ok ? undefined : detail });
    const mark = ok ? `${COLORS.green}ok  ${COLORS.off}` : `${COLORS.red}FAIL${COLORS.off}`;
    process.stdout.write(`  ${mark} ${name}\n`);
    if (!ok && detail !== undefined) {
      const text = typeof detail === 'string' ? detail : JSON.stringify(detail, null, 2);
      process.stdout.write(`${text.split('\n').slice(0, 40).map((l) => `         ${l}`).join('\n')}\n`);
    }
    return !!ok;
  }

  /** A step that threw: recorded as a failed check. */
  error(name, error) {
    return this.check(name, false, error instanceof Error ? error.stack ?? error.message : String(error));
  }

  section(title) {
    process.stdout.write(`\n${COLORS.bold}${title}${COLORS.off}\n`);
  }

  async time(name, fn) {
    const start = Date.now();
    try {
      return await fn();
    } finally {
      this.timings.push([name, Date.now() - start]);
    }
  }

  get failed() {
    return this.results.filter((r) => !r.ok);
  }

  summary(totalMs) {
    process.stdout.write(`\n${COLORS.bold}timings${COLORS.off}\n`);
    for (const [name, ms] of this.timings) process.stdout.write(`  ${name.padEnd(44)} ${(ms / 1000).toFixed(1).padStart(6)} s\n`);
    process.stdout.write(`  ${'total'.padEnd(44)} ${(totalMs / 1000).toFixed(1).padStart(6)} s\n`);
    const failed = this.failed;
    const passed = this.results.length - failed.length;
    const color = failed.length ? COLORS.red : COLORS.green;
    for (const n of this.notes) process.stdout.write(`\n${COLORS.yellow}note${COLORS.off} ${n.split('\n').join('\n     ')}\n`);
    process.stdout.write(`\n${color}${COLORS.bold}e2e: ${passed} passed, ${failed.length} failed${COLORS.off}\n`);
    for (const f of failed) process.stdout.write(`  ${COLORS.red}FAIL${COLORS.off} ${f.name}\n`);
  }
}

/** A banner nobody scrolls past: the end-to-end tests could not run for a reason outside the project. */
export function infrastructureBanner(reason, hint) {
  const line = '#'.repeat(100);
  const body = [
    'END-TO-END TESTS DID NOT RUN: the real-editor tools could not be set up.',
    '',
    ...reason.split('\n'),
    '',
    ...(hint ? hint.split('\n') : []),
    'This is not a pass. Nothing was checked in VS Code or Neovim.',
  ];
  process.stdout.write(`\n${COLORS.red}${COLORS.bold}${line}\n${body.map((l) => `## ${l}`).join('\n')}\n${line}${COLORS.off}\n`);
}
