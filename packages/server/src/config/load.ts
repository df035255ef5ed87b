import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError, type Issue } from '@marketops/core';
import { CONFIG_KEYS, type Config } from './schema';

/** The repository root: relative defaults (web dir, tracker file) resolve against it, not the caller's cwd. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * Builds the effective configuration: explicit overrides (CLI flags, test options) win over
 * environment variables, which win over defaults. Throws CONFIG_INVALID naming every bad key.
 *
 * @example loadConfig(process.env, { port: '0' })
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Record<keyof Config, string | null>> = {}): Config {
  const values: Record<string, unknown> = {};
  const issues: Issue[] = [];
  for (const key of CONFIG_KEYS) {
    const fromOverride = Object.prototype.hasOwnProperty.call(overrides, key.key) ? overrides[key.key] : undefined;
    const fromEnv = env[key.env];
    const raw = fromOverride !== undefined ? fromOverride : fromEnv !== undefined && fromEnv !== '' ? fromEnv : key.default;
    const parsed = key.schema.safeParse(raw);
    if (parsed.success) values[key.key] = parsed.data;
    else {
      const reason = parsed.error.issues.map((i) => i.message).join('; ');
      issues.push({ path: key.env, code: 'CONFIG_INVALID', message: `${key.env}: ${reason}` });
    }
  }
  if (issues.length > 0) {
    throw new DomainError('CONFIG_INVALID', `invalid configuration: ${issues.map((i) => i.message).join(', ')}`, issues);
  }
  const config = values as unknown as Config;
  return { ...config, webDir: path.resolve(REPO_ROOT, config.webDir), trackerFile: path.resolve(REPO_ROOT, config.trackerFile), dataDir: path.resolve(config.dataDir) };
}

/** A value as `marketops config` shows it: secrets masked, and a URL's password masked inside it. */
export function displayValue(key: (typeof CONFIG_KEYS)[number], value: unknown): string {
  if (value === null || value === undefined) return '(not set)';
  if (!key.secret) return String(value);
  const text = String(value);
  try {
    const url = new URL(text);
    if (url.password) url.password = '****';
    return url.toString();
  } catch {
    return '****';
  }
}
