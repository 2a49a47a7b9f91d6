import { describe, expect, it } from 'vitest';
import { parseSipAccount } from '../../../../common/sip/account';

const minimal = { id: 'a1', server: 'wss://pbx.example.com:8089/ws', user: '1001', domain: 'pbx.example.com' };

describe('parseSipAccount', () => {
  it('fills defaults for codec order, DTMF mode and expiry', () => {
    expect(parseSipAccount(minimal)).toMatchObject({ codecs: ['opus', 'G722', 'PCMU', 'PCMA'], dtmfMode: 'rfc4733', iceServers: [], registerExpiresS: 300 });
  });
  it('keeps HA1, outbound proxy, STUN/TURN and SIP INFO DTMF', () => {
    const account = parseSipAccount({
      ...minimal,
      ha1: '0123456789abcdef0123456789abcdef',
      outboundProxy: 'sip:edge.example.com;lr',
      iceServers: [{ urls: ['stun:stun.example.com'] }, { urls: 'turns:turn.example.com:443', username: 'u', credential: 'p' }],
      dtmfMode: 'info',
    });
    expect(account.ha1).toBe('0123456789abcdef0123456789abcdef');
    expect(account.iceServers).toHaveLength(2);
  });
  it.each([
    [{ server: 'http://pbx.example.com' }, 'must start with wss://'],
    [{ user: '1001;evil' }, 'user'],
    [{ displayName: 'Bob\r\nX-Evil: 1' }, 'Must not contain line breaks'],
    [{ password: 'x', ha1: '0123456789abcdef0123456789abcdef' }, 'either a password or an HA1'],
    [{ ha1: 'nothex' }, '32 hexadecimal digits'],
    [{ iceServers: [{ urls: 'http://stun' }] }, 'stun:, turn: or turns:'],
    [{ codecs: ['speex'] }, 'codecs'],
  ])('refuses %j with a message naming the problem', (patch, message) => {
    expect(() => parseSipAccount({ ...minimal, ...patch })).toThrow(message);
  });
});
