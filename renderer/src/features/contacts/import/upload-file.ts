// Sends a picked file to main in ≤ 1 MiB base64 chunks; main answers with an opaque file id.
import { crmFilesLimits } from './limits';
import { files } from '../parts/crm-api';

const CHUNK = 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export class UploadTooLargeError extends Error {}

export async function uploadFile(file: File, onProgress: (sent: number) => void, signal: AbortSignal): Promise<string> {
  if (file.size > crmFilesLimits.maxBytes) throw new UploadTooLargeError(String(file.size));
  const { uploadId } = await files.beginUpload({ name: file.name, size: file.size });
  for (let offset = 0; offset < file.size; offset += CHUNK) {
    signal.throwIfAborted();
    const bytes = new Uint8Array(await file.slice(offset, offset + CHUNK).arrayBuffer());
    await files.uploadChunk({ uploadId, offset, data: toBase64(bytes) });
    onProgress(Math.min(file.size, offset + bytes.length));
  }
  const { fileId } = await files.finishUpload({ uploadId });
  return fileId;
}
