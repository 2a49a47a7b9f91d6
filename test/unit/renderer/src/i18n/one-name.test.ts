// One name per thing in Chinese: every zh-CN message, the import report's words and the stats export call
// a campaign 外呼任务 and the do-not-call list 勿扰名单, never a second name beside it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../../../support/repo-path';

const OTHER_NAMES: Array<[string, RegExp]> = [
  ['外呼任务', /外呼活动|营销活动/],
  ['勿扰名单', /免打扰名单|免打扰号码|禁呼名单|黑名单/],
];

const zhFiles = [
  ...readdirSync(repoPath('renderer/src/i18n/locales/zh-CN')).map((f) => `renderer/src/i18n/locales/zh-CN/${f}`),
  'common/crm/import-report-text.ts',
];

describe.each(OTHER_NAMES)('Chinese text says %s', (name, others) => {
  it.each(zhFiles)('%s', (file) => {
    const found = readFileSync(join(repoPath(''), file), 'utf8').match(new RegExp(others, 'g')) ?? [];
    expect(found, `use ${name}`).toEqual([]);
  });
});
