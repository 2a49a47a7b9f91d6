import { describe, expect, it } from 'vitest';
import { maskPhoneNumbers } from '../../../../common/privacy/mask';

describe('phone number masking for logs', () => {
  it.each([
    ['call to 13800138000 failed', 'call to 138****8000 failed'],
    ['+8613800138000', '+861******8000'],
    ['landline 010-6552 9988 busy', 'landline 010****9988 busy'],
    ['two: 13912345678, 13787654321', 'two: 139****5678, 137****4321'],
    ['port 5060 and pid 12345', 'port 5060 and pid 12345'],
    ['no digits here', 'no digits here'],
  ])('%s → %s', (input, expected) => expect(maskPhoneNumbers(input)).toBe(expected));
});
