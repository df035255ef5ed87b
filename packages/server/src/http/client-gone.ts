import type { FastifyReply } from 'fastify';

/**
 * A signal aborted when the client closes the connection before the answer is sent (the user
 * changed the period, left the page, or a proxy timed out).
 *
 * @example const answer = await metrics.values(ws, ids, query, clientGone(reply));
 */
export function clientGone(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  return controller.signal;
}
