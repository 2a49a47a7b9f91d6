import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without type declarations
import { duplicateNameProblems, nameProblems, testMirrorProblems } from '../../../scripts/check-layout.mjs';

describe('layout rules (npm run lint)', () => {
  it.each([
    ['renderer/src/features/contacts/ContactsScreen.tsx', 1],
    ['main/node/crm/importContacts.ts', 1],
    ['test/fixtures/hid/Jabra-' + 'EvolveLinkMS.json', 1],
    ['main/node/myFolder/x.ts', 1],
    ['renderer/src/features/contacts/contacts-screen.tsx', 0],
    ['test/unit/common/at/engine.test.ts', 0],
    ['renderer/src/i18n/locales/zh-CN/dialer.json', 0],
    ['README.md', 0],
    ['.ci/run', 0],
    ['electron.vite.config.ts', 0],
  ])('file names: %s has %i problem(s)', (file, count) => {
    expect(nameProblems([file])).toHaveLength(count);
  });

  it('refuses two production modules with one name, allows index/main/routes and tests', () => {
    expect(duplicateNameProblems(['common/stats/stats-range.ts', 'renderer/src/features/stats/stats-range.ts'])).toHaveLength(1);
    expect(duplicateNameProblems(['common/phone/index.ts', 'common/crm/index.ts', 'server/modules/a/routes.ts', 'server/modules/b/routes.ts'])).toEqual([]);
    expect(duplicateNameProblems(['common/at/engine.ts', 'test/unit/common/at/engine.ts'])).toEqual([]);
  });

  it('places every unit and integration test under the mirror of a source folder', () => {
    const sources = ['common/at/engine.ts', 'main/node/store/store-client.ts', 'eslint.config.js'];
    expect(testMirrorProblems([...sources, 'test/unit/common/at/engine.test.ts', 'test/integration/main/node/store/open.test.ts', 'test/unit/eslint-config.test.ts'])).toEqual([]);
    expect(testMirrorProblems([...sources, 'test/unit/at/engine.test.ts'])).toHaveLength(1);
    expect(testMirrorProblems([...sources, 'test/integration/main/node/crm/import.test.ts'])).toHaveLength(1);
    expect(testMirrorProblems([...sources, 'test/e2e/shift.spec.ts', 'test/support/wait-for.ts'])).toEqual([]);
  });
});
