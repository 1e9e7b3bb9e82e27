import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A sweep's verdict on one cooperative, with its reasons (a SweepFinding), kept for the officers' review. */
@Entity('dormancy_sweep_findings')
@Index('ix_dormancy_sweep_findings_batch', ['sweepId', 'flagged', 'registrationCode'])
export class DormancySweepFindingEntity {
  @PrimaryColumn('text', { name: 'sweep_id' })
  sweepId: string;

  @PrimaryColumn('uuid', { name: 'cooperative_id' })
  cooperativeId: string;

  @Column('text', { name: 'registration_code' })
  registrationCode: string;

  @Column('text', { name: 'territory_code' })
  territoryCode: string;

  @Column('boolean')
  flagged: boolean;

  @Column('jsonb')
  finding: object;
}
