import { BLOCKING_STATUSES, nameKey, type ApplicationScreening, type EstablishmentDossier } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, Not } from 'typeorm';
import { CooperativeEntity } from '../entities/cooperative.entity';
import { EstablishmentApplicationEntity } from '../entities/establishment-application.entity';

/** Applications that still hold their name: neither decided against nor lapsed. */
const PENDING = ['under-review', 'amendments-requested', 'awaiting-decision'];

/**
 * What the registry says about a filing. Names are compared in code with the domain's `nameKey` (a territory holds
 * at most a few thousand cooperatives), so the comparison is the same whatever the database's collation.
 */
@Injectable()
export class ApplicationScreeningService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async screen(applicationId: string, dossier: EstablishmentDossier): Promise<ApplicationScreening> {
    const key = nameKey(dossier.proposedName);
    const cooperatives = await this.dataSource.getRepository(CooperativeEntity).find({
      select: { registrationCode: true, name: true, status: true },
      where: { territoryCode: dossier.territoryCode, status: Not('dissolved') },
    });
    const applications = await this.dataSource.getRepository(EstablishmentApplicationEntity).find({
      select: { id: true, proposedName: true },
      where: { territoryCode: dossier.territoryCode, status: In(PENDING), id: Not(applicationId) },
    });
    const memberCodes = dossier.members.flatMap((member) => (member.registrationCode ? [member.registrationCode] : []));
    const barred =
      memberCodes.length === 0
        ? []
        : await this.dataSource.getRepository(CooperativeEntity).find({
            select: { registrationCode: true, name: true, status: true },
            where: { registrationCode: In(memberCodes), status: In([...BLOCKING_STATUSES]) },
          });
    return {
      sameName: cooperatives
        .filter((cooperative) => nameKey(cooperative.name) === key)
        .map(({ registrationCode, name, status }) => ({ registrationCode, name, status })),
      sameNamePending: applications
        .filter((application) => nameKey(application.proposedName) === key)
        .map((application) => ({ applicationId: application.id, proposedName: application.proposedName })),
      blockedMembers: barred.map(({ registrationCode, name, status }) => ({ registrationCode, name, status })),
    };
  }
}
