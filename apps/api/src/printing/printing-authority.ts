import {
  authorityFor,
  text,
  type Authority,
  type CooperativeKind,
  type IsoDate,
  type LegalRegime,
  type Territory,
} from '@htx/domain';
import { StreamableFile } from '@nestjs/common';
import type { TerritoryDirectoryService } from '../access/territory-directory.service';
import { ApiError } from '../http/api-error';

/** Who prints: the registering authority of the application's territory, and the place it writes in its dates. */
export type PrintingAuthority = {
  readonly authority: Authority;
  /** The unit the authority belongs to (its People's Committee heads the document). */
  readonly unit: Territory;
};

/** The laws every registration document cites first, by regime. */
export const LAW_BASIS: Readonly<Record<Exclude<LegalRegime, 'law-2003'>, readonly string[]>> = {
  'law-2012': [
    'Căn cứ Luật Hợp tác xã số 23/2012/QH13;',
    'Căn cứ Nghị định số 193/2013/NĐ-CP ngày 21/11/2013 của Chính phủ quy định chi tiết một số điều của Luật Hợp tác xã;',
  ],
  'law-2023': [
    'Căn cứ Luật Hợp tác xã số 17/2023/QH15;',
    'Căn cứ Nghị định số 92/2024/NĐ-CP của Chính phủ về đăng ký hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác;',
  ],
};

/** "Huyện Tân Yên" → "Tân Yên": the place a document is dated at. */
export const placeOf = (unit: Territory) =>
  unit.name.replace(/^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+/i, '');

export const issuerOf = ({ authority, unit }: PrintingAuthority) => ({ lines: [`UBND ${unit.name}`, authority.name] });

/** The head of a district office is its Trưởng phòng; of a provincial department, its Giám đốc. */
export const headTitleOf = ({ authority }: PrintingAuthority) =>
  /^phòng/i.test(authority.name) ? 'TRƯỞNG PHÒNG' : /^sở/i.test(authority.name) ? 'GIÁM ĐỐC' : 'THỦ TRƯỞNG CƠ QUAN';

export const UNCONFIRMED_NOTE =
  'Ghi chú: một số căn cứ pháp lý của văn bản này chưa được đối chiếu với văn bản gốc; cơ quan ban hành kiểm tra lại trước khi ký.';

/** The authority that registers cooperatives of this kind in this territory on that day, and its unit; 409 if none is loaded. */
export async function printingAuthority(
  territories: TerritoryDirectoryService,
  territoryCode: string,
  kind: CooperativeKind,
  on: IsoDate,
): Promise<PrintingAuthority> {
  const [directory, authorities] = await Promise.all([territories.directory(), territories.authorities()]);
  const authority = authorityFor(directory, authorities, territoryCode, kind, on);
  const unit = authority && directory.get(authority.territoryCode);
  if (authority && unit) return { authority, unit };
  throw new ApiError(
    409,
    'NO_REGISTERING_AUTHORITY',
    text(
      `Chưa có cơ quan đăng ký cho địa bàn ${territoryCode} vào ngày ${on}.`,
      `No registering authority is loaded for territory ${territoryCode} on ${on}.`,
    ),
    [],
    text('Quản trị viên nạp cơ quan qua PUT /authorities.', 'An administrator loads it with PUT /authorities.'),
  );
}

/** A printed document as the browser should open it: a PDF shown inline, under its Vietnamese title. */
export function inlinePdf(printed: { readonly fileName: string; readonly content: Buffer }): StreamableFile {
  return new StreamableFile(printed.content, {
    type: 'application/pdf',
    length: printed.content.length,
    disposition: `inline; filename*=UTF-8''${encodeURIComponent(printed.fileName)}`,
  });
}
