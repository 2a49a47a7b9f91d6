import { describe, expect, it } from 'vitest';
import { maskNumber } from '../../../common/privacy/mask-number';

describe('a number as a masked campaign shows it', () => {
  it.each([
    ['13800138000', '138****8000'],
    ['+8613800138000', '138****8000'],
    ['+86 138-0013-8000', '138****8000'],
    ['008613800138000', '138****8000'],
    ['１３８００１３８０００', '138****8000'],
    ['01065529988', '010****9988'],
    ['+442079460018', '+442*****0018'],
    ['12345', '*****'],
    ['', '****'],
  ])('%s → %s', (raw, masked) => expect(maskNumber(raw)).toBe(masked));

  it('keeps no digit of the middle, whatever the layout', () => {
    for (const raw of ['138 0013 8000', '138-0013-8000', '(138) 0013 8000']) expect(maskNumber(raw)).not.toMatch(/0013/);
  });
});
