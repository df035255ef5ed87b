import { describe, it, expect, beforeEach } from 'vitest';
import { DomainError, type SegmentMessage } from '@marketops/core';
import type { TrackingResponse } from '@marketops/contracts';
import type { IngestRequest } from '../ingestion/ingest-service';
import { createLogger } from '../logging/logger';
import type { ImportProgress } from './feed-import';
import { OfflineContactImport } from './offline-contact-import';

/** An ingestion stand-in: stores messageIds once, and refuses the messages `refuse` picks. */
class FakeIngest {
  readonly stored = new Map<string, SegmentMessage>();
  readonly requests: IngestRequest[] = [];
  refuse: (message: SegmentMessage) => boolean = () => false;

  async ingest(request: IngestRequest): Promise<TrackingResponse> {
    this.requests.push(request);
    let accepted = 0;
    let duplicates = 0;
    const rejected: TrackingResponse['rejected'] = [];
    (request.messages as SegmentMessage[]).forEach((message, index) => {
      if (this.refuse(message)) return rejected.push({ index, field: 'timestamp', code: 'timestamp-too-old', reason: 'too old' });
      if (this.stored.has(message.messageId ?? '')) return duplicates++;
      this.stored.set(message.messageId ?? '', message);
      return accepted++;
    });
    return { success: true, accepted, duplicates, rejected };
  }
}

let ingest: FakeIngest;
let offline: OfflineContactImport;
beforeEach(() => {
  ingest = new FakeIngest();
  const orgs = { getOrgMap: async (id: string) => (id === 'acme' ? ({} as never) : null) };
  offline = new OfflineContactImport({ ingest, orgs, logger: createLogger('silent'), now: () => new Date('2026-05-01T00:00:00Z'), chunkRows: 2 });
});

const CSV =
  'date,event_name,event_type,user_id,email,phone,name\n' +
  '2026-04-24,Auto Show,fair,,Li@Example.cn,,李伟\n' +
  '2026-04-24,Auto Show,fair,,li@example.cn,,李伟\n' +
  '2026-04-25,Launch,发布会,,,+86 138 0013 8000,\n' +
  '2026-04-26,Press day,press,crm-9,,,\n';

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('OfflineContactImport', () => {
  it('sends an identify and a track per row, in chunks, as a historical import; a re-import stores nothing new', async () => {
    const progress: ImportProgress[] = [];
    const report = await offline.importCsv('acme', CSV, { onProgress: (p) => progress.push(p) });
    expect(report).toMatchObject({ rows: 4, people: 3, accepted: 8, duplicates: 0, rejected: 0, skipped: 0, problemCount: 0 });
    expect(ingest.requests.map((r) => [r.messages.length, r.historicalImport])).toEqual([[4, true], [4, true]]);
    expect(progress.filter((p) => p.phase === 'writing')).toEqual([
      { phase: 'writing', rows: 2, totalRows: 4 },
      { phase: 'writing', rows: 4, totalRows: 4 },
    ]);
    const userIds = [...ingest.stored.values()].filter((m) => m.type === 'track').map((m) => m.userId);
    expect(userIds).toEqual(['email:li@example.cn', 'email:li@example.cn', 'phone:+8613800138000', 'crm-9']);

    await expect(offline.importCsv('acme', CSV)).resolves.toMatchObject({ accepted: 0, duplicates: 8 });
    expect(ingest.stored.size).toBe(8);
  });

  it('rejects a file with a bad row whole, naming the line, and sends nothing', async () => {
    const bad = `${CSV}2026-04-27,Fair,fair,,,,Nobody\n`;
    const error = await failure(offline.importCsv('acme', bad));
    expect(error.code).toBe('IMPORT_ROWS_INVALID');
    expect(error.issues).toEqual([{ path: 'user_id', code: 'IMPORT_ROWS_INVALID', line: 6, message: expect.stringContaining('user_id, email, phone') }]);
    expect(ingest.requests).toEqual([]);

    await expect(offline.importCsv('acme', bad, { skipBadRows: true })).resolves.toMatchObject({ rows: 5, accepted: 8, skipped: 1, problemCount: 1, problems: [{ line: 6 }] });
  });

  it('refuses future days (the store would move them to the import time)', async () => {
    const error = await failure(offline.importCsv('acme', 'date,event_name,event_type,email\n2026-05-02,Fair,fair,a@b.co\n'));
    expect(error.issues[0]).toMatchObject({ line: 2, path: 'date', message: expect.stringContaining('in the future') });
  });

  it('reports messages the event store refuses as problems of their row', async () => {
    ingest.refuse = (m) => m.type === 'track' && m.userId === 'crm-9';
    const report = await offline.importCsv('acme', CSV);
    expect(report).toMatchObject({ accepted: 7, rejected: 1, problemCount: 1 });
    expect(report.problems).toEqual([{ line: 5, field: 'event', reason: expect.stringContaining('refused the track message (timestamp-too-old') }]);
  });

  it('refuses an unknown workspace before reading the file', async () => {
    expect((await failure(offline.importCsv('nobody', CSV))).code).toBe('WORKSPACE_NOT_FOUND');
  });
});
