import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Read model: the registry as the event log last left it (a fold of the cooperative's stream). */
@Entity('cooperatives')
@Check('ck_cooperatives_kind', `kind IN ('cooperative', 'union', 'group')`)
@Check('ck_cooperatives_regime', `regime IN ('law-2003', 'law-2012', 'law-2023')`)
@Check(
  'ck_cooperatives_status',
  `status IN ('active', 'suspended', 'dissolving', 'dissolved', 'revoked', 'converted-out')`,
)
@Check('ck_cooperatives_member_count', `member_count >= 0`)
@Index('ix_cooperatives_territory_status', ['territoryCode', 'status'])
@Index('ix_cooperatives_territory_dormancy', ['territoryCode', 'dormancyStage'])
export class CooperativeEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index('uq_cooperatives_registration_code', { unique: true })
  @Column('text', { name: 'registration_code' })
  registrationCode: string;

  @Column('text', { name: 'workflow_id' })
  workflowId: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: string;

  @Column('text')
  sector: string;

  @Column('text', { name: 'territory_code' })
  territoryCode: string;

  @Column('text')
  regime: string;

  @Column('text')
  status: string;

  @Column('date', { name: 'registered_on' })
  registeredOn: string;

  @Column('integer', { name: 'member_count' })
  memberCount: number;

  @Column('date', { name: 'last_operating_on' })
  lastOperatingOn: string;

  /** The open dormancy case's stage (under-review, evidence-requested, confirmed), or null. */
  @Column('text', { name: 'dormancy_stage', nullable: true })
  dormancyStage: string | null;

  /** The next day time alone changes the record (a dormancy ground met, a suspension starting or ending). */
  @Column('date', { name: 'next_due_on', nullable: true })
  nextDueOn: string | null;

  /** The whole record as the fold of its stream left it (evidence, suspension, dormancy case, support). */
  @Column('jsonb')
  state: object;

  /** The stream's last version and hash as the projection saw them: a deleted tail event shows up against these. */
  @Column('integer', { name: 'stream_version' })
  streamVersion: number;

  @Column('char', { name: 'head_hash', length: 64 })
  headHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
