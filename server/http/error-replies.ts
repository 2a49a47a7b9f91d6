// Every failure leaves as { code, message, details? }. Client mistakes keep their 4xx and a clear
// code; anything unexpected is logged and answered with a bare 500 that leaks nothing.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiError, ErrorCode } from '../../common/binding/binding-api';
import { AppError } from '../app-error';

const byFastifyCode: Record<string, [number, ErrorCode]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'INVALID_REQUEST'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'INVALID_REQUEST'],
};

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    let status = 500;
    let body: ApiError = { code: 'INTERNAL', message: 'internal error' };
    if (err instanceof AppError) {
      status = err.statusCode;
      body = { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) };
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      status = 400;
      const issues = err.validation.map((v) => ({ path: v.instancePath || '/', message: v.message }));
      body = { code: 'INVALID_REQUEST', message: `invalid ${err.validationContext ?? 'request'}: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, details: { issues } };
    } else if (err.code && byFastifyCode[err.code]) {
      const [s, code] = byFastifyCode[err.code]!;
      status = s;
      body = { code, message: err.message };
    } else if (err.statusCode === 429) {
      status = 429;
      body = { code: 'RATE_LIMITED', message: err.message };
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      status = err.statusCode;
      body = { code: 'INVALID_REQUEST', message: err.message };
    }
    if (status >= 500) req.log.error({ err }, 'unhandled error');
    return reply.code(status).send(body);
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send({ code: 'NOT_FOUND', message: `no route ${req.method} ${req.url}` }));
}
