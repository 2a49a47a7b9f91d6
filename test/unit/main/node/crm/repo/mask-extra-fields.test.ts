// Extra columns of a masked customer as the page sees them: every number masked in place, the words
// and dates around it kept. The values are what Chinese customer lists really carry in columns the CRM
// does not recognise (备用电话, 紧急联系人电话, 微信, QQ, 备注, 订单号, 下单日期).
import { describe, expect, it } from 'vitest';
import { maskExtraFields, maskNumbersInText } from '../../../../../../main/node/crm/repo/mask-extra-fields';

describe('numbers inside an extra value', () => {
  it.each([
    // what libphonenumber finds
    ['13800138000', '138****8000'],
    ['138 0013 8000', '138****8000'],
    ['138-0013-8000', '138****8000'],
    ['+86 138 0013 8000', '138****8000'],
    ['0086-138-0013-8000', '138****8000'],
    ['１３８００１３８０００', '138****8000'], // full-width, as IMEs type it
    ['010-62345678', '010****5678'], // landline: area code kept, subscriber masked
    ['0755 8888 6666', '0755****6666'],
    ['(0755)88886666', '0755****6666'],
    ['010-62345678转123', '010****5678转123'], // a short extension tells nothing on its own
    ['400-123-4567', '400***4567'],
    ['+44 20 7946 0018', '+442*****0018'], // a foreign number keeps its country code, as maskNumber does
    ['老板手机13800138000', '老板手机138****8000'],
    ['紧急联系人：王芳 139-0013-9000（妻子）', '紧急联系人：王芳 139****9000（妻子）'],
    ['13800138000/13900139000', '138****8000/139****9000'],
    ['手机13800138000，座机0755-88886666', '手机138****8000，座机0755****6666'],
    ['wxid_13800138000', 'wxid_138****8000'],
    // what only the 7+ digit fallback catches
    ['wx13800138000', 'wx138****8000'], // glued to Latin letters the library skips it
    ['1380013800', '13****3800'], // a mobile with a digit missing
    ['138001380001', '138*****0001'], // or one too many
    ['0571-8888666', '057****8666'], // a landline too short to be valid
    ['62345678', '****5678'], // a local number without area code
    ['QQ 123456789', 'QQ 1****6789'],
    ['身份证 11010519491231002X', '身份证 110**********1002X'],
    // decisions: an order id's digits cannot be told from a wxid's, so they are masked too; the head
    // and the last four stay, enough to say "尾号4001的订单"
    ['DD20261124001', 'DD202****4001'],
    ['20261124', '****1124'], // a compact date looks like a Beijing number, so it is masked
    // what stays as it is
    ['2026-11-24', '2026-11-24'],
    ['2026/11/24 10:30', '2026/11/24 10:30'],
    ['２０２６年１１月２４日', '２０２６年１１月２４日'],
    ['下单 2026-11-24，电话 1380013800', '下单 2026-11-24，电话 13****3800'],
    ['1380013800 2026.11.24', '13****3800 2026.11.24'],
    ['金额 12.5 元，数量 300', '金额 12.5 元，数量 300'],
    ['邮编 518000', '邮编 518000'], // six digits: a postcode, not a number
    ['VIP 客户', 'VIP 客户'],
    ['', ''],
    ['138****8000', '138****8000'], // already masked stays masked
  ])('%j → %j', (value, masked) => expect(maskNumbersInText(value)).toBe(masked));

  it('leaves no run of seven or more digits anywhere, whatever the spacing', () => {
    const values = ['1 3 8 0 0 1 3 8 0 0 0', '138 - 0013 - 8000', '+1234567890', '0086 13800138000', 'a1234567b', '(010) 6234-5678'];
    for (const value of values) expect(maskNumbersInText(value).replace(/\D/g, '').length).toBeLessThan(value.replace(/\D/g, '').length);
    for (const value of values) expect(maskNumbersInText(value)).not.toMatch(/(?:\d[\s\-.()]{0,2}){7}/);
  });
});

describe('the extra fields of a masked customer', () => {
  it('masks every value and keeps the headers', () => {
    expect(maskExtraFields({ 备用电话: '13900139000', 微信: 'wx13800138000', 下单日期: '2026-11-24' })).toEqual({
      备用电话: '139****9000',
      微信: 'wx138****8000',
      下单日期: '2026-11-24',
    });
  });

  it('masks a header that is a number (a list imported without its header row) and keeps both values when two mask alike', () => {
    expect(maskExtraFields({ '13800138000': '张伟', '13811118000': '李娜', 备注: '老客户' })).toEqual({
      '138****8000': '张伟',
      '138****8000 (2)': '李娜',
      备注: '老客户',
    });
  });
});
