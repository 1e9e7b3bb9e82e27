import PDFDocument from 'pdfkit';
import { startOfVietnamDay } from '@htx/domain';
import type {
  AdministrativeDocument,
  DocumentBlock,
  DocumentField,
  DocumentSignature,
} from './administrative-document';
import { FONT_FACES, fontData } from './fonts';
import {
  centimetres,
  composed,
  drawRule,
  fittedStyle,
  heightOf,
  keepSpace,
  lineGapOf,
  lineHeightOf,
  PAGE_MARGINS,
  pageColumn,
  sideBySide,
  splitColumns,
  useStyle,
  widthOf,
  write,
  writeCentred,
  type Column,
  type Pdf,
  type TextStyle,
} from './page-layout';
import { drawTable } from './table';
import { assertCalendarDate, vietnameseLongDate } from './vietnamese-format';

/** Type sizes follow Decree 30/2020/NĐ-CP, Appendix I, set in a face close to Times New Roman's width. */
const STYLES = {
  issuer: { face: 'regular', size: 12 },
  issuingBody: { face: 'bold', size: 12 },
  nation: { face: 'bold', size: 12 },
  motto: { face: 'bold', size: 13 },
  number: { face: 'regular', size: 13 },
  placeAndDate: { face: 'italic', size: 13 },
  title: { face: 'bold', size: 14 },
  subtitle: { face: 'bold', size: 13 },
  basis: { face: 'italic', size: 13 },
  body: { face: 'regular', size: 13 },
  bodyBold: { face: 'bold', size: 13 },
  signer: { face: 'bold', size: 13 },
  signatureNote: { face: 'italic', size: 12 },
  recipientsHeading: { face: 'boldItalic', size: 12 },
  recipient: { face: 'regular', size: 11 },
  footnote: { face: 'italic', size: 10 },
  pageNumber: { face: 'regular', size: 11 },
} as const satisfies Record<string, TextStyle>;

const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const NUMBER_LABEL = 'Số:';
const NUMBER_PREFIX = /^\s*số\s*:/iu;
const UNNUMBERED = '..........';
const RECIPIENTS_HEADING = 'Nơi nhận:';

const HEADER_LEFT_SHARE = 0.4;
const CLOSING_LEFT_SHARE = 0.45;
const MINIMUM_HEADER_SIZE = 10;
/** Decree 30/2020: the rule under the issuing body is one third to one half of its line. */
const ISSUER_RULE_SHARE = 0.4;
const TITLE_RULE_LENGTH = centimetres(2.5);
const FIRST_LINE_INDENT = centimetres(1);
const LIST_NUMBER_WIDTH = centimetres(0.8);
const PARAGRAPH_GAP = 4;
const SECTION_GAP = 14;
const SIGNING_SPACE = centimetres(2.2);

/** Renders the document as an A4 PDF. The same document always gives the same bytes: its dates come from `date`. */
export async function renderDocument(document: AdministrativeDocument): Promise<Buffer> {
  assertCalendarDate(document.date);
  const pdf = createPdf(document);
  const bytes = collectBytes(pdf);
  drawHeading(pdf, document);
  drawTitle(pdf, document);
  drawBasis(pdf, document.basis);
  document.body.forEach((block) => drawBlock(pdf, block));
  drawClosing(pdf, document.signature, document.recipients);
  if (document.footnote) drawFootnote(pdf, document.footnote);
  numberPages(pdf);
  pdf.end();
  return bytes;
}

function createPdf(document: AdministrativeDocument): Pdf {
  const issued = new Date(startOfVietnamDay(document.date));
  const pdf = new PDFDocument({
    size: 'A4',
    margins: PAGE_MARGINS,
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: composed(document.title),
      Author: composed(document.issuer.lines.at(-1) ?? ''),
      Creator: 'htx-lifecycle',
      CreationDate: issued,
      ModDate: issued,
    },
  });
  FONT_FACES.forEach((face) => pdf.registerFont(face, fontData(face)));
  return pdf;
}

