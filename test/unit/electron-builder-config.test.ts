import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import config, { fuses } from '../../electron-builder.config';

// @electron/fuses comes with electron-builder; its enum lists every fuse the packager can flip.
const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
const { FuseV1Options } = requireFromBuilder('@electron/fuses') as { FuseV1Options: Record<string, number | string> };

const camel = (name: string) => name[0]!.toLowerCase() + name.slice(1);

describe('packaging config', () => {
  it('sets every Electron fuse explicitly', () => {
    const known = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k))).map(camel);
    expect(known.length).toBeGreaterThan(5);
    for (const name of known) expect(typeof (fuses as Record<string, unknown>)[name], name).toBe('boolean');
    expect(config.electronFuses).toBe(fuses);
  });

  it('locks the runtime down', () => {
    expect(fuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true, grantFileProtocolExtraPrivileges: false, enableCookieEncryption: true });
  });
});
