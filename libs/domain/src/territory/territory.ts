import { compareIsoDates, type IsoDate } from '../shared/iso-date';

/** tỉnh / huyện (until the 2025 reform) / xã. */
export const TERRITORY_LEVELS = ['province', 'district', 'commune'] as const;
export type TerritoryLevel = (typeof TERRITORY_LEVELS)[number];

/**
 * An administrative unit as it existed over a period. When units are merged or abolished, the old unit keeps its
 * code and history and names the unit that took it over (`successorCode`), so cases move with it.
 */
export type Territory = {
  readonly code: string;
  readonly name: string;
  readonly level: TerritoryLevel;
  readonly parentCode: string | null;
  readonly validFrom: IsoDate | null;
  readonly validTo: IsoDate | null;
  readonly successorCode: string | null;
};

const validOn = (territory: Territory, date: IsoDate) =>
  (territory.validFrom === null || compareIsoDates(territory.validFrom, date) <= 0) &&
  (territory.validTo === null || compareIsoDates(date, territory.validTo) <= 0);

/** Lookups over the whole (effective-dated) tree of administrative units. Pure; build it from data. */
export class TerritoryDirectory {
  private readonly byCode: ReadonlyMap<string, Territory>;

  constructor(territories: readonly Territory[]) {
    this.byCode = new Map(territories.map((territory) => [territory.code, territory]));
  }

  get(code: string): Territory | undefined {
    return this.byCode.get(code);
  }

  all(): Territory[] {
    return [...this.byCode.values()];
  }

  /** The unit that holds `code`'s place on `date`: itself while it exists, else its successor's (transitively). */
  currentUnit(code: string, date: IsoDate): Territory | undefined {
    const seen = new Set<string>();
    let territory = this.byCode.get(code);
    while (territory && !validOn(territory, date) && territory.successorCode && !seen.has(territory.code)) {
      seen.add(territory.code);
      territory = this.byCode.get(territory.successorCode);
    }
    return territory;
  }

  /** The unit and every unit above it, as they stand on `date` (following successions first). */
  lineage(code: string, date: IsoDate): Territory[] {
    const chain: Territory[] = [];
    const seen = new Set<string>();
    for (let unit = this.currentUnit(code, date); unit && !seen.has(unit.code);) {
      seen.add(unit.code);
      chain.push(unit);
      unit = unit.parentCode ? this.currentUnit(unit.parentCode, date) : undefined;
    }
    return chain;
  }

  /** The unit and the units above it as recorded when it existed, without following any succession. */
  recordedLineage(code: string): string[] {
    const chain: string[] = [];
    for (let unit = this.byCode.get(code); unit && !chain.includes(unit.code);) {
      chain.push(unit.code);
      unit = unit.parentCode ? this.byCode.get(unit.parentCode) : undefined;
    }
    return chain.length > 0 ? chain : [code];
  }

  /**
   * Whether a place lies within a scope on `date`. A scope reaches what lies in its units now (places follow their
   * successors into the new map) and what lay in them when they were drawn; a reorganisation never widens it. An
   * assignment to an abolished district keeps reaching what was in that district until an administrator reassigns it.
   */
  covers(scope: readonly string[], code: string, date: IsoDate): boolean {
    const scopeUnits = new Set(scope);
    return (
      this.lineage(code, date).some((unit) => scopeUnits.has(unit.code)) ||
      this.recordedLineage(code).some((unit) => scopeUnits.has(unit))
    );
  }

  /** Every code, current or historical, whose place lies within the scope on `date`: for filtering lists. */
  codesWithin(scope: readonly string[], date: IsoDate): string[] {
    return [...new Set([...scope, ...this.all().map((t) => t.code)])].filter((code) => this.covers(scope, code, date));
  }
}
