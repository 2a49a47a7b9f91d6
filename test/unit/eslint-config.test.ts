// Proves the runtime-boundary lint bites: each case lints a snippet as if it lived in that folder.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? 'fatal');
}

describe('runtime boundaries (npm run lint)', () => {
  it.each([
    ['renderer → node:fs', 'renderer/src/leak.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", 'import-x/no-nodejs-modules'],
    ['renderer → fs (bare)', 'renderer/src/leak.ts', "import fs from 'fs';\nexport const r = fs;", 'import-x/no-nodejs-modules'],
    ['renderer → main/', 'renderer/src/leak.ts', "import { createRouter } from '../../main/node/ipc/router';\nexport const r = createRouter;", 'import-x/no-restricted-paths'],
    ['renderer → electron', 'renderer/src/leak.ts', "import { shell } from 'electron';\nexport const r = shell;", 'no-restricted-imports'],
    ['common/ → electron', 'common/leak.ts', "import { app } from 'electron';\nexport const r = app;", 'no-restricted-imports'],
    ['common/ → node:path', 'common/leak.ts', "import { join } from 'node:path';\nexport const r = join;", 'import-x/no-nodejs-modules'],
    ['common/ → react', 'common/leak.ts', "import { useState } from 'react';\nexport const r = useState;", 'no-restricted-imports'],
    ['common/ → main/', 'common/leak.ts', "import { createRouter } from '../main/node/ipc/router';\nexport const r = createRouter;", 'import-x/no-restricted-paths'],
    ['server/ → main/', 'server/leak.ts', "import { createRouter } from '../main/node/ipc/router';\nexport const r = createRouter;", 'import-x/no-restricted-paths'],
    ['preload/ → main/', 'preload/leak.ts', "import { createRouter } from '../main/node/ipc/router';\nexport const r = createRouter;", 'import-x/no-restricted-paths'],
    ['preload/ → app from electron', 'preload/leak.ts', "import { app } from 'electron';\nexport const r = app;", 'no-restricted-imports'],
    ['main/node → electron', 'main/node/leak.ts', "import { app } from 'electron';\nexport const r = app;", 'no-restricted-imports'],
  ])('%s is an error', async (_name, file, code, rule) => {
    expect(await ruleIds(file, code)).toContain(rule);
  });

  it.each([
    ['common/ → zod and common/', 'common/fine.ts', "import { z } from 'zod';\nimport { ok } from './ipc/result';\nexport const r = [z, ok];"],
    ['renderer → common/', 'renderer/src/fine.ts', "import { ok } from '../../common/ipc/result';\nexport const r = ok;"],
    ['main/electron-main → electron + node', 'main/electron-main/fine.ts', "import { app } from 'electron';\nimport { join } from 'node:path';\nexport const r = [app, join];"],
    ['preload → contextBridge', 'preload/fine.ts', "import { contextBridge } from 'electron';\nexport const r = contextBridge;"],
    ['test/ → main/', 'test/unit/fine.test.ts', "import { createRouter } from '../../main/node/ipc/router';\nexport const r = createRouter;"],
  ])('%s is allowed', async (_name, file, code) => {
    expect(await ruleIds(file, code)).toEqual([]);
  });
});
