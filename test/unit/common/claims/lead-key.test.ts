import { describe, expect, it } from 'vitest';
import { webCryptoPrimitives } from '../../../../common/binding/signing';
import { deriveLeadKey, leadKeyInput } from '../../../../common/claims/lead-key';
import { LeadKey } from '../../../../common/claims/claims-api';

const SALT = 's'.repeat(43);
const crypto = webCryptoPrimitives();

describe('leadKeyInput', () => {
  it.each([
    ['+86 138-0013-8000', '+8613800138000'],
    ['13800138000', '+8613800138000'],
    ['008613800138000', '+8613800138000'],
    ['＋８６１３８００１３８０００', '+8613800138000'],
    ['010-6212 3456', '+861062123456'],
  ])('%s is %s', (raw, e164) => {
    expect(leadKeyInput(raw)).toEqual({ ok: true, e164, message: `dialdeck-lead-key:v1:${e164}` });
  });
  it.each(['', '   ', '12345', 'abc'])('"%s" is refused with a reason', (raw) => {
    const r = leadKeyInput(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
  });
});

describe('deriveLeadKey', () => {
  it('every way of writing one number gives one key, the hub accepts it, and it does not contain the number', async () => {
    const keys = await Promise.all(['+86 138-0013-8000', '13800138000', '008613800138000'].map((n) => deriveLeadKey(n, SALT, crypto)));
    expect(new Set(keys).size).toBe(1);
    expect(LeadKey.safeParse(keys[0]).success).toBe(true);
    expect(keys[0]).not.toContain('13800138000');
  });
  it('depends on the salt (tenants cannot correlate customers) and on the number', async () => {
    const a = await deriveLeadKey('13800138000', SALT, crypto);
    expect(await deriveLeadKey('13800138000', 't'.repeat(43), crypto)).not.toBe(a);
    expect(await deriveLeadKey('13800138001', SALT, crypto)).not.toBe(a);
  });
  it('refuses a bad number or a missing salt', async () => {
    await expect(deriveLeadKey('12345', SALT, crypto)).rejects.toThrow(/cannot claim this lead/);
    await expect(deriveLeadKey('13800138000', 'short', crypto)).rejects.toThrow(/salt/);
  });
});
