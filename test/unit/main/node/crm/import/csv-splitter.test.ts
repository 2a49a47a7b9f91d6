import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvSplitter } from '../../../../../../main/node/crm/import/csv-splitter';
import { ImportInputError } from '../../../../../../main/node/store/store-errors';

/** Feeds `text` in pieces cut at `cuts` and returns every record. */
function split(text: string, cuts: number[] = [], delimiter = ','): { line: number; cells: string[] }[] {
  const splitter = new CsvSplitter(delimiter);
  const bounds = [0, ...[...new Set(cuts)].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b), text.length];
  const rows = bounds.slice(1).flatMap((end, i) => splitter.push(text.slice(bounds[i], end)));
  return [...rows, ...splitter.end()];
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

describe('CsvSplitter', () => {
  it.each([
    ['plain rows, LF and CRLF, no final newline', 'a,b\r\nc,d\ne,f', [[1, ['a', 'b']], [2, ['c', 'd']], [3, ['e', 'f']]]],
    ['quoted delimiter, escaped quote, empty cells', '"x,y","say ""hi""",,\n', [[1, ['x,y', 'say "hi"', '', '']]]],
    ['blank line is a record of one empty cell', 'a\n\nb\n', [[1, ['a']], [2, ['']], [3, ['b']]]],
    ['stray quote inside an unquoted cell stays text', 'ab"c,d\n', [[1, ['ab"c', 'd']]]],
    ['text after a closing quote is kept', '"ab"c,d\n', [[1, ['abc', 'd']]]],
    ['CR inside a quoted cell is data', '"a\r\nb",c\r\n', [[1, ['a\r\nb', 'c']]]],
  ])('%s', (_label, text, expected) => {
    expect(split(text).map((r) => [r.line, r.cells])).toEqual(expected);
  });

  it('numbers records by the physical line they start on when a cell spans lines', () => {
    const text = '姓名,备注\n张三,"第一行\n第二行\n第三行"\n李四,ok\n';
    expect(split(text).map((r) => [r.line, r.cells[0]])).toEqual([[1, '姓名'], [2, '张三'], [5, '李四']]);
  });

  it('honours other delimiters', () => {
    expect(split('a\tb\t"c\td"\n', [], '\t').map((r) => r.cells)).toEqual([['a', 'b', 'c\td']]);
  });

  it('refuses an unterminated quote with the line it starts on', () => {
    expect(() => split('a\nb,"never closed\nc\n')).toThrow(ImportInputError);
    expect(() => split('a\nb,"never closed\nc\n')).toThrow(/line 2/);
  });

  it('gives the same records wherever the chunks are cut', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '王', ',', '"', '\n', '\r\n', ' ', '1') });
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(table, fc.array(fc.nat(200)), (rows, cuts) => {
        const lines = rows.map((cells) => cells.map(quote).join(','));
        const expected: { line: number; cells: string[] }[] = [];
        let line = 1; // each record starts after the physical lines of the ones before it
        for (const [i, cells] of rows.entries()) {
          expected.push({ line, cells });
          line += lines[i]!.split('\n').length;
        }
        expect(split(lines.join('\r\n'), cuts)).toEqual(expected);
      }),
    );
  });
});
