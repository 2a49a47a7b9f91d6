import { ZodError } from 'zod';
import { BadInputError, NotFoundError } from '../repo/repoErrors';
import { ImportInputError } from '../import/importErrors';
import type { ErrorCode } from './crmProtocol';

export function errorCode(error: unknown): ErrorCode {
  if (error instanceof NotFoundError) return 'notFound';
  if (error instanceof ImportInputError || error instanceof BadInputError || error instanceof ZodError) return 'badInput';
  return 'internal';
}
