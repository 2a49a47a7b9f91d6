import { describe, expect, it } from 'vitest';
import { findDialLink, parseDialLink } from '../../../../common/dialer/dial-link';

describe('tel:/callto:/sip: links', () => {
  it.each([
    ['tel:13800138000', '13800138000'],
    ['tel:+86-138-0013-8000', '+8613800138000'],
    ['TEL:(010)%206552-9988', '01065529988'],
    ['callto://13800138000', '13800138000'],
    ['tel:13800138000;phone-context=example.com', '13800138000'],
    ['tel:10086?body=hi', '10086'],
    ['sip:13800138000@pbx.example.com', '13800138000'],
    ['tel:*86#', '*86#'],
    ['tel:', null],
    ['tel:12', null],
    ['tel:1380%0D%0AVia:x', null],
    ['tel:abc', null],
    ['https://example.com', null],
    ['tel:%E0%A4%A', null],
  ])('%s → %s', (link, expected) => expect(parseDialLink(link)).toBe(expected));

  it('finds the link among a second instance argv', () => {
    expect(findDialLink(['/opt/Dialdeck/dialdeck', '--no-sandbox-is-never-passed', 'tel:10086'])).toBe('10086');
    expect(findDialLink(['/opt/Dialdeck/dialdeck'])).toBeNull();
  });
});
