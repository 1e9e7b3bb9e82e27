import { BUILT_IN_RULES, type Actor, type LegalRegime, type RuleBook, type RuleCorrection } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { RuleCorrectionEntity } from '../entities/rule-correction.entity';

/** Every correction saved, oldest first within each regime; inside a transaction when given its manager. */
export async function readRuleCorrections(manager: EntityManager): Promise<RuleCorrection[]> {
  const rows = await manager.getRepository(RuleCorrectionEntity).find({ order: { regime: 'ASC', sequence: 'ASC' } });
  return rows.map((row) => ({
    regime: row.regime as LegalRegime,
    parameterId: row.parameterId,
    sequence: row.sequence,
    value: row.value,
    citation: row.citation,
    confirmed: row.confirmed,
    effectiveFrom: row.effectiveFrom,
    reason: row.reason,
    correctedBy: row.correctedBy,
    correctedAt: row.correctedAt.toISOString(),
  }));
}

/** The corrections administrators saved, oldest first; each saved with its audit record in one transaction. */
@Injectable()
export class RuleCorrectionRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auditLog: AuditLog,
  ) {}

  all(): Promise<RuleCorrection[]> {
    return readRuleCorrections(this.dataSource.manager);
  }

  async ruleBook(): Promise<RuleBook> {
    return BUILT_IN_RULES.withCorrections(await this.all());
  }

  /**
   * Appends a correction numbered after the ones it was checked against. Two administrators saving at once both
   * claim the same number: the primary key refuses the second, which is told to look again.
   */
  async append(correction: RuleCorrection, actor: Actor, occurredAt: Date): Promise<'saved' | 'conflict'> {
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.getRepository(RuleCorrectionEntity).insert({
          regime: correction.regime,
          sequence: correction.sequence,
          parameterId: correction.parameterId,
          value: correction.value,
          citation: { ...correction.citation },
          confirmed: correction.confirmed,
          effectiveFrom: correction.effectiveFrom,
          reason: correction.reason,
          correctedBy: correction.correctedBy,
          correctedAt: occurredAt,
        });
        await this.auditLog.record(
          {
            actor,
            action: 'rule-pack-corrected',
            outcome: 'allowed',
            subject: { type: 'rule-pack', id: `${correction.regime}/${correction.parameterId}` },
            details: {
              sequence: correction.sequence,
              value: correction.value,
              confirmed: correction.confirmed,
              effectiveFrom: correction.effectiveFrom,
              reason: correction.reason,
            },
            occurredAt,
          },
          manager,
        );
      });
      return 'saved';
    } catch (error) {
      if ((error as { code?: string }).code === '23505') return 'conflict';
      throw error;
    }
  }
}
