// `npm run crm -- import` given what is not a customer list: one clear line, a non-zero exit, no stack
// trace, no job left behind; a device that reads forever (/dev/zero) is refused before it is read.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../../../support/repo-path';

const CLI = repoPath('main/node/cli/crm-cli.ts');

function crm(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', CLI, ...args], { timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('crm import refuses what is not a list, with a sentence', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dialdeck-cli-import-'));
  const db = join(dir, 'crm.sqlite');
  mkdirSync(join(dir, 'lists.csv'));
  symlinkSync('/dev/zero', join(dir, 'zero.csv'));
  writeFileSync(join(dir, 'good.csv'), '姓名,手机\n张三,13800138000\n');
  writeFileSync(join(dir, 'notes.doc'), 'not a list');

  it.each([
    ['a folder', 'lists.csv', /is a folder: choose the \.csv or \.xlsx file inside it/],
    ['a device', 'zero.csv', /is not a regular file/],
    ['a missing file', 'missing.csv', /file not found/],
    ['an unsupported type', 'notes.doc', /unsupported file type \.doc/],
  ])('%s', async (_name, file, message) => {
    const run = await crm('import', join(dir, file), '--db', db);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('still imports a real list afterwards', async () => {
    const run = await crm('import', join(dir, 'good.csv'), '--db', db);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ rows: 1, imported: 1 });
  });
});
