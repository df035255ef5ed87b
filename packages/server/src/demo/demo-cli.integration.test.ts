import { describe, expect, it } from 'vitest';
import { EXIT } from '../cli/exit-codes';
import { cliAgainstRunningServer } from '../../test/cli-harness';

const { run, url } = cliAgainstRunningServer('marketops-demo-cli-');

describe('marketops demo generate', () => {
  it('fills a demo workspace through the running server, and a second run stores nothing new', async () => {
    // Why a fixed start: both runs must plan the same days even if the test crosses midnight.
    const start = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
    const first = await run('demo', 'generate', '--workspace', 'company-b', '--size', '2000', '--days', '14', '--start', start, '--json');
    expect(first.code, first.err).toBe(EXIT.ok);
    const report = JSON.parse(first.out);
    expect(report.events.rejected).toBe(0);
    expect(report.events.accepted).toBeGreaterThan(1_600);
    const health = JSON.parse((await run('events', 'health', 'company-b', '--json')).out);
    expect(health.storedEvents).toBe(report.events.accepted);
    const keys = await (await fetch(`${url()}/api/workspaces/company-b/write-keys`)).json() as { revokedAt: string | null }[];
    expect(keys.every((k) => k.revokedAt !== null)).toBe(true);

    const second = await run('demo', 'generate', '--workspace', 'company-b', '--size', '2000', '--days', '14', '--start', start);
    expect(second.code).toBe(EXIT.ok);
    expect(second.out).toContain(`events         0 new, ${report.events.accepted} already stored, 0 rejected`);
  });

  it('creates a missing workspace from the template it is told', async () => {
    const created = await run('demo', 'generate', '--workspace', 'clinica-demo', '--template', 'c', '--size', '1000', '--days', '7');
    expect(created.code, created.err).toBe(EXIT.ok);
    expect(created.err).toContain('Created workspace "clinica-demo" from company-c');
    expect(created.out).toContain('Demo data for "clinica-demo"');
  });

  it('asks for a template when the workspace is not a demo company, and refuses bad sizes', async () => {
    const unknown = await run('demo', 'generate', '--workspace', 'acme');
    expect(unknown.code).toBe(EXIT.invalidInput);
    expect(unknown.err).toContain('--template is needed');
    const tooBig = await run('demo', 'generate', '--workspace', 'company-a', '--size', '20000000');
    expect(tooBig.code).toBe(EXIT.invalidInput);
    expect(tooBig.err).toContain('size must be');
  });
});
