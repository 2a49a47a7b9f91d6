// The first screen (the dialer) must not wait for the other screens' code: reads the renderer that
// `npm run build` left in out/renderer (npm test builds before unit tests) and checks what index.html
// loads before anything renders — the entry script plus everything it imports statically.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../support/repo-path';

const rendererDir = repoPath('out/renderer');
const built = existsSync(join(rendererDir, 'index.html'));
if (!built) console.log(`first-screen bundle checks skipped: ${rendererDir}/index.html is absent (run \`npm run build\` first)`);

// 2,301,920 bytes as one unminified chunk; 2,024,581 after the lazy split; 903,428 minified and with the
// full phone-number metadata no longer loaded at start-up. The budget leaves ~10% for growth.
const FIRST_SCREEN_BUDGET_BYTES = 1_000_000;
const LAZY_SCREENS = ['contacts-screen', 'campaigns-screen', 'setup-screen', 'settings-screen', 'stats-screen'];

const staticImport = /(?:^|[;\s}])import\s*["']\.\/([^"']+)["']|\bfrom\s*["']\.\/([^"']+)["']/g;

/** The entry script named in index.html and, transitively, every chunk it imports statically. */
function firstScreenFiles(): string[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*\ssrc="\.\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('index.html has no module entry script');
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(join(rendererDir, file), 'utf8');
    for (const m of source.matchAll(staticImport)) pending.push(posix.join(posix.dirname(file), m[1] ?? m[2]!));
  }
  return [...seen];
}

describe.skipIf(!built)('first-screen bundle (out/renderer)', () => {
  it('keeps what the dialer loads before it renders under the budget', () => {
    const files = firstScreenFiles();
    const bytes = files.map((f) => readFileSync(join(rendererDir, f)));
    const raw = bytes.reduce((sum, b) => sum + b.length, 0);
    const gzip = bytes.reduce((sum, b) => sum + gzipSync(b).length, 0);
    console.log(`first screen: ${files.length} JS files, ${raw} bytes (${gzip} gzipped), budget ${FIRST_SCREEN_BUDGET_BYTES}`);
    expect(raw).toBeLessThan(FIRST_SCREEN_BUDGET_BYTES);
  });

  it('loads the other screens as chunks of their own, only when asked for', () => {
    const assets = readdirSync(join(rendererDir, 'assets')).filter((f) => f.endsWith('.js'));
    const first = firstScreenFiles();
    const firstSource = first.map((f) => readFileSync(join(rendererDir, f), 'utf8')).join('\n');
    for (const screen of LAZY_SCREENS) {
      const chunk = assets.find((f) => f.startsWith(`${screen}-`));
      expect(chunk, `no chunk of its own for ${screen} in ${assets.join(', ')}`).toBeDefined();
      expect(first, `${screen} is loaded before the first screen renders`).not.toContain(`assets/${chunk}`);
      // reachable: the first screen's code names the chunk for its dynamic import()
      expect(firstSource, `nothing on the first screen can load ${chunk}`).toContain(chunk);
    }
  });
});
