import { describe, expect, it } from 'vitest';
import { maskDigitRun, maskLandline, maskMainlandLandline, maskNumber } from '../../../../common/privacy/mask-number';
import { maskPhone } from '../../../../main/node/crm/repo/masked-contacts';

describe('a number as a masked campaign shows it', () => {
  it.each([
    ['13800138000', '138****8000'],
    ['+8613800138000', '138****8000'],
    ['+86 138-0013-8000', '138****8000'],
    ['008613800138000', '138****8000'],
    ['１３８００１３８０００', '138****8000'],
    ['01065529988', '010****9988'],
    ['+861065529988', '010****9988'], // a landline in E.164: as agents write it
    ['+8675588886666', '0755****6666'],
    ['+86 20 8765 4321', '020****4321'],
    ['+864001234567', '400***4567'], // a service number is no landline
    ['+442079460018', '+442*****0018'],
    ['12345', '*****'],
    ['', '****'],
  ])('%s → %s', (raw, masked) => expect(maskNumber(raw)).toBe(masked));

  it('keeps no digit of the middle, whatever the layout', () => {
    for (const raw of ['138 0013 8000', '138-0013-8000', '(138) 0013 8000']) expect(maskNumber(raw)).not.toMatch(/0013/);
  });
});

describe('a landline with its area code', () => {
  it.each([
    ['010', '62345678', '010****5678'],
    ['0755', '8888 6666', '0755****6666'],
    ['0571', '8888666', '0571***8666'],
    ['０７５５', '８８８８６６６６', '0755****6666'],
    ['010', '1234', '010****'],
  ])('%s %s → %s', (areaCode, subscriber, masked) => expect(maskLandline(areaCode, subscriber)).toBe(masked));

  it('agrees with maskNumber where the area code has three digits', () => expect(maskLandline('010', '62345678')).toBe(maskNumber('010-62345678')));
});

describe('a mainland landline from its national number', () => {
  it.each([
    ['1062345678', '010****5678'], // Beijing: two-digit area code
    ['2087654321', '020****4321'], // Guangzhou
    ['75588886666', '0755****6666'],
    ['5718888666', '0571***8666'],
  ])('%s → %s', (national, masked) => expect(maskMainlandLandline(national)).toBe(masked));

  it('is how a masked card shows a landline; a mobile stays as maskNumber shows it', () => {
    const phone = (e164: string, kind: 'mobile' | 'landline') => ({ e164, national: e164.slice(3), kind, raw: e164, key: e164 }) as Parameters<typeof maskPhone>[0];
    expect(maskPhone(phone('+8675588886666', 'landline'))).toMatchObject({ e164: '0755****6666', national: '0755****6666', raw: '0755****6666' });
    expect(maskPhone(phone('+8613800138000', 'mobile')).e164).toBe('138****8000');
  });
});

describe('a digit run no number plan knows', () => {
  it.each([
    ['13800138000', '138****8000'], // 11 digits look like a mobile
    ['1380013800', '13****3800'],
    ['123456789', '1****6789'],
    ['62345678', '****5678'],
    ['1234567', '***4567'], // maskNumber would show all seven
    ['138001380001', '138*****0001'],
    ['123456', '******'],
    ['１２３４５６７', '***4567'],
    ['٣٣٣٣٣٣٣٣', '****٣٣٣٣'], // Arabic-Indic digits are digits too
  ])('%s → %s', (raw, masked) => expect(maskDigitRun(raw)).toBe(masked));

  it('always hides at least three digits of seven or more', () => {
    for (let length = 7; length <= 20; length++) {
      const masked = maskDigitRun('9'.repeat(length));
      expect(masked).toHaveLength(length);
      expect(masked.split('*').length - 1).toBeGreaterThanOrEqual(3);
    }
  });
});
