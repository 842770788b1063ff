/**
 * A one-line progress indicator for batch runs, on stderr and only when stderr is a terminal:
 * redirected or piped output never gets control characters, and stdout carries only the report.
 */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** Redraw at most this often: a terminal cannot show faster updates anyway. */
const REDRAW_MS = 80;

export class Progress {
  private readonly enabled: boolean;
  private done = 0;
  private lastDraw = -Infinity;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.enabled = stream.isTTY === true && total > 1;
  }

  /** Call before checking each file. */
  start(file: string): void {
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    const head = `clauselint: ${this.done}/${this.total} `;
    const room = Math.max(10, (this.stream.columns || 80) - head.length - 1); // a pty may report 0 columns
    const name = file.length > room ? `…${file.slice(file.length - room + 1)}` : file;
    this.stream.write(`\r\u001b[2K${head}${name}`);
    this.drawn = true;
  }

  finish(): void {
    this.done++;
  }

  /** Erases the line, so the terminal shows only what comes next. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\u001b[2K');
    this.drawn = false;
  }
}
