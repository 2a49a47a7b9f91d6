// `npm run crm -- dnc list|remove`: the administrator's view of the do-not-call list. The agents' panel
// hides masked customers' entries, so the CLI must list them (real numbers, marked hiddenFromAgents)
// and remove them; bad input gets one clear line, a non-zero exit and changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { importContacts } from '../../../../../main/node/crm/import/import-contacts';
import { addDnc, listDnc } from '../../../../../main/node/crm/repo/dnc-list';
import { scratch } from '../crm/crm-test-db';
import { repoPath } from '../../../../support/repo-path';

const CLI = repoPath('main/node/cli/crm-cli.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function crm(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', CLI, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

let env: ReturnType<typeof scratch>;
let dbPath: string;
const keys = () => env.db.prepare('SELECT phone_key FROM dnc ORDER BY phone_key').pluck().all();

beforeEach(async () => {
  env = scratch();
  dbPath = join(env.dir, 'crm.db');
  await importContacts(env.db, { file: env.file('masked.csv', '姓名,手机\n张伟,13800138000\n'), listName: '保密名单' });
  const list = env.db.prepare('SELECT id FROM lists WHERE name = ?').pluck().get('保密名单') as number;
  env.db
    .prepare(`INSERT INTO campaigns(id, settings, archived, created_at, updated_at) VALUES ('secret', ?, 0, 0, 0)`)
    .run(JSON.stringify({ maskNumbers: true, listIds: [list] }));
  addDnc(env.db, '13800138000', 'refused', 'agent', '', 1); // 张伟, a masked customer
  addDnc(env.db, '13700137000', 'refused', 'campaign:secret', 'disposition refused', 2); // a refusal in the masked campaign
  addDnc(env.db, '0755-88886666', 'complaint', 'cli', '投诉', 3); // nobody's
});
afterEach(() => env.cleanup());

describe('crm dnc list', () => {
  it('prints every entry with its real number, the ones hidden from agents marked', async () => {
    expect(listDnc(env.db, '', 100).map((e) => e.phoneKey)).toEqual(['+8675588886666']); // what the agents' panel shows
    const run = await crm('dnc', 'list', '--db', dbPath);
    expect(run.code).toBe(0);
    const entries = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries).toEqual([
      { phoneKey: '+8613700137000', reason: 'refused', source: 'campaign:secret', note: 'disposition refused', createdAt: 2, hiddenFromAgents: true },
      { phoneKey: '+8613800138000', reason: 'refused', source: 'agent', note: '', createdAt: 1, hiddenFromAgents: true },
      { phoneKey: '+8675588886666', reason: 'complaint', source: 'cli', note: '投诉', createdAt: 3, hiddenFromAgents: false },
    ]);
    expect(run.stderr).toBe('do-not-call entries: 3\n');
  });

  it('says the output holds real numbers and is not for the agent UI', async () => {
    const run = await crm('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('crm dnc list --db PATH');
    expect(run.stdout).toContain('crm dnc remove NUMBER --db PATH');
    expect(run.stdout).toMatch(/real number/);
    expect(run.stdout).toMatch(/not the agent UI/);
  });

  it('refuses a database path that does not exist, without creating one', async () => {
    const missing = join(env.dir, 'typo.db');
    const run = await crm('dnc', 'list', '--db', missing);
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: `crm: database not found: ${missing}\n` });
    expect(existsSync(missing)).toBe(false);
  });

  it('refuses a file that is not a database', async () => {
    const notDb = env.file('contacts.csv', '姓名,手机\n张伟,13800138000\n');
    const run = await crm('dnc', 'list', '--db', notDb);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^crm: --db is not a CRM database/);
    expect(run.stderr).not.toMatch(/unexpected/);
  });
});

describe('crm dnc add', () => {
  it('records over an entry hidden from agents and prints the stored entry (the admin sees real entries)', async () => {
    const run = await crm('dnc', 'add', '+86 138-0013-8000', '--reason', 'complaint', '--db', dbPath);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ phoneKey: '+8613800138000', reason: 'complaint', source: 'cli', note: '', createdAt: 1 });
    const row = env.db.prepare("SELECT reason, source, created_at AS createdAt FROM dnc WHERE phone_key = '+8613800138000'").get();
    expect(row).toEqual({ reason: 'complaint', source: 'cli', createdAt: 1 });
    expect(keys()).toHaveLength(3);
  });

  it('refuses a mask copied from the agent UI and changes nothing', async () => {
    const run = await crm('dnc', 'add', '138****8000', '--reason', 'refused', '--db', dbPath);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^crm: not a phone number: 138\*\*\*\*8000 /);
    expect(keys()).toHaveLength(3);
  });
});

describe('crm dnc remove', () => {
  it('removes a masked customer\u2019s entry given the number in any format', async () => {
    const run = await crm('dnc', 'remove', '+86 138-0013-8000', '--db', dbPath);
    expect(run).toMatchObject({ code: 0, stdout: '{"removed":"+8613800138000"}\n' });
    expect(keys()).toEqual(['+8613700137000', '+8675588886666']);
    const again = await crm('dnc', 'remove', '0755 8888 6666', '--db', dbPath);
    expect(again.code).toBe(0);
    expect(keys()).toEqual(['+8613700137000']);
  });

  it.each([
    ['138****8000', /^crm: not a phone number: 138\*\*\*\*8000 /], // a mask copied from the agent UI
    ['abc', /^crm: not a phone number: abc \(notANumber\)/],
    ['12345', /^crm: not a phone number: 12345 /],
  ])('refuses %j as not a number and changes nothing', async (number, message) => {
    const run = await crm('dnc', 'remove', number, '--db', dbPath);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(keys()).toHaveLength(3);
  });

  it('says a valid number is not on the list, and which key it looked for', async () => {
    const run = await crm('dnc', 'remove', '13900139000', '--db', dbPath);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toBe('crm: not on the do-not-call list: 13900139000 (looked for +8613900139000; see crm dnc list)\n');
    expect(keys()).toHaveLength(3);
  });

  it('needs exactly one number', async () => {
    const none = await crm('dnc', 'remove', '--db', dbPath);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^crm: dnc remove takes one NUMBER\nusage:/);
    const two = await crm('dnc', 'remove', '13800138000', '13700137000', '--db', dbPath);
    expect(two.code).toBe(2);
    expect(keys()).toHaveLength(3);
  });

  it('refuses a missing database', async () => {
    const run = await crm('dnc', 'remove', '13800138000', '--db', join(env.dir, 'nope.db'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^crm: database not found: /);
    expect(keys()).toHaveLength(3);
  });
});
