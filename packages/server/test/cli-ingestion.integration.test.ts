import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli/exit-codes';
import { main } from '../src/cli/main';
import { cliAgainstRunningServer } from './cli-harness';

const { run, url } = cliAgainstRunningServer('marketops-cli-ingest-');

describe('ingestion commands against a running server', () => {
  let key = '';
  it('creates and lists write keys', async () => {
    const created = await run('keys', 'create', 'company-a', '--label', 'website');
    expect(created.code).toBe(EXIT.ok);
    key = /\n {2}(wk_\S+)\n/.exec(created.out)![1]!;
    expect((await run('keys', 'list', 'company-a')).out).toContain('website');
  });

  it('sends a test event, tails it, and counts it in the health report', async () => {
    expect((await run('events', 'send', '--write-key', key, '--event', 'CLI Check', '--user-id', 'u-9')).code).toBe(EXIT.ok);
    const tail = main(['node', 'marketops', 'events', 'tail', 'company-a', '--count', '1', '--interval', '100', '--url', url()], { out: () => undefined, err: () => undefined });
    await run('events', 'send', '--write-key', key, '--event', 'Tailed Event', '--anonymous-id', 'a-9');
    expect(await tail).toBe(EXIT.ok);
    const health = JSON.parse((await run('events', 'health', 'company-a', '--json')).out);
    expect(health.counters.accepted).toBeGreaterThanOrEqual(2);
    expect(health.storedEvents).toBeGreaterThanOrEqual(2);
  });

  it('a rejected event becomes a dead letter that can be listed and replayed once fixable', async () => {
    const oldEvent = {
      type: 'track',
      event: 'Backfilled',
      userId: 'u-1',
      messageId: 'old-1',
      timestamp: new Date(Date.now() - 6 * 365 * 86_400_000).toISOString(),
    };
    const res = await fetch(`${url()}/v1/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` },
      body: JSON.stringify({ batch: [oldEvent] }),
    });
    expect((await res.json()).rejected[0].code).toBe('timestamp-too-old');
    expect((await run('dead-letters', 'list', 'company-a')).out).toContain('timestamp-too-old');
    expect((await run('dead-letters', 'replay', 'company-a')).out).toContain('still rejected 1');
    expect((await run('dead-letters', 'replay', 'company-a', '--historical')).out).toContain('Replayed 1');
    expect((await run('dead-letters', 'list', 'company-a')).out).toContain('No pending dead letters');
  });

  it('runs an analysis from a spec file and prints a table; a bad spec names the field', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'marketops-spec-'));
    try {
      const spec = path.join(dir, 'funnel.json');
      await writeFile(spec, JSON.stringify({ period: { from: '2026-01-01', to: '2026-12-31' }, steps: [{ target: { kind: 'event', event: 'CLI Check' } }, { target: { kind: 'event', event: 'Order Completed' } }] }));
      const funnel = await run('analyse', 'funnel', 'company-a', '--spec', spec);
      expect(funnel.code, funnel.err).toBe(EXIT.ok);
      expect(funnel.out).toContain('1. CLI Check');
      await writeFile(spec, JSON.stringify({ period: { from: '2026-12-31', to: '2026-01-01' }, steps: [{ target: { kind: 'event', event: 'A' } }, { target: { kind: 'event', event: 'B' } }] }));
      const bad = await run('analyse', 'funnel', 'company-a', '--spec', spec);
      expect(bad.code).toBe(EXIT.invalidInput);
      expect(bad.err).toContain('period.to');
      const reach = await run('analyse', 'reach', 'company-a', '--spec', path.join(dir, 'missing.json'));
      expect(reach.code).toBe(EXIT.invalidInput);
      expect(reach.err).toContain('missing.json');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('shows metric definitions, a value with its owner, and a department\'s KPIs', async () => {
    const list = await run('metrics', 'list');
    expect(list.code).toBe(EXIT.ok);
    expect(list.out).toContain('marketing-planning.cost-per-contact');
    const shown = await run('metrics', 'show', 'company-a', 'user-ops.active-users', '--from', '2026-01-01', '--to', '2026-12-31', '--compare');
    expect(shown.code, shown.err).toBe(EXIT.ok);
    expect(shown.out).toMatch(/user-ops.active-users, 2026-01-01 to 2026-12-31 \(UTC\): \d+/);
    expect(shown.out).toContain('previous period');
    const owner = await run('metrics', 'owner', 'company-a', 'after-sales.nps', '--json');
    expect(JSON.parse(owner.out)).toMatchObject({ metricId: 'after-sales.nps', functionId: 'after-sales' });
    const unknown = await run('metrics', 'show', 'company-a', 'nope.nothing', '--from', '2026-01-01', '--to', '2026-01-31');
    expect(unknown.code).toBe(EXIT.notFound);
  });

  it('a bad key and an unreachable server get clear errors', async () => {
    const bad = await run('events', 'send', '--write-key', 'wk_wrong');
    expect(bad.code).toBe(EXIT.invalidInput);
    expect(bad.err).toContain('WRITE_KEY_INVALID');
    let err = '';
    const down = await main(['node', 'marketops', 'events', 'health', 'company-a', '--url', 'http://127.0.0.1:9'], { out: () => undefined, err: (s: string) => (err += s) });
    expect(down).toBe(EXIT.unavailable);
    expect(err).toContain('cannot reach the MarketOps server');
  });
});
