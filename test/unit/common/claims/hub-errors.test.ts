import { describe, expect, it } from 'vitest';
import { classifyHubFailure } from '../../../../common/claims/hub-errors';

describe('classifyHubFailure', () => {
  it.each([
    [undefined, 'unreachable'],
    [500, 'unreachable'],
    [502, 'unreachable'],
    [503, 'unreachable'],
    [429, 'unreachable'],
    [408, 'unreachable'],
    [401, 'misconfigured'],
    [403, 'misconfigured'],
    [404, 'misconfigured'],
    [400, 'bad-request'],
    [413, 'bad-request'],
    [415, 'bad-request'],
  ] as const)('%s → %s', (status, want) => {
    expect(classifyHubFailure(status)).toBe(want);
  });
});