function collectBytes(pdf: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

/** Issuer and national motto side by side, then the number under the issuer and the place and date under the motto. */
function drawHeading(pdf: Pdf, document: AdministrativeDocument): void {
  const columns = splitColumns(pdf, HEADER_LEFT_SHARE);
  sideBySide(
    pdf,
    columns,
    (column) => drawIssuer(pdf, document.issuer.lines, column),
    (column) => drawNationalMotto(pdf, column),
  );
  pdf.y += PARAGRAPH_GAP;
  sideBySide(
    pdf,
    columns,
    (column) => writeCentred(pdf, numberLine(document.number), STYLES.number, column),
    (column) => writeCentred(pdf, vietnameseLongDate(document.date, document.place), STYLES.placeAndDate, column),
  );
}

/** "Số: 216-2026-0001/GCN"; a number given with its "Số:" already is kept as it is. */
function numberLine(number: string | null): string {
  if (number === null) return `${NUMBER_LABEL} ${UNNUMBERED}`;
  return NUMBER_PREFIX.test(composed(number)) ? number : `${NUMBER_LABEL} ${number}`;
}

/** The parent bodies in regular type, the issuing body (the last line) in bold over a short rule. */
function drawIssuer(pdf: Pdf, lines: readonly string[], column: Column): void {
  lines.forEach((line, index) => {
    const isIssuingBody = index === lines.length - 1;
    const text = line.toUpperCase();
    const style = fittedStyle(
      pdf,
      text,
      isIssuingBody ? STYLES.issuingBody : STYLES.issuer,
      column.width,
      MINIMUM_HEADER_SIZE,
    );
    writeCentred(pdf, text, style, column);
    if (isIssuingBody) drawRule(pdf, column, Math.min(column.width, widthOf(pdf, text, style)) * ISSUER_RULE_SHARE);
  });
}

function drawNationalMotto(pdf: Pdf, column: Column): void {
  writeCentred(pdf, NATION, fittedStyle(pdf, NATION, STYLES.nation, column.width, MINIMUM_HEADER_SIZE), column);
  writeCentred(pdf, MOTTO, STYLES.motto, column);
  drawRule(pdf, column, widthOf(pdf, MOTTO, STYLES.motto));
}

function drawTitle(pdf: Pdf, document: AdministrativeDocument): void {
  const page = pageColumn(pdf);
  pdf.y += SECTION_GAP * 1.5;
  writeCentred(pdf, document.title.toUpperCase(), STYLES.title, page);
  if (document.subtitle) writeCentred(pdf, document.subtitle, STYLES.subtitle, page);
  drawRule(pdf, page, TITLE_RULE_LENGTH);
  pdf.y += SECTION_GAP;
}

function drawBasis(pdf: Pdf, basis: readonly string[]): void {
  basis.forEach((line) => drawParagraph(pdf, line, STYLES.basis));
  if (basis.length > 0) pdf.y += PARAGRAPH_GAP;
}

function drawBlock(pdf: Pdf, block: DocumentBlock): void {
  switch (block.kind) {
    case 'paragraph':
      return drawParagraph(pdf, block.text, block.bold ? STYLES.bodyBold : STYLES.body);
    case 'fields':
      return drawFields(pdf, block.rows);
    case 'list':
      return drawList(pdf, block.items);
    case 'table':
      return drawTable(pdf, block);
  }
}

function drawParagraph(pdf: Pdf, text: string, style: TextStyle): void {
  write(pdf, text, style, pageColumn(pdf), {
    align: 'justify',
    indent: FIRST_LINE_INDENT,
    paragraphGap: PARAGRAPH_GAP,
  });
}

/** "Label: value" lines, the value in bold, as on a certificate. */
function drawFields(pdf: Pdf, rows: readonly DocumentField[]): void {
  const page = pageColumn(pdf);
  for (const row of rows) {
    keepSpace(pdf, lineHeightOf(pdf, STYLES.body));
    useStyle(pdf, STYLES.body);
    pdf.text(composed(`${row.label}: `), page.x, pdf.y, {
      width: page.width,
      lineGap: lineGapOf(STYLES.body),
      indent: FIRST_LINE_INDENT,
      paragraphGap: PARAGRAPH_GAP,
      continued: true,
    });
    useStyle(pdf, STYLES.bodyBold);
    pdf.text(composed(row.value), { continued: false });
  }
}

/** Items numbered 1., 2., … with a hanging indent, so wrapped lines start under the text, not the number. */
function drawList(pdf: Pdf, items: readonly string[]): void {
  const page = pageColumn(pdf);
  const numberColumn = { x: page.x + FIRST_LINE_INDENT, width: LIST_NUMBER_WIDTH };
  const textColumn = {
    x: numberColumn.x + LIST_NUMBER_WIDTH,
    width: page.width - FIRST_LINE_INDENT - LIST_NUMBER_WIDTH,
  };
  items.forEach((item, index) => {
    keepSpace(pdf, lineHeightOf(pdf, STYLES.body));
    const top = pdf.y;
    write(pdf, `${index + 1}.`, STYLES.body, numberColumn, { lineBreak: false });
    pdf.y = top;
    write(pdf, item, STYLES.body, textColumn, { align: 'justify', paragraphGap: PARAGRAPH_GAP });
  });
}

type Line = { readonly text: string; readonly style: TextStyle; readonly spaceBefore?: number };

/** The signature on the right and "Nơi nhận:" on the left, from the same height and never split across pages. */
function drawClosing(pdf: Pdf, signature: DocumentSignature, recipients: readonly string[]): void {
  const [left, right] = splitColumns(pdf, CLOSING_LEFT_SHARE);
  const signatureBlock = signatureLines(signature);
  const recipientsBlock = recipientLines(recipients);
  pdf.y += SECTION_GAP;
  keepSpace(pdf, Math.max(linesHeight(pdf, signatureBlock, right), linesHeight(pdf, recipientsBlock, left)));
  sideBySide(
    pdf,
    [left, right],
    (column) => drawLines(pdf, recipientsBlock, column, 'left'),
    (column) => drawLines(pdf, signatureBlock, column, 'center'),
  );
}

function signatureLines(signature: DocumentSignature): readonly Line[] {
  const capacity = signature.capacity.toUpperCase();
  const title = signature.title?.toUpperCase();
  return [
    { text: capacity, style: STYLES.signer },
    ...(!title || title === capacity ? [] : [{ text: title, style: STYLES.signer }]),
    ...(signature.note ? [{ text: signature.note, style: STYLES.signatureNote }] : []),
    { text: signature.name, style: STYLES.signer, spaceBefore: SIGNING_SPACE },
  ];
}

function recipientLines(recipients: readonly string[]): readonly Line[] {
  if (recipients.length === 0) return [];
  return [
    { text: RECIPIENTS_HEADING, style: STYLES.recipientsHeading },
    ...recipients.map((recipient) => ({ text: `- ${recipient}`, style: STYLES.recipient })),
  ];
}

function linesHeight(pdf: Pdf, lines: readonly Line[], column: Column): number {
  return lines.reduce(
    (height, line) => height + (line.spaceBefore ?? 0) + heightOf(pdf, line.text, line.style, column.width),
    0,
  );
}

function drawLines(pdf: Pdf, lines: readonly Line[], column: Column, align: 'left' | 'center'): void {
  for (const line of lines) {
    pdf.y += line.spaceBefore ?? 0;
    write(pdf, line.text, line.style, column, { align });
  }
}

function drawFootnote(pdf: Pdf, footnote: string): void {
  const page = pageColumn(pdf);
  pdf.y += SECTION_GAP;
  keepSpace(pdf, heightOf(pdf, footnote, STYLES.footnote, page.width) + PARAGRAPH_GAP);
  drawRule(pdf, page, page.width / 4, 'left');
  write(pdf, footnote, STYLES.footnote, page, { align: 'justify' });
}

/**
 * Page numbers as Decree 30/2020/NĐ-CP places them: centred in the top margin, from the second page on (the first
 * page carries none).
 */
function numberPages(pdf: Pdf): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let index = 1; index < count; index++) {
    pdf.switchToPage(start + index);
    const topMargin = pdf.page.margins.top;
    pdf.y = topMargin / 2 - STYLES.pageNumber.size / 2;
    write(pdf, String(index + 1), STYLES.pageNumber, pageColumn(pdf), { align: 'center', lineBreak: false });
  }
}
