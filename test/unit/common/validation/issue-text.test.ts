import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { customMessages } from '../../../../common/validation/custom-messages';
import { issueLines, issueText, msg } from '../../../../common/validation/issue-text';

const schema = z.object({
  lists: z.array(z.string()).min(1),
  name: z.string().min(1).max(5),
  attempts: z.number().int().min(1).max(10),
  mode: z.enum(['preview', 'power']),
  server: z.url(),
  id: z.string().regex(/^[a-z]+$/, msg('campaignId')),
  wrap: z.number(),
});
const issues = schema.safeParse({ lists: [], name: 'abcdefgh', attempts: 0.5, mode: 'x', server: 'nope', id: 'A!', wrap: undefined }).error!.issues;

const latinSentence = /[A-Za-z]{3,}/;

describe('validation issues in the user’s language', () => {
  it('says every standard zod problem in Chinese without a Latin word', () => {
    const lines = issues.map((i) => issueText(i, 'zh-CN'));
    expect(lines).toEqual(['至少选择一项', '最多 5 个字符', '请输入整数', '请从列表中选择', '请输入完整的网址', '只能包含字母、数字、下划线和连字符，最多 64 个', '请输入数字']);
    for (const line of lines) expect(line).not.toMatch(latinSentence);
  });

  it('says them in English too, not in zod’s developer English', () => {
    const lines = issues.map((i) => issueText(i, 'en'));
    expect(lines).toEqual(['Choose at least one', 'At most 5 characters', 'Enter a whole number', 'Choose one of the options', 'Enter a full web address', 'Letters, digits, _ and - only, at most 64', 'Enter a number']);
    expect(lines.join(' ')).not.toMatch(/expected|received|Too small|Invalid/);
  });

  it('puts the field’s own label in front, with a full-width colon in Chinese; unknown paths keep no code', () => {
    const labels: Record<string, string> = { lists: '客户名单', name: '名称' };
    const zh = issueLines(issues.slice(0, 3), 'zh-CN', (path) => labels[path.join('.')]);
    expect(zh).toEqual(['客户名单：至少选择一项', '名称：最多 5 个字符', '请输入整数']);
    expect(issueLines(issues.slice(0, 2), 'en', (p) => ({ lists: 'Lists', name: 'Name' })[p.join('.')])).toEqual(['Lists: Choose at least one', 'Name: At most 5 characters']);
  });

  it('an empty required text is "required", a longer minimum says how long', () => {
    const r = z.object({ a: z.string().min(1), b: z.string().min(6) }).safeParse({ a: '', b: 'x' }).error!.issues;
    expect(r.map((i) => issueText(i, 'zh-CN'))).toEqual(['必填', '至少 6 个字符']);
  });

  it('every custom message exists in both languages, the Chinese one without Latin sentences', () => {
    for (const [key, texts] of Object.entries(customMessages)) {
      expect(texts.en, key).toBeTruthy();
      // addresses and codes (wss://, sip:, Asia/Shanghai, HA1, ICE, IP) may stand in Chinese text; sentences may not
      expect(texts['zh-CN'].replace(/[a-z]+:\/\/\S*|sip:\S+|Asia\/Shanghai|HA1|ICE|IP|stun:|turns?:|https?:\/\//g, ''), key).not.toMatch(latinSentence);
    }
  });

  it('an unknown key or a raw English message falls back to the code’s sentence, never shows the raw text', () => {
    expect(issueText({ code: 'custom', path: [], message: '@noSuchKey' }, 'zh-CN')).toBe('内容无效');
    expect(issueText({ code: 'custom', path: [], message: 'some developer text' }, 'zh-CN')).toBe('内容无效');
  });
});
