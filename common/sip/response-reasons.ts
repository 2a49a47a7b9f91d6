// Maps a final SIP response code to a message key the agent can understand.
import type { SipMessage, SipMessageKey } from './messages';

const specific = new Set([400, 401, 403, 404, 407, 408, 480, 484, 486, 487, 488, 500, 503, 600, 603]);

export function sipResponseReason(code: number): SipMessage {
  if (!Number.isInteger(code) || code < 300 || code > 699) {
    throw new RangeError(`Not a SIP failure response code: ${code}`);
  }
  if (specific.has(code)) return { key: `sip.${code}` as SipMessageKey };
  const family = code >= 600 ? 'sip.6xx' : code >= 500 ? 'sip.5xx' : 'sip.4xx';
  return { key: family, params: { code } };
}
