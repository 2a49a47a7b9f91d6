import type { Handlers } from '../ipc/router';
import type { UploadStore } from '../files/upload-store';

type FileHandlers = Pick<Handlers, 'files:beginUpload' | 'files:uploadChunk' | 'files:finishUpload'>;

export function fileHandlers(uploads: UploadStore): FileHandlers {
  return {
    'files:beginUpload': async ({ name, size }) => ({ uploadId: await uploads.begin(name, size) }),
    'files:uploadChunk': async ({ uploadId, offset, data }) => ({ received: await uploads.chunk(uploadId, offset, Buffer.from(data, 'base64')) }),
    'files:finishUpload': ({ uploadId }) => uploads.finish(uploadId),
  };
}
