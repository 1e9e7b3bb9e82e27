import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An administrator's correction of a rule-pack parameter; append-only, numbered within its regime. */
@Entity('rule_corrections')
export class RuleCorrectionEntity {
  @PrimaryColumn('text')
  regime: string;

  @PrimaryColumn('integer')
  sequence: number;

  @Column('text', { name: 'parameter_id' })
  parameterId: string;

  /** A number, a YYYY-MM-DD date, or null for a provision. */
  @Column('jsonb', { nullable: true })
  value: number | string | null;

  @Column('jsonb')
  citation: { vi: string; en: string };

  @Column('boolean')
  confirmed: boolean;

  @Column('date', { name: 'effective_from' })
  effectiveFrom: string;

  @Column('text')
  reason: string;

  @Column('text', { name: 'corrected_by' })
  correctedBy: string;

  @CreateDateColumn({ name: 'corrected_at', type: 'timestamptz' })
  correctedAt: Date;
}
