import { describe, expect, it } from 'vitest';
import { autoAnswerDelay, requestedAutoAnswerDelay, type AutoAnswerHeaders } from '../../../../common/sip/auto-answer';

const none: AutoAnswerHeaders = { callInfo: [], alertInfo: [], answerMode: [] };

describe('requestedAutoAnswerDelay', () => {
  it.each([
    [{ ...none, callInfo: ['<sip:127.0.0.1>;answer-after=0'] }, 0],
    [{ ...none, callInfo: ['<sip:pbx>; Answer-After = 3'] }, 3000],
    [{ ...none, alertInfo: ['<http://www.notused.com>;info=alert-autoanswer;delay=2'] }, 2000],
    [{ ...none, alertInfo: ['info=Auto Answer'] }, 0],
    [{ ...none, answerMode: ['Auto'] }, 0],
    [{ ...none, alertInfo: ['<http://pbx/ring.wav>'], callInfo: ['<http://pbx/photo.png>;purpose=icon'] }, undefined],
    [{ ...none, answerMode: ['Manual'] }, undefined],
    [none, undefined],
  ])('%j → %s', (headers, expected) => {
    expect(requestedAutoAnswerDelay(headers)).toBe(expected);
  });
});

describe('autoAnswerDelay', () => {
  const asks: AutoAnswerHeaders = { ...none, callInfo: ['<sip:x>;answer-after=1'] };
  it('never answers when the policy is off, even if asked', () => {
    expect(autoAnswerDelay({ mode: 'off' }, asks)).toBeUndefined();
  });
  it('uses the agent delay regardless of the request', () => {
    expect(autoAnswerDelay({ mode: 'after-delay', delayMs: 500 }, none)).toBe(500);
  });
  it('follows the INVITE when the policy says so', () => {
    expect(autoAnswerDelay({ mode: 'when-requested' }, asks)).toBe(1000);
    expect(autoAnswerDelay({ mode: 'when-requested' }, none)).toBeUndefined();
  });
});
