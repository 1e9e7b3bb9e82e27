// How a person reads a generated PDF: the text as a viewer or pdftotext lays it out, line by line.
import pdfParse from 'pdf-parse';

type TextRun = { readonly str: string; readonly width: number; readonly transform: readonly number[] };
type PageContent = { getTextContent(): Promise<{ items: readonly TextRun[] }> };
type Run = { readonly x: number; readonly baseline: number; readonly width: number; readonly text: string };

/** Runs whose baselines are this close (in points) share a line, as a viewer or `pdftotext` sees them. */
const SAME_LINE = 1;
/** Runs of a line further apart than this (in points) are separate pieces: two header columns, two table cells. */
const SAME_PIECE = 2;

/** The page's pieces of text, one per output line: lines top to bottom, pieces left to right. */
async function pagePieces(page: PageContent): Promise<string> {
  const runs: Run[] = (await page.getTextContent()).items.map((item) => {
    const [x, baseline] = item.transform.slice(4);
    return { x, baseline, width: item.width, text: item.str };
  });
  const lines: Run[][] = [];
  for (const run of runs) {
    const line = lines.find((candidate) => Math.abs(candidate[0].baseline - run.baseline) < SAME_LINE);
    if (line) line.push(run);
    else lines.push([run]);
  }
  return lines
    .sort((above, below) => below[0].baseline - above[0].baseline)
    .flatMap(piecesOfLine)
    .join('\n');
}

function piecesOfLine(line: Run[]): string[] {
  const pieces: string[] = [];
  let previous: Run | undefined;
  for (const run of line.sort((left, right) => left.x - right.x)) {
    const adjoins = previous !== undefined && run.x - (previous.x + previous.width) < SAME_PIECE;
    if (adjoins) pieces[pieces.length - 1] += run.text;
    else pieces.push(run.text);
    previous = run;
  }
  return pieces.map((piece) => piece.trim());
}

/** The pieces of text read back from the PDF, and the whole text with line breaks as spaces (for wrapped sentences). */
export async function readBack(pdf: Buffer): Promise<{ pieces: readonly string[]; text: string; pages: number }> {
  const { text, numpages } = await pdfParse(pdf, { pagerender: pagePieces });
  const pieces = text.split('\n').filter((piece) => piece.length > 0);
  return { pieces, text: pieces.join(' ').replace(/\s+/g, ' '), pages: numpages };
}
