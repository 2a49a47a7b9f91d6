// The status bar names a SIP account by its display name, falling back to its id.
import { describe, expect, it } from 'vitest';
import { accountName } from '../../../../../../../renderer/src/features/dialer/status/account-name';

const accounts = [
  { id: 'agent-a', displayName: '坐席 1001 张晓燕' },
  { id: 'agent-b' },
  { id: 'agent-c', displayName: '   ' },
  { id: 'agent-d', displayName: '' },
];

describe('accountName', () => {
  it.each([
    ['agent-a', '坐席 1001 张晓燕'], // its display name
    ['agent-b', 'agent-b'], // no display name: the id
    ['agent-c', 'agent-c'], // a blank one counts as none
    ['agent-d', 'agent-d'],
    ['gone', 'gone'], // an account no longer in settings still shows something
  ])('%s → %s', (id, expected) => expect(accountName(accounts, id)).toBe(expected));

  it('settings not loaded yet: the id', () => expect(accountName(undefined, 'agent-a')).toBe('agent-a'));
});
