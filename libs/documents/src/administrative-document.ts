import type { IsoDate } from '@htx/domain';

/** The lines naming an agency, from the parent body down to the one that issues: `['UBND HUYỆN TÂN YÊN', 'PHÒNG TÀI CHÍNH - KẾ HOẠCH']`. */
export type DocumentParty = { readonly lines: readonly string[] };

export type DocumentSignature = {
  /** `TRƯỞNG PHÒNG`, or `KT. TRƯỞNG PHÒNG` when a deputy signs on the head's behalf. */
  readonly capacity: string;
  /** The signer's own position when it differs from the capacity: `PHÓ TRƯỞNG PHÒNG`. */
  readonly title?: string;
  readonly name: string;
  /** A line under the title, before the space left for the signature and seal: `(Đã ký)`. */
  readonly note?: string;
};

export type DocumentField = { readonly label: string; readonly value: string };

export type DocumentBlock =
  | { readonly kind: 'paragraph'; readonly text: string; readonly bold?: boolean }
  | { readonly kind: 'fields'; readonly rows: readonly DocumentField[] }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[] };

/** A printable administrative document laid out as Decree 30/2020/NĐ-CP (Appendix I) describes. */
export type AdministrativeDocument = {
  readonly issuer: DocumentParty;
  /** `216-2026-0001/GCN`, printed after "Số:"; null before a number is issued (printed as dots to fill in by hand). */
  readonly number: string | null;
  readonly place: string;
  readonly date: IsoDate;
  readonly title: string;
  readonly subtitle?: string;
  /** The "Căn cứ ..." lines printed in italics before the body. */
  readonly basis: readonly string[];
  readonly body: readonly DocumentBlock[];
  readonly signature: DocumentSignature;
  /** The "Nơi nhận:" list. */
  readonly recipients: readonly string[];
  readonly footnote?: string;
};
