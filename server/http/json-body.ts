// The signature covers the exact body bytes, so JSON is parsed by us from the raw string we keep.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../app-error';

export function registerJsonBody(app: FastifyInstance): void {
  app.removeAllContentTypeParsers(); // JSON only: anything else is a 415
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    req.rawBody = body as string;
    if (body === '') return done(null, undefined);
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new AppError(400, 'INVALID_REQUEST', 'the body is not valid JSON'), undefined);
    }
  });
}
