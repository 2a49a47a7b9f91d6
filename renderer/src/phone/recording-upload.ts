// Hands a finished call recording to main: chunked upload through files:*, then recordings:save moves
// it into the recordings folder and says where it lives (that path goes into the call log).
import { MAX_CHUNK_BASE64 } from '../../../common/ipc/channels/files-channels';
import { getBridge, unwrap } from '../platform/page-bridge';

const chunkBytes = (MAX_CHUNK_BASE64 / 4) * 3;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function saveRecording(blob: Blob, accountId: string, callId: string, startedAt: number): Promise<string> {
  const { api } = getBridge();
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const { uploadId } = await unwrap(api.files.beginUpload({ name: `${callId}.webm`, size: bytes.length }));
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
    await unwrap(api.files.uploadChunk({ uploadId, offset, data: base64(bytes.subarray(offset, offset + chunkBytes)) }));
  }
  const { fileId } = await unwrap(api.files.finishUpload({ uploadId }));
  const { path } = await unwrap(api.recordings.save({ fileId, accountId, callId, startedAt: Math.floor(startedAt) }));
  return path;
}
