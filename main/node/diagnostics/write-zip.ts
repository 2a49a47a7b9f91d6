// Writes bundle entries to a zip file (yazl) and resolves once the file is complete on disk.
import { createWriteStream } from 'node:fs';
import { ZipFile } from 'yazl';
import type { BundleEntry } from './collect';

export function writeZip(entries: readonly BundleEntry[], outFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile();
    for (const entry of entries) zip.addBuffer(Buffer.from(entry.content, 'utf8'), entry.name, { mtime: new Date() });
    zip.end();
    const out = createWriteStream(outFile);
    out.on('close', resolve).on('error', reject);
    zip.outputStream.on('error', reject).pipe(out);
  });
}
