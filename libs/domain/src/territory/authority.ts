import type { CooperativeKind } from '../cooperative/cooperative';
import { compareIsoDates, type IsoDate } from '../shared/iso-date';
import type { TerritoryDirectory } from './territory';

/**
 * A body that registers (or decides on) cooperatives of some kinds in a territory over a period — e.g. the district
 * Finance–Planning Office for cooperatives until mid-2025. `confirmed: false` marks an assignment the law's text has
 * not settled (LIFECYCLE.md, open question 11).
 */
export type Authority = {
  readonly id: string;
  readonly name: string;
  readonly territoryCode: string;
  readonly handles: readonly CooperativeKind[];
  readonly validFrom: IsoDate | null;
  readonly validTo: IsoDate | null;
  readonly confirmed: boolean;
};

/** The authority for a cooperative of `kind` whose head office is at `territoryCode`, on `date`: the nearest one up. */
export function authorityFor(
  directory: TerritoryDirectory,
  authorities: readonly Authority[],
  territoryCode: string,
  kind: CooperativeKind,
  date: IsoDate,
): Authority | undefined {
  const inForce = authorities.filter(
    (authority) =>
      authority.handles.includes(kind) &&
      (authority.validFrom === null || compareIsoDates(authority.validFrom, date) <= 0) &&
      (authority.validTo === null || compareIsoDates(date, authority.validTo) <= 0),
  );
  for (const unit of directory.lineage(territoryCode, date)) {
    const found = inForce.find((authority) => authority.territoryCode === unit.code);
    if (found) return found;
  }
  return undefined;
}
