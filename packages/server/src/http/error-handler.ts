import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDomainError } from '@marketops/core';
import type { ErrorResponse } from '@marketops/contracts';
import type { Logger } from '../logging/logger';
import { statusForCode } from './error-mapping';
import { RequestAbortedError } from '../app/abortable-reader';

type Body = ErrorResponse;

/**
 * Turns every failure into `{ error: { code, message, issues } }`: request validation (400 with
 * the field paths), domain errors (status from `statusForCode`), transport errors fastify raises
 * itself (malformed JSON, body too large), and anything unexpected (500, logged, details hidden).
 */
export function createErrorHandler(logger: Logger) {
  return function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const issues = error.validation.map((v) => {
        const path = [where, ...v.instancePath.split('/').filter(Boolean)].join('.');
        return { path, code: 'VALIDATION_FAILED', message: v.message ?? 'invalid value' };
      });
      const body: Body = {
        error: { code: 'VALIDATION_FAILED', message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues },
      };
      return reply.status(400).send(body);
    }
    if (isDomainError(error)) {
      const status = statusForCode(error.code);
      if (status >= 500) logger.error({ err: error, url: request.url }, 'request failed');
      const body: Body = { error: { code: error.code, message: error.message, issues: error.issues.map((i) => ({ ...i })) } };
      return reply.status(status).send(body);
    }
    if ((error as unknown) instanceof RequestAbortedError) {
      // Nobody reads this answer; 499 is the status proxies log for a client that closed first.
      logger.info({ url: request.url, method: request.method }, 'client closed the request before its answer');
      return reply.status(499).send({ error: { code: 'CLIENT_CLOSED', message: error.message, issues: [] } } satisfies Body);
    }
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status < 500) {
      const code = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'PAYLOAD_TOO_LARGE' : error.code?.startsWith('FST_ERR_CTP') ? 'INVALID_BODY' : 'BAD_REQUEST';
      const body: Body = { error: { code, message: error.message, issues: [] } };
      return reply.status(status).send(body);
    }
    logger.error({ err: error, url: request.url, method: request.method }, 'unexpected error');
    const body: Body = { error: { code: 'INTERNAL', message: 'internal error; the server log has the details', issues: [] } };
    return reply.status(500).send(body);
  };
}
