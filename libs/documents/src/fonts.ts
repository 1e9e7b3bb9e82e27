import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The faces a document uses; each is registered in the PDF under this name. */
export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

/*
 * DejaVu Serif Condensed covers every Vietnamese letter with its tone marks in all four faces, and its width is close to
 * Times New Roman's, the face Vietnamese administrative documents are printed in. The files come from the npm package
 * (Bitstream Vera licence, DejaVu changes in the public domain), found through the resolver so the same code works from
 * the sources, under Jest and from `dist/`.
 */
const FONT_PACKAGE = 'dejavu-fonts-ttf';
const FONT_FILES: Readonly<Record<FontFace, string>> = {
  regular: 'DejaVuSerifCondensed.ttf',
  bold: 'DejaVuSerifCondensed-Bold.ttf',
  italic: 'DejaVuSerifCondensed-Italic.ttf',
  boldItalic: 'DejaVuSerifCondensed-BoldItalic.ttf',
};
export const FONT_FACES = Object.keys(FONT_FILES) as readonly FontFace[];

const loaded = new Map<FontFace, Buffer>();

export function fontPath(face: FontFace): string {
  return join(dirname(require.resolve(`${FONT_PACKAGE}/package.json`)), 'ttf', FONT_FILES[face]);
}

/** The font file's bytes, read once per process. */
export function fontData(face: FontFace): Buffer {
  let data = loaded.get(face);
  if (!data) {
    data = readFileSync(fontPath(face));
    loaded.set(face, data);
  }
  return data;
}
