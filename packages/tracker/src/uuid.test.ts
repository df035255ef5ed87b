import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { uuid } from './uuid';
import { TRACKER_VERSION } from './version';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ids', () => {
  it('uses crypto.randomUUID when there is one', () => {
    expect(uuid({ randomUUID: () => 'from-crypto' })).toBe('from-crypto');
  });

  it('builds a version-4 UUID from getRandomValues, or from Math.random without Web Crypto', () => {
    const fromBytes = uuid({ getRandomValues: <T extends Uint8Array>(array: T) => array.fill(0xff) });
    expect(fromBytes).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(uuid({})).toMatch(V4);
    expect(uuid(undefined)).toMatch(V4);
    expect(uuid()).toMatch(V4);
  });
});

describe('version', () => {
  it('context.library.version is the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(TRACKER_VERSION).toBe(pkg.version);
  });
});
