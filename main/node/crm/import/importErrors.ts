/** Bad input the user can fix (missing file, unreadable encoding, no phone column): shown as-is, never a stack trace. */
export class ImportInputError extends Error {
  override readonly name = 'ImportInputError';
}

export class ImportCancelledError extends Error {
  override readonly name = 'ImportCancelledError';
  constructor() {
    super('import cancelled');
  }
}
