// Finds the Electron binary without importing `electron` (whose index downloads it when missing, which
// this network-less machine cannot do). Returns why not, so the smoke suite can say why it skipped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronBinary = { path: string } | { missing: string };

export function findElectronBinary(root = process.cwd()): ElectronBinary {
  const pkg = join(root, 'node_modules/electron');
  if (!existsSync(pkg)) return { missing: 'the electron package is not installed (npm ci)' };
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist');
  const binary = join(dist, relative);
  if (!existsSync(binary)) {
    return { missing: `no Electron binary at ${binary}: since Electron 42 npm does not download it; run "npx install-electron --no" where the network allows, or set ELECTRON_OVERRIDE_DIST_PATH` };
  }
  return { path: binary };
}
