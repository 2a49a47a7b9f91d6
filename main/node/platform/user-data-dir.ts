// Where the installed app keeps its data, computed the way Electron's app.getPath('userData') does,
// so command-line tools on a workstation find the same settings and logs without Electron.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.DIALDECK_DATA_DIR) return env.DIALDECK_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData/Roaming'), 'Dialdeck');
  if (platform === 'darwin') return join(homedir(), 'Library/Application Support/Dialdeck');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Dialdeck');
}

/** Electron's app.getPath('logs'): ~/Library/Logs/Dialdeck on macOS, <userData>/logs elsewhere. */
export function defaultLogDir(userData: string, platform: NodeJS.Platform = process.platform): string {
  return platform === 'darwin' ? join(homedir(), 'Library/Logs/Dialdeck') : join(userData, 'logs');
}
