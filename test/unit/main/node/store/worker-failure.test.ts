import { describe, expect, it } from 'vitest';
import { cloneableError, describeFailure, workerExit } from '../../../../../main/node/store/worker-failure';

// How a worker thread's uncaught failures reach the parent (see the structured-clone note in store/worker-failure.ts).
class SqliteLike extends Error {
  override name = 'SqliteError';
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

describe('describeFailure', () => {
  it.each([
    ['an Error', new TypeError('bad cell'), { name: 'TypeError', message: 'bad cell' }],
    ['an Error subclass with a code', new SqliteLike('database is locked', 'SQLITE_BUSY'), { name: 'SqliteError', message: 'database is locked', code: 'SQLITE_BUSY' }],
    ['an Error without a message', new RangeError(), { name: 'RangeError', message: 'RangeError without a message' }],
    ['a SqliteError cloned across threads', { code: 'SQLITE_ERROR' }, { name: 'Object', message: "a non-Error value was thrown: { code: 'SQLITE_ERROR' }", code: 'SQLITE_ERROR' }],
    ['a thrown string', 'boom', { name: 'string', message: 'boom' }],
    ['an empty string', '', { name: 'string', message: "a non-Error value was thrown: ''" }],
    ['undefined', undefined, { name: 'undefined', message: 'a non-Error value was thrown: undefined' }],
    ['null', null, { name: 'object', message: 'a non-Error value was thrown: null' }],
    ['a number', 42, { name: 'number', message: 'a non-Error value was thrown: 42' }],
  ])('%s gets a name and a non-empty message', (_label, value, expected) => {
    const details = describeFailure(value);
    expect(details).toMatchObject(expected);
    expect(details.message.trim()).not.toBe('');
  });

  it('keeps the stack of an Error', () => {
    expect(describeFailure(new Error('x')).stack).toMatch(/worker-failure\.test\.ts/);
  });
});

describe('workerExit', () => {
  it('names the worker, the exit code and what it threw', () => {
    const failure = workerExit('import worker', 1, { error: { code: 'SQLITE_ERROR' } });
    expect(failure.message).toBe("import worker (exit code 1): a non-Error value was thrown: { code: 'SQLITE_ERROR' }");
    expect(failure.details).toMatchObject({ exitCode: 1, code: 'SQLITE_ERROR' });
    expect(failure.cause).toEqual({ code: 'SQLITE_ERROR' });
  });

  it('says the worker ended without a result when it threw nothing', () => {
    expect(workerExit('import parse worker', 3).message).toBe('import parse worker (exit code 3): the worker ended before sending a result');
  });

  it('keeps the worker-side stack after its own', () => {
    const remote = new SqliteLike('disk I/O error', 'SQLITE_IOERR');
    const failure = workerExit('CRM worker', 1, { error: remote });
    expect(failure.message).toBe('CRM worker (exit code 1): SqliteError: disk I/O error');
    expect(failure.stack).toContain(`in the worker: ${remote.stack}`);
  });
});

describe('cloneableError', () => {
  it('makes a plain Error (the kind Node clones to the parent with its message) that keeps name, message, code and stack', () => {
    const original = new SqliteLike('unable to open database file', 'SQLITE_CANTOPEN');
    const plain = cloneableError(original);
    expect(Object.getPrototypeOf(plain)).toBe(Error.prototype);
    expect(plain).toMatchObject({ name: 'SqliteError', message: 'unable to open database file', code: 'SQLITE_CANTOPEN', stack: original.stack });
  });
});
