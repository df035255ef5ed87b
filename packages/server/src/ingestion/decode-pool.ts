import { Worker } from 'node:worker_threads';
import { createBodyDecoder, type DecodeRequest, type DecodeResult } from './decode-body';

/** Decodes tracking request bodies; see `decode-body.ts` for what decoding covers. */
export interface BodyDecoder {
  decode(request: DecodeRequest): Promise<DecodeResult>;
  close(): Promise<void>;
}

/**
 * A decoder on the calling thread: for the CLI, tests, and servers configured with 0 workers.
 *
 * @example const decoder = inProcessDecoder(); await decoder.decode({ bytes, receivedAtMs: Date.now() });
 */
export function inProcessDecoder(): BodyDecoder {
  const decode = createBodyDecoder();
  return {
    decode: async (request) => decode(request),
    close: async () => undefined,
  };
}

interface Pending {
  readonly resolve: (result: DecodeResult) => void;
  readonly reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  readonly pending: Map<number, Pending>;
}

/**
 * A pool of decoding worker threads. Each request goes to the worker with the fewest requests in
 * flight; the body's bytes are copied once and transferred, the result (lines of JSON text and
 * small arrays) comes back by structured clone. The pool holds no queue of its own: the tracking
 * route's in-flight limit bounds what is outstanding.
 *
 * A worker that dies (a bug, out of memory) fails only the requests it held, with an error (HTTP
 * 500; SDKs retry), and is replaced.
 *
 * @example
 * const pool = await startDecodePool(2);
 * try { await pool.decode({ bytes, receivedAtMs: Date.now() }); } finally { await pool.close(); }
 */
export async function startDecodePool(size: number): Promise<BodyDecoder> {
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`a decode pool needs at least one worker, got ${size}`);
  const workers: PoolWorker[] = [];
  let nextId = 1;
  let closing = false;

  const spawn = (slot: PoolWorker | null): PoolWorker => {
    const worker = new Worker(new URL('./decode-worker-entry.mjs', import.meta.url));
    const entry: PoolWorker = slot ?? { worker, pending: new Map() };
    entry.worker = worker;
    worker.on('message', (message: { id: number; result: DecodeResult }) => {
      const pending = entry.pending.get(message.id);
      if (pending === undefined) return;
      entry.pending.delete(message.id);
      pending.resolve(message.result);
    });
    const fail = (error: Error) => {
      if (entry.worker !== worker) return;
      for (const pending of entry.pending.values()) pending.reject(error);
      entry.pending.clear();
      if (!closing) spawn(entry);
    };
    worker.on('error', (error) => fail(new Error(`a decoding worker failed: ${error.message}`)));
    worker.on('exit', (code) => fail(new Error(`a decoding worker exited with code ${code}`)));
    return entry;
  };

  for (let i = 0; i < size; i++) workers.push(spawn(null));
  // Why wait for a first answer: loading TypeScript in a worker takes a moment, and a server
  // should not report itself ready while its first requests would wait for that.
  await Promise.all(workers.map((entry) => roundTrip(entry, { bytes: new TextEncoder().encode('{"batch":[]}'), receivedAtMs: Date.now() })));

  function roundTrip(entry: PoolWorker, request: DecodeRequest): Promise<DecodeResult> {
    const id = nextId++;
    // Why a copy: the body may be a slice of a pooled buffer that must not be detached.
    const bytes = new Uint8Array(request.bytes);
    return new Promise<DecodeResult>((resolve, reject) => {
      entry.pending.set(id, { resolve, reject });
      entry.worker.postMessage({ id, request: { ...request, bytes } }, [bytes.buffer]);
    });
  }

  return {
    decode(request) {
      if (closing) return Promise.reject(new Error('the decode pool is closed'));
      let best = workers[0] as PoolWorker;
      for (const entry of workers) if (entry.pending.size < best.pending.size) best = entry;
      return roundTrip(best, request);
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((entry) => entry.worker.terminate()));
    },
  };
}
