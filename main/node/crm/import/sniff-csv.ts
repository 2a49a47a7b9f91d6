import { open } from 'node:fs/promises';
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import type { TextEncodingName } from '../../../../common/crm';
import { ImportInputError } from '../../store/store-errors';
import { reason } from '../../../../common/ipc/failure-reason';

const SAMPLE_BYTES = 64 * 1024;

export interface CsvDialect {
  encoding: Exclude<TextEncodingName, 'xlsx'>;
  delimiter: string;
}

/**
 * Decides how to read a CSV from its first 64 KiB: BOM first, then strict UTF-8, then jschardet.
 * Every Chinese guess (GB2312, GBK, …) is read as GB18030, the superset Excel and WPS actually write.
 */
export async function sniffCsv(file: string): Promise<CsvDialect> {
  const sample = await readSample(file);
  const encoding = detectEncoding(sample);
  const firstLine = iconv.decode(sample, encoding).split(/\r?\n/, 1)[0] ?? '';
  return { encoding, delimiter: guessDelimiter(firstLine) };
}

export function detectEncoding(sample: Buffer): CsvDialect['encoding'] {
  if (sample.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) return 'utf-8';
  if (sample.subarray(0, 2).equals(Buffer.from([0xff, 0xfe]))) return 'utf-16le';
  if (sample.subarray(0, 2).equals(Buffer.from([0xfe, 0xff]))) return 'utf-16be';
  if (isUtf8(sample)) return 'utf-8';
  const guess = jschardet.detect(sample);
  if (/^(gb|big5|euc-tw|hz)/i.test(guess.encoding ?? '') || looksLikeGb18030(sample)) return 'gb18030';
  throw new ImportInputError(
    `cannot read the file's text encoding (best guess ${guess.encoding ?? 'none'} at ${Math.round((guess.confidence ?? 0) * 100)}%); save it as UTF-8 or GBK CSV`,
    reason('import.encoding'),
  );
}

function isUtf8(sample: Buffer): boolean {
  try {
    // stream: true tolerates a character cut in half at the end of the sample
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** jschardet needs enough Chinese text; a short GBK file with a few names decodes cleanly as GB18030 anyway. */
function looksLikeGb18030(sample: Buffer): boolean {
  return !iconv.decode(sample, 'gb18030').includes('\ufffd');
}

function guessDelimiter(headerLine: string): string {
  const candidates = [',', '\t', ';', '|'];
  const counts = candidates.map((d) => headerLine.split(d).length);
  return candidates[counts.indexOf(Math.max(...counts))]!;
}

async function readSample(file: string): Promise<Buffer> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new ImportInputError(error.code === 'ENOENT' ? `file not found: ${file}` : `cannot open ${file}: ${error.message}`, reason('import.fileMissing'));
  });
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
