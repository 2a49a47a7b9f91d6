export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** A request the user can correct, refused before anything changes (answered as bad input, message shown as-is). */
export class BadInputError extends Error {
  override readonly name = 'BadInputError';
}
