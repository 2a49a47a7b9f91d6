import { describe, expect, it } from 'vitest';
import { asFailureReason, FAILURE_REASON_KEYS } from '../../../../common/ipc/failure-reason';
import { messages } from '../../../../renderer/src/i18n';

const sentence = (lang: 'zh-CN' | 'en', key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], (messages[lang] as { errors: { reason: unknown } }).errors.reason);

describe('failure reasons', () => {
  it.each(FAILURE_REASON_KEYS)('%s is said in both UI languages, zh-CN with full-width punctuation', (key) => {
    const zh = sentence('zh-CN', key);
    const en = sentence('en', key);
    expect(typeof zh, key).toBe('string');
    expect(typeof en, key).toBe('string');
    expect(zh as string).toMatch(/[\u4e00-\u9fff]/);
    expect(zh as string).not.toMatch(/[\u4e00-\u9fff）]\s*[:,]|[:,]\s*[\u4e00-\u9fff（]/);
    // a sentence with a next step: at least two sentences, the last one saying what to do
    expect((zh as string).split('。').filter(Boolean).length, key).toBeGreaterThanOrEqual(2);
  });

  it('takes only known keys and short plain parameters from another thread or the wire', () => {
    expect(asFailureReason({ key: 'import.unclosedQuote', params: { line: 7 } })).toEqual({ key: 'import.unclosedQuote', params: { line: 7 } });
    expect(asFailureReason({ key: 'import.empty' })).toEqual({ key: 'import.empty' });
    expect(asFailureReason({ key: 'no.such' })).toBeUndefined();
    expect(asFailureReason('import.empty')).toBeUndefined();
    expect(asFailureReason({ key: 'privacy.refused', params: { code: 'X'.repeat(500), nested: { a: 1 } } })).toEqual({ key: 'privacy.refused', params: { code: 'X'.repeat(64) } });
  });
});
