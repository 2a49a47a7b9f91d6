export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}
