import { describe, expect, it } from 'vitest';
import type { HangupInfo } from '../../../../common/at/events';
import { outcomeFromGatewayHangup } from '../../../../common/outcome/gateway-outcome';
import type { DialOutcome } from '../../../../common/outcome/dial-outcome';

describe('outcomeFromGatewayHangup', () => {
  const table: Array<[string, HangupInfo, DialOutcome]> = [
    ['answered call, normal clearing', { answered: true, ccCause: 16, cause: 'NORMAL_CLEARING' }, 'answered'],
    ['ATD → BUSY', { cause: 'BUSY', answered: false }, 'busy'],
    ['ATD → NO ANSWER', { cause: 'NO ANSWER', answered: false }, 'noAnswer'],
    ['ATD → NO CARRIER (ambiguous)', { cause: 'NO CARRIER', answered: false }, 'failed'],
    ['ATD → NO DIALTONE (never left the line: issue 16)', { cause: 'NO DIALTONE' }, 'notPlaced'],
    ['ATD → NO DIAL TONE', { cause: 'NO DIAL TONE' }, 'notPlaced'],
    ['^CEND cc_cause 17', { ccCause: 17, cause: 'BUSY', endStatus: 104 }, 'busy'],
    ['^CEND cc_cause 19', { ccCause: 19, cause: 'NO_ANSWER' }, 'noAnswer'],
    ['^CEND cc_cause 18', { ccCause: 18, cause: 'NO_USER_RESPONDING' }, 'noAnswer'],
    ['^CEND cc_cause 21', { ccCause: 21, cause: 'REJECTED' }, 'rejected'],
    ['^CEND cc_cause 1 (空号)', { ccCause: 1 }, 'invalidNumber'],
    ['^CEND cc_cause 20 (关机)', { ccCause: 20 }, 'unreachable'],
    ['^CEND cc_cause 16 before answer falls back to text', { ccCause: 16, cause: 'NO CARRIER' }, 'failed'],
    ['cause number beats contradicting text', { ccCause: 17, cause: 'NO CARRIER' }, 'busy'],
    ['we hung up before the answer', { cause: 'LOCAL_HANGUP', answered: false }, 'cancelled'],
    ['lower-case text', { cause: 'busy' }, 'busy'],
    ['device unplugged', { cause: 'device lost' }, 'failed'],
    ['nothing known', {}, 'failed'],
  ];
  it.each(table)('%s', (_name, hangup, outcome) => {
    expect(outcomeFromGatewayHangup(hangup)).toBe(outcome);
  });
});
