import { parentPort } from 'node:worker_threads';
import { createBodyDecoder, type DecodeRequest } from './decode-body';

/**
 * A decoding worker thread: answers each `{ id, request }` with `{ id, result }`. Started by
 * `decode-pool.ts` through `decode-worker-entry.mjs`, which loads TypeScript first.
 */
const decode = createBodyDecoder();
if (parentPort === null) throw new Error('decode-worker.ts runs as a worker thread only');
const port = parentPort;
port.on('message', (message: { id: number; request: DecodeRequest }) => {
  port.postMessage({ id: message.id, result: decode(message.request) });
});
