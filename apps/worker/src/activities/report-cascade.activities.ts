import type { CascadeTerritory, ReportCascadeActivityContract } from '@htx/contracts';
import type { IsoDate } from '@htx/domain';
import { TerritoryRepository } from '@htx/persistence';
import { Injectable } from '@nestjs/common';

@Injectable()
export class ReportCascadeActivities implements ReportCascadeActivityContract {
  constructor(private readonly territories: TerritoryRepository) {}

  async listCascadeTerritories(asOf: IsoDate): Promise<CascadeTerritory[]> {
    const all = await this.territories.territories();
    return all
      .filter(
        (territory): territory is typeof territory & { level: 'district' | 'province' } =>
          (territory.level === 'district' || territory.level === 'province') &&
          (territory.validFrom === null || territory.validFrom <= asOf) &&
          (territory.validTo === null || asOf <= territory.validTo),
      )
      .map(({ code, name, level }) => ({ code, name, level }))
      .sort((a, b) => a.code.localeCompare(b.code));
  }
}
