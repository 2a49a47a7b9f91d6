// Numbers grouped for reading (138 0013 8000, 021 6888 1234), used by the contact screens, the dialer's
// recent calls and the campaign lead card; anything that is not a stored +86 number is left as it is.
import { describe, expect, it } from 'vitest';
import { formatPhone } from '../../../../../renderer/src/ui-shared/format-phone';

describe('formatPhone', () => {
  it.each([
    ['+8613800138000', '138 0013 8000'],
    ['+862168881234', '021 6888 1234'],
    ['+861065529988', '010 6552 9988'],
    ['+8657188886666', '0571 8888 6666'],
    ['+864008208820', '400 820 8820'],
    ['17910023757', '17910023757'], // not a valid stored number: shown as dialled
    ['1001', '1001'], // an extension
    ['bob@pbx.example', 'bob@pbx.example'],
    ['+14155550123', '+14155550123'],
    ['', ''],
  ])('%s → %s', (input, expected) => expect(formatPhone(input)).toBe(expected));

  it('adds the extension with the UI word for it', () => {
    expect(formatPhone('+862168881234', '806', '转')).toBe('021 6888 1234 转 806');
    expect(formatPhone('+862168881234', '806')).toBe('021 6888 1234 ext. 806');
  });
});
