/**
 * CSV as RFC 4180 writes it (CRLF between records, a field quoted when it holds
 * a quote, comma or line break, quotes doubled), in UTF-8 with a byte-order
 * mark: without it Excel reads the file in the machine's legacy code page and
 * shows Arabic as mojibake. The parser is the writer's inverse, for checking
 * exports and for tools that read them back.
 */

/** A value in a cell: null and undefined are empty cells. */
export type CsvCell = string | number | boolean | null | undefined;

/** The UTF-8 byte-order mark every CSV export starts with. */
export const CSV_BOM = '\uFEFF';

/** How a list (aliases) is written in one cell; the JSON exports keep lists as lists. */
export const LIST_SEPARATOR = ' | ';

/** One column of a table: its header and how to read its cell from a row. */
export interface CsvColumn<T> {
  name: string;
  value: (row: T) => CsvCell;
}

/** One field, quoted only when it has to be. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: byte-order mark, header, one record per row, each ending in CRLF. */
export function toCsv<T>(columns: ReadonlyArray<CsvColumn<T>>, rows: Iterable<T>): string {
  return [...csvParts(columns, rows)].join('');
}

/** The text of `toCsv`, a record at a time (the byte-order mark with the header): a large export is never held as one string. */
export function* csvParts<T>(columns: ReadonlyArray<CsvColumn<T>>, rows: Iterable<T>): Generator<string> {
  yield `${CSV_BOM}${columns.map((column) => csvField(column.name)).join(',')}\r\n`;
  for (const row of rows) yield `${columns.map((column) => csvField(column.value(row))).join(',')}\r\n`;
}

/** Reads RFC 4180 CSV (a leading byte-order mark is skipped; CRLF, LF or CR end a record) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let index = text.startsWith(CSV_BOM) ? 1 : 0;
  // A record has begun once any character of it is read, so a final line break adds no empty record.
  let inRecord = false;
  while (index < text.length) {
    const char = text[index] ?? '';
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') {
        quoted = false;
        const next = text[index + 1];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n')
          throw new SyntaxError(`CSV: text after a closing quote at offset ${index + 1}`);
      } else field += char;
      index += 1;
      continue;
    }
    inRecord = true;
    if (char === '"') {
      if (field !== '') throw new SyntaxError(`CSV: a quote inside an unquoted field at offset ${index}`);
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      inRecord = false;
      if (char === '\r' && text[index + 1] === '\n') index += 1;
    } else field += char;
    index += 1;
  }
  if (quoted) throw new SyntaxError('CSV: a quoted field is never closed');
  if (inRecord) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
