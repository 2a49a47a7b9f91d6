// Receives files from the page in ordered chunks into <dataDir>/uploads and hands out opaque ids.
// The page never names a path; only main maps an id to a file. Partial or abandoned uploads are removed.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { appendFile, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { DomainError } from '../../../common/ipc/result';
import { reason } from '../../../common/ipc/failure-reason';

interface Upload {
  path: string;
  name: string;
  size: number;
  received: number;
}

export interface UploadStore {
  begin(name: string, size: number): Promise<string>;
  chunk(uploadId: string, offset: number, data: Buffer): Promise<number>;
  finish(uploadId: string): { fileId: string; name: string; size: number };
  /** the file on disk behind a finished upload's id */
  pathOf(fileId: string): string;
}

/** Keeps the original extension (the importer tells CSV from XLSX by it) and nothing else of the name. */
const safeExtension = (name: string) => (/^\.[A-Za-z0-9]{1,8}$/.test(extname(name)) ? extname(name).toLowerCase() : '');

export function createUploadStore(dataDir: string, maxAgeMs = 24 * 3600_000): UploadStore {
  const dir = join(dataDir, 'uploads');
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) {
    const path = join(dir, file);
    if (Date.now() - statSync(path).mtimeMs > maxAgeMs) rmSync(path, { force: true });
  }
  const pending = new Map<string, Upload>();
  const finished = new Map<string, Upload>();

  const get = (id: string) => {
    const upload = pending.get(id);
    if (!upload) throw new DomainError('NOT_FOUND', 'no such upload (it may have expired); choose the file again', reason('upload.expired'));
    return upload;
  };

  return {
    async begin(name, size) {
      const id = randomUUID();
      const path = join(dir, id + safeExtension(name));
      await writeFile(path, new Uint8Array(0), { mode: 0o600 });
      pending.set(id, { path, name, size, received: 0 });
      return id;
    },
    async chunk(id, offset, data) {
      const upload = get(id);
      if (offset !== upload.received) throw new DomainError('INVALID_INPUT', `chunk at ${offset} but ${upload.received} bytes received so far`, reason('upload.incomplete'));
      if (upload.received + data.length > upload.size) {
        pending.delete(id);
        await rm(upload.path, { force: true });
        throw new DomainError('INVALID_INPUT', 'the file is larger than announced; upload cancelled', reason('upload.tooLarge'));
      }
      await appendFile(upload.path, data);
      upload.received += data.length;
      return upload.received;
    },
    finish(id) {
      const upload = get(id);
      if (upload.received !== upload.size) throw new DomainError('INVALID_INPUT', `only ${upload.received} of ${upload.size} bytes arrived`, reason('upload.incomplete'));
      pending.delete(id);
      finished.set(id, upload);
      return { fileId: id, name: upload.name, size: upload.size };
    },
    pathOf(fileId) {
      const upload = finished.get(fileId);
      if (!upload) throw new DomainError('NOT_FOUND', 'unknown file; choose the file again', reason('upload.expired'));
      return upload.path;
    },
  };
}
