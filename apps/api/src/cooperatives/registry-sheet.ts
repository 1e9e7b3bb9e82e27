import { readCsv } from '@htx/domain';
import { Workbook, type CellValue } from 'exceljs';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The first sheet of an XLSX workbook, or a CSV file, as rows of text (dates as YYYY-MM-DD). */
export async function readRegistrySheet(content: Buffer): Promise<string[][]> {
  if (!ZIP_MAGIC.every((byte, index) => content[index] === byte)) return readCsv(content.toString('utf8'));
  const workbook = new Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows[rowNumber - 1] = values.map((value) => cellText(value));
  });
  return Array.from(rows, (row) => row ?? []);
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}
