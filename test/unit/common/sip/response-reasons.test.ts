import { describe, expect, it } from 'vitest';
import { formatSipMessage } from '../../../../common/sip/messages';
import { sipResponseReason } from '../../../../common/sip/response-reasons';

describe('sipResponseReason', () => {
  it.each([
    [403, 'The server refused this call (forbidden).', '服务器拒绝了此呼叫（禁止）。'],
    [404, 'The number does not exist.', '号码不存在。'],
    [480, 'The person is currently unavailable.', '对方暂时无法接通。'],
    [486, 'The line is busy.', '对方忙。'],
    [503, 'The service is unavailable right now.', '服务暂时不可用。'],
    [405, 'The call failed (SIP 405).', '呼叫失败（SIP 405）。'],
    [502, 'The server failed (SIP 502).', '服务器故障（SIP 502）。'],
    [604, 'The call was refused everywhere (SIP 604).', '呼叫被全局拒绝（SIP 604）。'],
  ])('%i reads as a human reason', (code, en, zh) => {
    expect(formatSipMessage(sipResponseReason(code), 'en')).toBe(en);
    expect(formatSipMessage(sipResponseReason(code), 'zh-CN')).toBe(zh);
  });

  it.each([200, 180, 700, 486.5, Number.NaN])('rejects %s, which is not a failure code', (code) => {
    expect(() => sipResponseReason(code)).toThrow(RangeError);
  });
});
