/**
 * Work-done progress for checks that take a while (a large draft just opened): shown only once a
 * check has run longer than SHOW_AFTER_MS, so typing in a small draft never flashes it. A check
 * cancelled by a newer edit ends its progress with a message saying so.
 */
import * as path from 'node:path';
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import { URI } from '../host/uri';

const SHOW_AFTER_MS = 250;

export const SUPERSEDED = 'stopped: the document changed';

export class CheckProgress {
  private reporter: Promise<WorkDoneProgressServerReporter | undefined> | undefined;
  private percentage = 0;

  constructor(
    private readonly connection: Connection,
    private readonly uri: string,
  ) {}

  /** Called between slices of the check. */
  update(progress: number, elapsedMs: number): void {
    const percentage = Math.min(100, Math.round(progress * 100));
    if (!this.reporter) {
      if (elapsedMs < SHOW_AFTER_MS) return;
      const name = path.basename(URI.toPath(this.uri) ?? this.uri);
      this.percentage = percentage;
      this.reporter = this.connection.window.createWorkDoneProgress().then(
        (reporter) => {
          reporter.begin('clauselint', this.percentage, `checking ${name}`, false);
          return reporter;
        },
        () => undefined,
      );
      return;
    }
    if (percentage === this.percentage) return;
    this.percentage = percentage;
    void this.reporter.then((reporter) => reporter?.report(percentage));
  }

  /** The check finished, or stopped with `message`. */
  done(message?: string): void {
    void this.reporter?.then((reporter) => {
      if (message) reporter?.report(message);
      reporter?.done();
    });
  }
}
