import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import Table from 'cli-table3';
import { DomainError } from '@marketops/core';
import type { CliIo } from '../io';
import { callServer, serverUrl } from './server-client';

interface KeyDto { id: string; label: string; prefix: string; createdAt: string; revokedAt: string | null; key?: string }
interface HealthDto { since: string; counters: { accepted: number; duplicates: number; rejected: Record<string, number> }; storedEvents: number; deadLetters: Record<string, number> }
interface LetterDto { id: number; receivedAt: string; batchIndex: number; field: string; code: string; reason: string; payload: string; status: string }
interface EventDto { messageId: string; type: string; event: string | null; userId: string | null; anonymousId: string | null; timestamp: string; receivedAt: string; channel: string }

const urlOption = ['--url <url>', 'base URL of the running server (default from HOST and PORT)'] as const;
const table = (head: string[]) => new Table({ head, style: { head: [], border: [] } });

/** `marketops keys`, `marketops events` and `marketops dead-letters`: ingestion, through the running server. */
export function registerIngestion(program: Command, io: CliIo): void {
  const keys = program.command('keys').description('write keys: public, ingest-only credentials for SDKs and the browser tracker');
  keys.command('create').argument('<workspace>').option('--label <label>', 'what the key is for', 'default').option(...urlOption)
    .action(async (ws: string, o: { label: string; url?: string }) => {
      const k = await callServer<KeyDto>(serverUrl(o.url), 'POST', `/api/workspaces/${encodeURIComponent(ws)}/write-keys`, { label: o.label });
      io.out(`Write key for "${ws}" (${o.label}), shown only now:\n\n  ${k.key}\n\nKey id: ${k.id}`);
    });
  keys.command('list').argument('<workspace>').option(...urlOption).action(async (ws: string, o: { url?: string }) => {
    const list = await callServer<KeyDto[]>(serverUrl(o.url), 'GET', `/api/workspaces/${encodeURIComponent(ws)}/write-keys`);
    const t = table(['id', 'label', 'prefix', 'created', 'revoked']);
    for (const k of list) t.push([k.id, k.label, `${k.prefix}…`, k.createdAt, k.revokedAt ?? '']);
    io.out(list.length > 0 ? t.toString() : `No write keys. Create one: marketops keys create ${ws} --label website`);
  });
  keys.command('revoke').argument('<workspace>').argument('<keyId>').option(...urlOption).action(async (ws: string, id: string, o: { url?: string }) => {
    const k = await callServer<KeyDto>(serverUrl(o.url), 'DELETE', `/api/workspaces/${encodeURIComponent(ws)}/write-keys/${encodeURIComponent(id)}`);
    io.out(`Revoked ${k.id} (${k.label}) at ${k.revokedAt}.`);
  });

  const events = program.command('events').description('send test events, tail incoming events, ingestion health');
  events.command('send').description('send one test event through the tracking API (as an SDK would)')
    .requiredOption('--write-key <key>', 'a write key of the workspace')
    .option('--type <type>', 'track, identify, page, screen, group or alias', 'track')
    .option('--event <name>', 'event name (track)', 'MarketOps Test Event')
    .option('--user-id <id>').option('--anonymous-id <id>')
    .option('--properties <json>', 'properties (track/page) or traits (identify) as JSON', '{}')
    .option(...urlOption)
    .action(async (o: { writeKey: string; type: string; event: string; userId?: string; anonymousId?: string; properties: string; url?: string }) => {
      let properties: unknown;
      try {
        properties = JSON.parse(o.properties);
      } catch (error) {
        throw new DomainError('VALIDATION_FAILED', `--properties is not JSON: ${(error as Error).message}`);
      }
      const message = {
        ...(o.type === 'identify' ? { traits: properties } : { properties }),
        ...(o.type === 'track' ? { event: o.event } : {}),
        ...(o.userId ? { userId: o.userId } : {}),
        anonymousId: o.anonymousId ?? (o.userId ? undefined : `cli-${randomUUID()}`),
        messageId: randomUUID(),
        timestamp: new Date().toISOString(),
        context: { library: { name: 'marketops-cli', version: '1' } },
      };
      const auth = `Basic ${Buffer.from(`${o.writeKey}:`).toString('base64')}`;
      const result = await callServer<{ accepted: number; duplicates: number; rejected: { field: string; code: string; reason: string }[] }>(
        serverUrl(o.url), 'POST', `/v1/${encodeURIComponent(o.type)}`, message, { authorization: auth });
      if (result.rejected.length > 0) {
        const r = result.rejected[0]!;
        throw new DomainError('INGEST_PAYLOAD_INVALID', `the server rejected the event: ${r.field ? `${r.field}: ` : ''}${r.reason} (${r.code})`);
      }
      io.out(`Sent ${o.type} ${message.messageId}: accepted ${result.accepted}, duplicates ${result.duplicates}.`);
    });

  events.command('tail').description('print events as they arrive (Ctrl+C to stop)').argument('<workspace>')
    .option('--interval <ms>', 'poll interval in milliseconds', '1000').option('--count <n>', 'stop after n events').option(...urlOption)
    .action(async (ws: string, o: { interval: string; count?: string; url?: string }) => {
      const base = serverUrl(o.url);
      const limit = o.count ? Number(o.count) : Number.POSITIVE_INFINITY;
      let after = new Date(Date.now() - 1_000);
      let seenAtEdge = new Set<string>();
      let printed = 0;
      io.err(`Tailing events of "${ws}" from ${base} ...`);
      while (printed < limit) {
        // Why step back 1 ms and remember the ids seen at the edge: batches committed in the same millisecond are neither lost nor printed twice.
        const query = `receivedAfter=${encodeURIComponent(new Date(after.getTime() - 1).toISOString())}&limit=1000`;
        const batch = await callServer<EventDto[]>(base, 'GET', `/api/workspaces/${encodeURIComponent(ws)}/events?${query}`);
        const fresh = batch.filter((e) => !seenAtEdge.has(e.messageId)).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
        for (const e of fresh) {
          if (printed >= limit) break;
          io.out(`${e.receivedAt}  ${e.type.padEnd(8)} ${(e.event ?? '').padEnd(24)} ${(e.userId ?? e.anonymousId ?? '').padEnd(20)} ${e.channel}`);
          printed++;
        }
        if (fresh.length > 0) {
          const newest = fresh.reduce((m, e) => (e.receivedAt > m ? e.receivedAt : m), after.toISOString());
          if (newest !== after.toISOString()) seenAtEdge = new Set();
          after = new Date(newest);
          for (const e of fresh) if (e.receivedAt === newest) seenAtEdge.add(e.messageId);
        }
        if (printed < limit) await new Promise((r) => setTimeout(r, Number(o.interval)));
      }
    });

  events.command('health').description('accepted, deduplicated, rejected by reason, dead letters').argument('<workspace>')
    .option('--since <day>', 'first UTC day counted (YYYY-MM-DD; default 7 days ago)').option('--json', 'machine-readable output').option(...urlOption)
    .action(async (ws: string, o: { since?: string; json?: boolean; url?: string }) => {
      const h = await callServer<HealthDto>(serverUrl(o.url), 'GET', `/api/workspaces/${encodeURIComponent(ws)}/ingestion/health${o.since ? `?since=${o.since}` : ''}`);
      if (o.json) return io.out(JSON.stringify(h, null, 2));
      const rejected = Object.entries(h.counters.rejected).map(([c, n]) => `${c} ${n}`).join(', ') || 'none';
      const letters = Object.entries(h.deadLetters).map(([c, n]) => `${c} ${n}`).join(', ') || 'none';
      io.out(`Ingestion of "${ws}" since ${h.since}:\n  accepted      ${h.counters.accepted}\n  deduplicated  ${h.counters.duplicates}\n  rejected      ${rejected}\n  stored events ${h.storedEvents} (all time)\n  dead letters  ${letters} (pending)`);
    });

  const letters = program.command('dead-letters').description('rejected messages: list and replay');
  letters.command('list').argument('<workspace>').option('--status <status>', 'pending, replayed or discarded', 'pending').option('--limit <n>', 'at most n', '100')
    .option('--json', 'machine-readable output, payloads included').option(...urlOption)
    .action(async (ws: string, o: { status: string; limit: string; json?: boolean; url?: string }) => {
      const list = await callServer<LetterDto[]>(serverUrl(o.url), 'GET', `/api/workspaces/${encodeURIComponent(ws)}/dead-letters?status=${o.status}&limit=${o.limit}`);
      if (o.json) return io.out(JSON.stringify(list, null, 2));
      const t = table(['id', 'received', 'code', 'field', 'reason']);
      for (const l of list) t.push([l.id, l.receivedAt, l.code, l.field, l.reason.slice(0, 60)]);
      io.out(list.length > 0 ? t.toString() : `No ${o.status} dead letters.`);
    });
  letters.command('replay').argument('<workspace>').option('--id <ids...>', 'only these dead letters').option('--historical', 'lift the maximum event age (backfills)').option(...urlOption)
    .action(async (ws: string, o: { id?: string[]; historical?: boolean; url?: string }) => {
      const body = { ...(o.id ? { ids: o.id.map(Number) } : {}), ...(o.historical ? { historicalImport: true } : {}) };
      const r = await callServer<{ replayed: number; duplicates: number; stillRejected: { id: number; code: string; reason: string }[] }>(
        serverUrl(o.url), 'POST', `/api/workspaces/${encodeURIComponent(ws)}/dead-letters/replay`, body);
      io.out(`Replayed ${r.replayed} (duplicates ${r.duplicates}); still rejected ${r.stillRejected.length}.`);
      for (const s of r.stillRejected.slice(0, 20)) io.out(`  #${s.id} ${s.code}: ${s.reason}`);
    });
}
