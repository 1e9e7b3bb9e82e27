import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CooperativeEntity } from '../entities/cooperative.entity';
import { IssuedRegistrationCodeEntity } from '../entities/registration-code.entity';

/**
 * Registration codes issued by this registry: `<territory>-<year>-<sequence>` (e.g. 216-2026-0007), one per approved
 * application, never reused, never colliding with a code already in the registry (imported ones included).
 */
@Injectable()
export class RegistrationCodes {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  allocate(applicationId: string, territoryCode: string, year: number): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const issued = await manager.getRepository(IssuedRegistrationCodeEntity).findOneBy({ applicationId });
      if (issued) return issued.code;
      for (;;) {
        const [{ last_sequence: sequence }] = await manager.query<{ last_sequence: number }[]>(
          `INSERT INTO registration_code_counters (territory_code, year, last_sequence) VALUES ($1, $2, 1)
           ON CONFLICT (territory_code, year) DO UPDATE SET last_sequence = registration_code_counters.last_sequence + 1
           RETURNING last_sequence`,
          [territoryCode, year],
        );
        const code = `${territoryCode}-${year}-${String(sequence).padStart(4, '0')}`;
        if (await manager.getRepository(CooperativeEntity).existsBy({ registrationCode: code })) continue;
        await manager.getRepository(IssuedRegistrationCodeEntity).insert({ applicationId, code });
        return code;
      }
    });
  }
}
