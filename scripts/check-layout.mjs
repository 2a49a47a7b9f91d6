// `npm run lint` runs this: the layout rules that keep the tree telling where things live.
// - one file-name convention: kebab-case for every file and folder (README.md, locale tags such as zh-CN,
//   and dotfiles excepted);
// - no two production modules with the same name (index, main and a Fastify module's routes excepted):
//   a name says what a module does, so two of them doing different things need two names;
// - tests mirror the source tree: a file under test/unit/ or test/integration/ sits in the folder that
//   mirrors the source folder it tests (test/unit/common/at/ tests common/at/), see test/README.md.
// test/unit/scripts/check-layout.test.ts proves each rule fires.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/;
const LOCALE = /^[a-z]{2}-[A-Z]{2}(\.json)?$/;
const PRODUCTION = /^(common|main|preload|renderer|server|scripts)\//;
const CODE = /\.(ts|tsx|js|mjs|cjs)$/;
const SHARED_NAMES = new Set(['index', 'main', 'routes']);
const TEST_TIERS = /^test\/(unit|integration)\//;

/** @param {string[]} files repository-relative paths */
export function nameProblems(files) {
  return files.flatMap((file) =>
    file
      .split('/')
      .filter((segment) => !(segment === 'README.md' || segment.startsWith('.') || LOCALE.test(segment) || KEBAB.test(segment)))
      .map((segment) => `${file}: "${segment}" is not kebab-case`),
  );
}

/** @param {string[]} files */
export function duplicateNameProblems(files) {
  const byName = new Map();
  for (const file of files.filter((f) => PRODUCTION.test(f) && CODE.test(f))) {
    const name = file.split('/').pop().replace(CODE, '');
    if (SHARED_NAMES.has(name)) continue;
    byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  return [...byName].filter(([, list]) => list.length > 1).map(([name, list]) => `module name "${name}" is used ${list.length} times: ${list.join(', ')}`);
}

/** @param {string[]} files */
export function testMirrorProblems(files) {
  const folders = new Set(files.filter((f) => !f.startsWith('test/')).flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  return files
    .filter((f) => TEST_TIERS.test(f))
    .flatMap((file) => {
      const mirrored = file.replace(TEST_TIERS, '').split('/').slice(0, -1).join('/');
      return mirrored === '' || folders.has(mirrored) ? [] : [`${file}: no source folder "${mirrored}/" (tests mirror the source tree)`];
    });
}

export function layoutProblems(files) {
  return [...nameProblems(files), ...duplicateNameProblems(files), ...testMirrorProblems(files)];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  const problems = layoutProblems(files);
  for (const problem of problems) console.error(problem);
  if (problems.length) {
    console.error(`\n${problems.length} layout problem(s): see scripts/check-layout.mjs for the rules`);
    process.exit(1);
  }
}
