/**
 * Per input file: which config file applies, the settings it yields with the command-line flags
 * on top, the workspace root, and the catalog. Every configuration problem is collected (not
 * thrown) so the user sees all of them at once; any of them stops the run with exit code 2.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigFinder, loadConfigFile, type ConfigFile } from '../host/config';
import type { Catalog } from '../engine';
import { AnalysisService } from '../host/service';
import { normalizeSettings, type Settings } from '../host/settings';
import type { CliOptions } from './options';

export interface Workspace {
  /** Globs are relative to it and workspace packs live in its .clauselint/packs/. */
  root: string;
  configFile?: string;
  settings: Settings;
  catalog: Catalog;
  service: AnalysisService;
}

export class Workspaces {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];
  private readonly finder = new ConfigFinder();
  private missingConfig = false;
  private readonly configs = new Map<string, ConfigFile | undefined>();
  private readonly byConfig = new Map<string, Workspace | undefined>();
  private readonly explicitConfig: string | false | undefined;

  constructor(
    private readonly options: CliOptions,
    private readonly cwd: string,
  ) {
    this.explicitConfig = typeof options.config === 'string' ? path.resolve(cwd, options.config) : options.config;
    if (typeof this.explicitConfig === 'string' && !isFile(this.explicitConfig)) {
      this.errors.push(`--config: no such file: ${options.config}`);
      this.missingConfig = true;
    }
  }

  /** The workspace of a file, or undefined when its configuration is broken (see `errors`). */
  for(file: string): Workspace | undefined {
    if (this.missingConfig) return undefined; // already reported once, by name as given
    const configFile = this.explicitConfig === false ? undefined : this.explicitConfig ?? this.finder.find(path.dirname(file));
    const key = configFile ?? '';
    if (!this.byConfig.has(key)) this.byConfig.set(key, this.create(configFile));
    return this.byConfig.get(key);
  }

  private create(configFile: string | undefined): Workspace | undefined {
    const config = configFile ? this.load(configFile) : undefined;
    if (configFile && !config) return undefined;
    const where = configFile ? path.relative(this.cwd, configFile) || configFile : 'settings';
    const { settings, problems } = normalizeSettings(this.withFlags(config?.raw ?? {}));
    // Unlike the editor, do not fall back to defaults: a CI gate must not pass on a typo.
    // settings.ts words problems for the editor ("clauselint.x: …; using the default").
    for (const p of problems) this.errors.push(`${where}: ${p.replace(/^clauselint\./, '').replace(/; (using the default|ignored)$/, '')}`);
    if (problems.length) return undefined;

    const root = configFile ? path.dirname(configFile) : this.cwd;
    const service = new AnalysisService([root]);
    const catalog = service.catalogFor(settings, root);
    for (const p of catalog.problems) {
      const file = p.file === 'settings' ? where : path.relative(this.cwd, p.file) || p.file;
      this.errors.push(`${file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}: ${p.message.replace(/^clauselint\./, '')}`);
    }
    if (catalog.problems.length) return undefined;
    const known = new Set(catalog.requirements.map((r) => r.id));
    for (const id of Object.keys(settings.severity)) {
      if (!known.has(id)) this.warnings.push(`${where}: severity: no requirement "${id}" in the packs ${settings.packs.join(', ')}; the setting has no effect`);
    }
    return { root, configFile, settings, catalog, service };
  }

  private load(configFile: string): ConfigFile | undefined {
    if (!this.configs.has(configFile)) {
      const loaded = loadConfigFile(configFile);
      if (loaded.ok) this.configs.set(configFile, loaded.config);
      else {
        this.errors.push(...loaded.errors.map((e) => e.replace(configFile, path.relative(this.cwd, configFile) || configFile)));
        this.configs.set(configFile, undefined);
      }
    }
    return this.configs.get(configFile);
  }

  /** Command-line flags on top of the file's settings. Lists of globs grow; packs are replaced. */
  private withFlags(raw: Record<string, unknown>): Record<string, unknown> {
    const o = this.options;
    const merged: Record<string, unknown> = { ...raw };
    if (o.perspective) merged.perspective = o.perspective;
    if (o.packs) merged.packs = o.packs;
    if (o.maxCheckMs !== undefined) merged.maxCheckMs = o.maxCheckMs;
    if (Object.keys(o.severity).length) {
      const base = isPlainObject(raw.severity) ? raw.severity : {};
      merged.severity = { ...base, ...o.severity };
    }
    const grow = (key: 'include' | 'exclude', extra: string[], defaults: string[]): void => {
      if (!extra.length) return;
      const base = raw[key] === undefined ? defaults : raw[key];
      // A malformed configured list is left alone so normalizeSettings reports it.
      merged[key] = Array.isArray(base) ? [...base, ...extra] : base;
    };
    grow('include', o.include, normalizeSettings(undefined).settings.include);
    grow('exclude', o.exclude, normalizeSettings(undefined).settings.exclude);
    return merged;
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
