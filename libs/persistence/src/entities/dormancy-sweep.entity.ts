import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One pass over the registry as of a date: who asked (or the schedule), over what, and how far it got. */
@Entity('dormancy_sweeps')
@Check('ck_dormancy_sweeps_status', `status IN ('running', 'completed')`)
@Index('ix_dormancy_sweeps_started', ['startedAt'])
export class DormancySweepEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('date', { name: 'as_of' })
  asOf: string;

  /** The territory asked for; null: the whole registry. */
  @Column('text', { name: 'territory_code', nullable: true })
  territoryCode: string | null;

  /** The territory and those within it on the sweep's date, as the cooperatives record them. */
  @Column('text', { name: 'territory_codes', array: true, nullable: true })
  territoryCodes: string[] | null;

  @Column('jsonb', { name: 'requested_by' })
  requestedBy: object;

  @Column('text')
  status: string;

  @Column('timestamptz', { name: 'started_at' })
  startedAt: Date;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt: Date | null;
}
