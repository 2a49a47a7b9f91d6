// The project stands on its own: a clone in any folder passes `npm test`. So no tracked file may reach
// outside the repository (the design notes' folder beside it, this machine's folders) or into a fixed
// temporary folder instead of os.tmpdir().
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Patterns are assembled so this file does not match itself. */
const outside: [RegExp, string][] = [
  [new RegExp('/' + 'work/'), 'this machine’s workspace'],
  [new RegExp('/' + String.raw`(home|Users)/[A-Za-z]`), 'a user’s home folder'],
];
const fixedTmp: [RegExp, string] = [new RegExp(String.raw`['"\`]/` + 'tmp/'), 'a fixed /tmp path (use os.tmpdir())'];
const code = /\.(ts|tsx|js|mjs|cjs|sh)$/;

/** Relative paths (../x) that climb above the repository root from the file that names them. */
const relative = /(?:^|[\s'"`(=])((?:\.\.\/)+)[\w.-]/g;
const climbsOut = (file: string, ups: string) => ups.length / 3 > file.split('/').length - 1;

function findOutsidePaths(file: string, text: string): string[] {
  const rules = code.test(file) ? [...outside, fixedTmp] : outside;
  return text.split('\n').flatMap((line, i) => {
    const where = `${file}:${i + 1}`;
    const found = rules.filter(([re]) => re.test(line)).map(([, what]) => `${where}: ${what}: ${line.trim()}`);
    const escapes = [...line.matchAll(relative)].some((m) => climbsOut(file, m[1]!));
    return escapes ? [...found, `${where}: a folder beside the repository: ${line.trim()}`] : found;
  });
}

describe('self-contained repository', () => {
  it('names no path outside the repository in any tracked file', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter((f) => f && f !== 'package-lock.json' && !/\.(png|jpg|wav|xlsx|ico|icns)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => findOutsidePaths(f, readFileSync(root + f, 'utf8')));
    expect(found).toEqual([]);
  });

  it.each([
    ['x.ts', `const dir = '../sh` + `ared/fixtures/hid';`],
    ['test/x.md', 'see ../../sh' + 'ared/notes'],
    ['test/unit/x.ts', `import y from '${'../'.repeat(3)}sibling/y';`],
    ['x.ts', `const f = '/wo` + `rk/shared/fixtures/at';`],
    ['x.ts', "const d = `/t" + 'mp/dd-${id}`;'],
    ['x.md', 'on /ho' + 'me/alice/dialdeck'],
  ])('flags %s: %s', (file, text) => {
    expect(findOutsidePaths(file, text)).toHaveLength(1);
  });

  it('lets relative paths inside the repository through, whatever the folder is called', () => {
    expect(findOutsidePaths('renderer/src/features/a/b.tsx', `import { x } from '../../shared/x';`)).toEqual([]);
    expect(findOutsidePaths('test/unit/common/at/x.test.ts', `import { y } from '${'../'.repeat(4)}common/at/y';`)).toEqual([]);
  });

  it('lets system paths and os.tmpdir() through', () => {
    expect(findOutsidePaths('x.ts', `join(tmpdir(), 'dd'); '/dev/hidraw0'; '/sys/class/hidraw'; '/usr/bin/chromium'`)).toEqual([]);
    expect(findOutsidePaths('x.md', 'kamailio -Y /tmp/kam')).toEqual([]);
  });
});
