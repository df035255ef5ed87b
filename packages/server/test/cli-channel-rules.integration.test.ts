import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHANNEL_RULES } from '@marketops/core';
import { runCliOnDataDir } from './cli-harness';
import { EXIT } from '../src/cli/exit-codes';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'marketops-cli-rules-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const run = (...args: string[]) => runCliOnDataDir(path.join(dir, 'data'), ...args);

describe('marketops workspace channel-rules', () => {
  it('shows the defaults, replaces them from a file, tests, reclassifies and resets; bad files are named', async () => {
    expect((await run('workspace', 'create', '--template', 'company-a')).code).toBe(EXIT.ok);
    const shown = await run('workspace', 'channel-rules', 'company-a');
    expect(shown.out).toContain("MarketOps' default rules");
    expect(shown.out).toMatch(/Paid Search: source is a search site and medium matches/);
    expect(shown.out).toContain('otherwise: Unassigned');

    const file = path.join(dir, 'rules.json');
    await writeFile(file, JSON.stringify({ rules: [{ channel: 'KOL', when: { op: 'in', field: 'medium', values: ['kol'] } }, ...DEFAULT_CHANNEL_RULES] }));
    const saved = await run('workspace', 'channel-rules', 'company-a', '--file', file, '--test', 'xiaohongshu/kol', '--test', 'nobody/nothing', '--reclassify');
    expect(saved.code, saved.err).toBe(EXIT.ok);
    expect(saved.out).toContain("the workspace's own rules");
    expect(saved.out).toContain('  1. KOL: medium in kol');
    expect(saved.out).toContain('xiaohongshu/kol -> KOL (rule 1)');
    expect(saved.out).toContain('nobody/nothing -> Unassigned (no rule matched)');
    expect(saved.out).toMatch(/reclassified: 0 events changed channel/);

    await writeFile(file, JSON.stringify({ rules: [{ channel: 'Slow', when: { op: 'matches', field: 'medium', pattern: '(?<=a)b' } }] }));
    const unsafe = await run('workspace', 'channel-rules', 'company-a', '--file', file);
    expect(unsafe.code).toBe(EXIT.invalidInput);
    expect(unsafe.err).toContain('rules.0.when.pattern');
    await writeFile(file, '{"rules": [');
    expect((await run('workspace', 'channel-rules', 'company-a', '--file', file)).err).toContain('not JSON');
    const missing = await run('workspace', 'channel-rules', 'company-a', '--file', path.join(dir, 'nope.json'));
    expect(missing.code).toBe(EXIT.invalidInput);
    expect((await run('workspace', 'channel-rules', 'company-a', '--reset', '--file', file)).code).toBe(EXIT.invalidInput);
    // nothing refused was stored
    expect((await run('workspace', 'channel-rules', 'company-a')).out).toContain('  1. KOL: medium in kol');

    const reset = await run('workspace', 'channel-rules', 'company-a', '--reset', '--json');
    expect(JSON.parse(reset.out)).toMatchObject({ isDefault: true, updatedAt: null });
  });
});
