import { ImportInputError } from '../../store/store-errors';
import type { TableRow } from './table-rows';
import { reason } from '../../../../common/ipc/failure-reason';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * RFC 4180 record splitter fed decoded text chunk by chunk, synchronously (a stream parser costs
 * more per row than the whole baseline import). Lines without a quote take a native split(); only
 * quoted records are scanned character by character. `line` is the physical line a record starts
 * on, so cells spanning several lines do not shift the line numbers of later rows.
 * Lenient like Excel: a quote inside an unquoted cell is kept as text.
 */
export class CsvSplitter {
  private pending = '';
  private line = 1;

  constructor(private readonly delimiter: string) {}

  /** Records completed by this chunk; an unfinished last record waits for the next chunk. */
  push(chunk: string): TableRow[] {
    return this.split(this.pending + chunk, false);
  }

  /** The last record (a file need not end with a newline). */
  end(): TableRow[] {
    return this.split(this.pending, true);
  }

  private split(text: string, final: boolean): TableRow[] {
    const rows: TableRow[] = [];
    let pos = 0;
    let quote = -1; // next quote at or after pos; searched again only once passed, to stay linear
    while (pos < text.length) {
      const newline = text.indexOf('\n', pos);
      if (newline === -1 && !final) break;
      const lineEnd = newline === -1 ? text.length : newline;
      if (quote < pos) quote = nextQuote(text, pos);
      if (quote > lineEnd) {
        const end = lineEnd > pos && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
        rows.push({ line: this.line++, cells: text.slice(pos, end).split(this.delimiter) });
        pos = lineEnd + 1;
        continue;
      }
      const quoted = this.quotedRecord(text, pos, final);
      if (!quoted) break;
      rows.push({ line: this.line, cells: quoted.cells });
      this.line += quoted.lines;
      pos = quoted.next;
    }
    this.pending = pos < text.length ? text.slice(pos) : '';
    return rows;
  }

  /** Scans one record that contains a quote; undefined when it continues past the end of `text`. */
  private quotedRecord(text: string, start: number, final: boolean): { cells: string[]; lines: number; next: number } | undefined {
    const delimiter = this.delimiter.charCodeAt(0);
    const cells: string[] = [];
    let lines = 1;
    let pos = start;
    for (;;) {
      let cell = '';
      if (text.charCodeAt(pos) === QUOTE) {
        let from = pos + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1 || (close === text.length - 1 && !final)) {
            if (!final) return undefined; // the closing quote (or an escaped "") may be in the next chunk
            throw new ImportInputError(`line ${this.line}: a quoted cell is never closed (a " is missing)`, reason('import.unclosedQuote', { line: this.line }));
          }
          cell += text.slice(from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            cell += '"';
            from = close + 2;
          } else {
            pos = close + 1;
            break;
          }
        }
        lines += countNewlines(cell);
      }
      // unquoted text, or stray text after a closing quote, runs to the next delimiter or line end
      let end = pos;
      while (end < text.length) {
        const code = text.charCodeAt(end);
        if (code === delimiter || code === LF) break;
        end++;
      }
      if (end === text.length && !final) return undefined;
      const tail = text.charCodeAt(end - 1) === CR && (end === text.length || text.charCodeAt(end) === LF) ? end - 1 : end;
      cells.push(tail > pos ? cell + text.slice(pos, tail) : cell);
      if (end === text.length || text.charCodeAt(end) === LF) return { cells, lines, next: end + 1 };
      pos = end + 1;
    }
  }
}

function nextQuote(text: string, from: number): number {
  const at = text.indexOf('"', from);
  return at === -1 ? Infinity : at;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
