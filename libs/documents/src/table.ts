import type { DocumentBlock } from './administrative-document';
import {
  bottomLimit,
  heightOf,
  pageColumn,
  widthOf,
  write,
  type Column,
  type Pdf,
  type TextStyle,
} from './page-layout';

type Table = Extract<DocumentBlock, { kind: 'table' }>;

const HEADER_STYLE: TextStyle = { face: 'bold', size: 11.5 };
const CELL_STYLE: TextStyle = { face: 'regular', size: 11.5 };
const CELL_PADDING = 4;
const BORDER_WIDTH = 0.5;
const SPACE_AFTER = 8;

/** A bordered table across the page; long cells wrap, and a page break repeats the header row. */
export function drawTable(pdf: Pdf, table: Table): void {
  if (table.headers.length === 0) throw new RangeError('A table needs at least one column');
  const page = pageColumn(pdf);
  const rows = table.rows.map((row) => cellsOf(row, table.headers.length));
  const widths = columnWidths(pdf, table.headers, rows, page.width);
  const header = { cells: table.headers, style: HEADER_STYLE, align: 'center' } as const;
  const headerHeight = rowHeight(pdf, header.cells, header.style, widths);
  const firstRowHeight = rows.length > 0 ? rowHeight(pdf, rows[0], CELL_STYLE, widths) : 0;
  if (pdf.y + headerHeight + firstRowHeight > bottomLimit(pdf)) pdf.addPage();
  drawRow(pdf, page, widths, header);
  for (const cells of rows) {
    const height = rowHeight(pdf, cells, CELL_STYLE, widths);
    if (pdf.y + height > bottomLimit(pdf)) {
      pdf.addPage();
      drawRow(pdf, page, widths, header);
    }
    drawRow(pdf, page, widths, { cells, style: CELL_STYLE, align: 'left' });
  }
  pdf.y += SPACE_AFTER;
}

function cellsOf(row: readonly string[], columnCount: number): readonly string[] {
  if (row.length > columnCount) {
    throw new RangeError(`A table row has ${row.length} cells for ${columnCount} columns: ${row.join(' | ')}`);
  }
  return Array.from({ length: columnCount }, (_, column) => row[column] ?? '');
}

type Row = { readonly cells: readonly string[]; readonly style: TextStyle; readonly align: 'left' | 'center' };

function drawRow(pdf: Pdf, page: Column, widths: readonly number[], row: Row): void {
  const top = pdf.y;
  const height = rowHeight(pdf, row.cells, row.style, widths);
  let x = page.x;
  row.cells.forEach((cell, column) => {
    const width = widths[column];
    pdf.rect(x, top, width, height).lineWidth(BORDER_WIDTH).stroke();
    pdf.y = top + CELL_PADDING;
    write(pdf, cell, row.style, { x: x + CELL_PADDING, width: width - 2 * CELL_PADDING }, { align: row.align });
    x += width;
  });
  pdf.y = top + height;
}

function rowHeight(pdf: Pdf, cells: readonly string[], style: TextStyle, widths: readonly number[]): number {
  const heights = cells.map((cell, column) => heightOf(pdf, cell, style, widths[column] - 2 * CELL_PADDING));
  return Math.max(...heights) + 2 * CELL_PADDING;
}

function columnWidths(
  pdf: Pdf,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  totalWidth: number,
): readonly number[] {
  const needed = headers.map((header, column) => {
    const cellWidths = rows.map((row) => widthOf(pdf, row[column], CELL_STYLE));
    return Math.max(widthOf(pdf, header, HEADER_STYLE), ...cellWidths) + 2 * CELL_PADDING;
  });
  return shareWidth(needed, totalWidth);
}

/**
 * Each column's share of the table width, from the width its content needs on one line. When everything fits, every
 * column grows in proportion; otherwise the columns that need less than an even share get what they need and the
 * others split the rest in proportion to their need (and wrap).
 */
export function shareWidth(needed: readonly number[], totalWidth: number): readonly number[] {
  const totalNeeded = sum(needed);
  if (totalNeeded <= totalWidth) return needed.map((width) => (width * totalWidth) / totalNeeded);
  const satisfied = new Set<number>();
  for (;;) {
    const open = needed.map((_, column) => column).filter((column) => !satisfied.has(column));
    const evenShare = remainingWidth(needed, satisfied, totalWidth) / open.length;
    const fitting = open.filter((column) => needed[column] <= evenShare);
    if (fitting.length === 0) break;
    fitting.forEach((column) => satisfied.add(column));
  }
  const remaining = remainingWidth(needed, satisfied, totalWidth);
  const openNeed = sum(needed.filter((_, column) => !satisfied.has(column)));
  return needed.map((width, column) => (satisfied.has(column) ? width : (width * remaining) / openNeed));
}

function remainingWidth(needed: readonly number[], satisfied: ReadonlySet<number>, totalWidth: number): number {
  return totalWidth - sum(needed.filter((_, column) => satisfied.has(column)));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
