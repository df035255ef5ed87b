import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDuckDbEventStore } from '../src/events/duckdb/duckdb-event-store';

/**
 * Durable before acknowledged: a server process is killed with SIGKILL while a client is
 * sending; after a restart on the same data directory, every acknowledged event is there
 * exactly once (and the server takes over the dead process's data-directory lock).
 */
const BIN = fileURLToPath(new URL('../bin/marketops.mjs', import.meta.url));
let dir = '';
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function startProcess(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--demo'], {
    env: { ...process.env, MARKETOPS_DATA_DIR: dir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Open:')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
  });
  return child;
}

const batchOf = (n: number, from: number) =>
  Array.from({ length: n }, (_, i) => ({ type: 'track', event: 'Crash Test', anonymousId: `a-${(from + i) % 97}`, messageId: `crash-${from + i}`, properties: { i: from + i } }));

describe('crash safety', () => {
  it('kill -9 while sending, restart: every acknowledged event is present exactly once', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'marketops-crash-'));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = await startProcess(port);
    const keyRes = await fetch(`${base}/api/workspaces/company-a/write-keys`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"label":"crash"}' });
    const auth = `Basic ${Buffer.from(`${(await keyRes.json()).key}:`).toString('base64')}`;

    const acknowledged = new Set<string>();
    let next = 0;
    let acks = 0;
    let killed = false;
    const sender = async () => {
      while (!killed) {
        const batch = batchOf(50, next);
        next += 50;
        try {
          const res = await fetch(`${base}/v1/batch`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: JSON.stringify({ batch }) });
          if (res.status === 200) {
            await res.json();
            for (const m of batch) acknowledged.add(m.messageId);
            if (++acks >= 60 && !killed) {
              // Why kill from inside a sender: the other senders still have requests in flight.
              killed = true;
              server.kill('SIGKILL');
            }
          }
        } catch {
          // connection reset by the kill: not acknowledged, so not counted
        }
      }
    };
    await Promise.all([sender(), sender(), sender(), sender()]);
    if (server.exitCode === null && server.signalCode === null) await new Promise((r) => server.once('exit', r));
    expect(acknowledged.size).toBeGreaterThanOrEqual(60 * 50);

    const restarted = await startProcess(port);
    // Sending the acknowledged events again must find every one of them already stored.
    const ids = [...acknowledged];
    let duplicates = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const batch = ids.slice(i, i + 500).map((messageId) => ({ type: 'track', event: 'Crash Test', anonymousId: 'resend', messageId }));
      const res = await fetch(`${base}/v1/batch`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: JSON.stringify({ batch }) });
      const body = await res.json();
      expect(body.accepted).toBe(0);
      duplicates += body.duplicates;
    }
    expect(duplicates).toBe(ids.length);
    restarted.kill('SIGTERM');
    await new Promise((r) => restarted.once('exit', r));

    const store = await openDuckDbEventStore({ path: path.join(dir, 'events.duckdb') });
    try {
      const stored = await store.read({ workspaceId: 'company-a', event: 'Crash Test' });
      const counts = new Map<string, number>();
      for (const e of stored) counts.set(e.messageId, (counts.get(e.messageId) ?? 0) + 1);
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
      for (const id of acknowledged) expect(counts.get(id)).toBe(1);
    } finally {
      await store.close();
    }
  }, 240_000); // Why longer than the suite's 60 s: it starts the server twice as child processes (tsx, decode workers); on a busy 2-core machine that alone can take a minute.
});
