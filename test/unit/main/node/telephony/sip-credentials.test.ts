import { createHash } from 'node:crypto';
import { mkdtempSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Settings } from '../../../../../common/settings/settings-schema';
import { createMemorySecretStore } from '../../../../../main/node/secrets/secret-store';
import { createRecordings } from '../../../../../main/node/telephony/recording-files';
import { sipCredentials } from '../../../../../main/node/telephony/sip-credentials';

const settings = Settings.parse({
  sip: {
    accounts: [
      { id: 'office', server: 'wss://pbx.example.com', user: '1001', domain: 'pbx.example.com' },
      { id: 'trunk', server: 'wss://pbx.example.com', user: '2001', authUser: 'auth2001', realm: 'asterisk', domain: 'pbx.example.com', recording: { policy: 'always', retentionDays: 7 } },
    ],
  },
});

describe('SIP credentials', () => {
  it('gives HA1 = MD5(authUser:realm:password), realm defaulting to the domain', async () => {
    const secrets = createMemorySecretStore();
    await secrets.set('sip:office', 'pässwörd');
    await secrets.set('sip:trunk', 'x');
    expect(sipCredentials(settings, secrets, 'office')).toEqual({ authorizationUsername: '1001', ha1: createHash('md5').update('1001:pbx.example.com:pässwörd').digest('hex') });
    expect(sipCredentials(settings, secrets, 'trunk')).toEqual({ authorizationUsername: 'auth2001', ha1: createHash('md5').update('auth2001:asterisk:x').digest('hex') });
  });

  it('says what is missing', () => {
    const secrets = createMemorySecretStore();
    expect(() => sipCredentials(settings, secrets, 'nope')).toThrow(/no SIP account/);
    expect(() => sipCredentials(settings, secrets, 'office')).toThrow(/no password stored/);
  });
});

describe('recordings', () => {
  it('files a recording by day and account and prunes per account retention', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dialdeck-rec-'));
    const recordings = createRecordings(dir);
    const upload = join(dir, 'upload.webm');
    writeFileSync(upload, 'webm');
    const startedAt = Date.UTC(2026, 10, 24, 9, 30);
    const path = await recordings.store(upload, 'trunk', 'call-1', startedAt);
    expect(path).toBe(join(dir, 'recordings/2026-11-24/trunk', `${startedAt}-call-1.webm`));
    const eightDaysAgo = (Date.now() - 8 * 86_400_000) / 1000;
    utimesSync(path, eightDaysAgo, eightDaysAgo);
    expect(recordings.prune(settings)).toBe(1);
    expect(existsSync(path)).toBe(false);
  });
});
