import { describe, expect, it } from 'vitest';
import { hasPhoneColumn, rowToContact, suggestMapping, toCsvLine } from '../../../../common/crm';

describe('suggestMapping', () => {
  it.each([
    [['姓名', '手机', '公司', '备注'], ['name', 'phone', 'company', 'note']],
    [['客户姓名', '手机号码', '电话', '单位名称'], ['name', 'phone', 'phone', 'extra']],
    [['联系人', '联系电话1', '联系电话2', '标签'], ['name', 'phone', 'phone', 'tags']],
    [['Name', 'Phone Number', 'Company', 'Remarks'], ['name', 'phone', 'company', 'note']],
    [['姓名（必填）', ' 手机 ', '姓名', ''], ['name', 'phone', 'extra', 'ignore']],
    [['ＴＥＬ', '座机', '地址'], ['phone', 'phone', 'extra']],
  ])('%j -> %j', (headers, fields) => {
    expect(suggestMapping(headers).map((m) => m.field)).toEqual(fields);
  });

  it('says when no column holds phone numbers', () => {
    expect(hasPhoneColumn(suggestMapping(['姓名', '公司']))).toBe(false);
  });
});

describe('rowToContact', () => {
  const mapping = suggestMapping(['姓名', '手机', '电话', '公司', '标签', '备注', '地址']);

  it('collects several numbers, drops repeats, keeps rejects and extra columns', () => {
    const draft = rowToContact(['张三', '138 0013 8000/12345', '+86 13800138000；010-12345678转8', '某公司', 'VIP，老客户', '回访', '北京'], mapping);
    expect(draft).toMatchObject({ name: '张三', company: '某公司', tags: ['VIP', '老客户'], note: '回访', extra: { 地址: '北京' }, rejectedPhones: ['12345'] });
    expect(draft.phones.map((p) => [p.key, p.raw])).toEqual([
      ['+8613800138000', '138 0013 8000'],
      ['+861012345678;ext=8', '010-12345678转8'],
    ]);
  });

  it('tolerates short rows', () => {
    expect(rowToContact(['李四'], mapping)).toMatchObject({ name: '李四', phones: [], rejectedPhones: [] });
  });
});

describe('toCsvLine', () => {
  it.each([
    [['a', 1, null], 'a,1,\r\n'],
    [['含,逗号', 'say "hi"', '两\n行'], '"含,逗号","say ""hi""","两\n行"\r\n'],
    [['=HYPERLINK("x")', '+86 138', '-5'], `"'=HYPERLINK(""x"")",+86 138,-5\r\n`],
  ])('%j', (values, line) => expect(toCsvLine(values)).toBe(line));
});
