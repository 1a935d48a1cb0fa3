import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { problems, type FieldError } from './problems.js';
import { safeErrorForLog } from '../logging.js';

/** Maps every thrown error to problem+json; bugs are logged without request bodies (they may hold PHI). */
export function registerErrorHandler(app: FastifyInstance): void {
  app.decorateReply('problem', function (this: import('fastify').FastifyReply, problem) {
    return this.code(problem.status).type('application/problem+json').send(problem);
  });

  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const errors: FieldError[] = error.validation.map((v) => ({
        path: [where === 'body' ? '' : where, ...pathOf(v.instancePath)].filter(Boolean).join('.') || where,
        message: v.message ?? 'Invalid value',
      }));
      return reply.problem(problems.validation(errors));
    }
    if (error.statusCode === 415 || error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.problem({ type: '/problems/unsupported-media-type', title: 'Send JSON (Content-Type: application/json)', status: 415 });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return reply.problem(problems.validation([{ path: 'body', message: error.message }], 'The request body is not valid JSON.'));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.problem({ type: '/problems/bad-request', title: error.message, status: error.statusCode });
    }
    req.log.error({ err: safeErrorForLog(error), url: req.routeOptions.url }, 'unhandled error');
    return reply.problem(problems.internal());
  });
}

function pathOf(instancePath: string): string[] {
  return instancePath.split('/').filter(Boolean);
}
