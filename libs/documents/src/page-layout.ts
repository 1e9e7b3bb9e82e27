import type { FontFace } from './fonts';

/** Drawing primitives shared by the parts of a document: styles, columns, text, rules and page breaks. */
export type Pdf = PDFKit.PDFDocument;
export type TextStyle = { readonly face: FontFace; readonly size: number };
export type Column = { readonly x: number; readonly width: number };

const CENTIMETRE = 72 / 2.54;
export const centimetres = (count: number): number => count * CENTIMETRE;

/** Decree 30/2020/NĐ-CP, Appendix I: top and bottom 2–2.5 cm, left 3–3.5 cm, right 1.5–2 cm. */
export const PAGE_MARGINS = {
  top: centimetres(2),
  bottom: centimetres(2),
  left: centimetres(3),
  right: centimetres(2),
};

/*
 * Capital letters with two tone marks (Ậ, Ế, Ỗ) rise above the font's ascent: without extra leading they touch the line
 * above.
 */
const LINE_GAP_PER_POINT = 0.2;
const RULE_WIDTH = 0.6;
const RULE_CLEARANCE = 2;

export function useStyle(pdf: Pdf, style: TextStyle): void {
  pdf.font(style.face).fontSize(style.size);
}

/** Text composed from decomposed tone marks would come out as separate glyphs; the fonts map the composed letters. */
export function composed(text: string): string {
  return text.normalize('NFC');
}

/** Writes text at the current height, wrapping in the column and flowing onto a new page when it must. */
export function write(
  pdf: Pdf,
  text: string,
  style: TextStyle,
  column: Column,
  options: PDFKit.Mixins.TextOptions = {},
): void {
  useStyle(pdf, style);
  pdf.text(composed(text), column.x, pdf.y, { lineGap: lineGapOf(style), ...options, width: column.width });
}

export function writeCentred(pdf: Pdf, text: string, style: TextStyle, column: Column): void {
  write(pdf, text, style, column, { align: 'center' });
}

export function heightOf(pdf: Pdf, text: string, style: TextStyle, width: number): number {
  useStyle(pdf, style);
  return pdf.heightOfString(composed(text), { width, lineGap: lineGapOf(style) });
}

/** The height one line of the style takes, leading included. */
export function lineHeightOf(pdf: Pdf, style: TextStyle): number {
  useStyle(pdf, style);
  return pdf.currentLineHeight() + lineGapOf(style);
}

export function lineGapOf(style: TextStyle): number {
  return style.size * LINE_GAP_PER_POINT;
}

export function widthOf(pdf: Pdf, text: string, style: TextStyle): number {
  useStyle(pdf, style);
  return pdf.widthOfString(composed(text));
}

/** A header line stays on one line where it can: the type shrinks down to `minimumSize`, below that the line wraps. */
export function fittedStyle(pdf: Pdf, text: string, style: TextStyle, width: number, minimumSize: number): TextStyle {
  const natural = widthOf(pdf, text, style);
  if (natural <= width) return style;
  const shrunk = Math.floor(((style.size * width) / natural) * 10) / 10;
  return { ...style, size: Math.max(minimumSize, shrunk) };
}

export function pageColumn(pdf: Pdf): Column {
  const { left, right } = pdf.page.margins;
  return { x: left, width: pdf.page.width - left - right };
}

/** The page's text width cut in two: `leftShare` of it for the left column. */
export function splitColumns(pdf: Pdf, leftShare: number): readonly [Column, Column] {
  const page = pageColumn(pdf);
  const leftWidth = page.width * leftShare;
  return [
    { x: page.x, width: leftWidth },
    { x: page.x + leftWidth, width: page.width - leftWidth },
  ];
}

/** Draws the two columns from the same height and leaves the pen under the longer one. */
export function sideBySide(
  pdf: Pdf,
  [left, right]: readonly [Column, Column],
  drawLeft: (column: Column) => void,
  drawRight: (column: Column) => void,
): void {
  const top = pdf.y;
  drawLeft(left);
  const leftBottom = pdf.y;
  pdf.y = top;
  drawRight(right);
  pdf.y = Math.max(leftBottom, pdf.y);
}

export function bottomLimit(pdf: Pdf): number {
  return pdf.page.height - pdf.page.margins.bottom;
}

/** Starts a new page unless `height` still fits under the pen. */
export function keepSpace(pdf: Pdf, height: number): void {
  if (pdf.y + height > bottomLimit(pdf)) pdf.addPage();
}

/** A horizontal rule under the pen, centred in the column or starting at its left edge. */
export function drawRule(pdf: Pdf, column: Column, length: number, position: 'centre' | 'left' = 'centre'): void {
  const y = pdf.y + RULE_CLEARANCE;
  const x = position === 'centre' ? column.x + (column.width - length) / 2 : column.x;
  pdf
    .moveTo(x, y)
    .lineTo(x + length, y)
    .lineWidth(RULE_WIDTH)
    .stroke();
  pdf.y = y + RULE_CLEARANCE;
}
