// Serves the built renderer from disk for the harness, with the same path rules as the app:// protocol.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mimeTypeFor, resolveAppPath } from '../../../common/security/app-path';

export interface StaticFile {
  status: number;
  body: Buffer | string;
  contentType: string;
}

export async function readStaticFile(root: string, pathname: string): Promise<StaticFile> {
  const relative = resolveAppPath(pathname);
  if (!relative) return { status: 404, body: 'not found', contentType: 'text/plain; charset=utf-8' };
  try {
    return { status: 200, body: await readFile(join(root, relative)), contentType: mimeTypeFor(relative) };
  } catch {
    return { status: 404, body: 'not found', contentType: 'text/plain; charset=utf-8' };
  }
}
