// Files the user picks in the page (customer lists) reach main in chunks, the same way in Electron and
// in the harness, and are then referred to by an opaque id: the page never names a path on disk.
import { z } from 'zod';

export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
/** base64 of at most 1 MiB of file data */
export const MAX_CHUNK_BASE64 = Math.ceil((1024 * 1024) / 3) * 4;

export const FileId = z.string().max(36).regex(/^[0-9a-f-]{36}$/, 'not a file id');

export const filesInvoke = {
  'files:beginUpload': {
    req: z.object({ name: z.string().min(1).max(255), size: z.number().int().nonnegative().max(MAX_UPLOAD_BYTES) }).strict(),
    res: z.object({ uploadId: FileId }),
  },
  'files:uploadChunk': {
    req: z.object({ uploadId: FileId, offset: z.number().int().nonnegative(), data: z.string().max(MAX_CHUNK_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64') }).strict(),
    res: z.object({ received: z.number().int() }),
  },
  'files:finishUpload': {
    req: z.object({ uploadId: FileId }).strict(),
    res: z.object({ fileId: FileId, name: z.string(), size: z.number().int() }),
  },
} as const;
