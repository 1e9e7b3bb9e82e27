import { Check, Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Read model: establishment applications and where each stands (a fold of its events). */
@Entity('establishment_applications')
@Check(
  'ck_applications_status',
  `status IN ('under-review', 'amendments-requested', 'awaiting-decision', 'approved', 'refused', 'lapsed')`,
)
@Index('ix_applications_territory_status', ['territoryCode', 'status'])
export class EstablishmentApplicationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'workflow_id' })
  workflowId: string;

  @Column('text')
  status: string;

  @Column('text')
  kind: string;

  @Column('text', { name: 'proposed_name' })
  proposedName: string;

  @Column('text', { name: 'territory_code' })
  territoryCode: string;

  @Column('text')
  regime: string;

  @Column('date', { name: 'filed_on' })
  filedOn: string;

  /** The whole application state (dossier, checks, proposal, decision). */
  @Column('jsonb')
  state: object;

  @Column('text', { name: 'registration_code', nullable: true })
  registrationCode: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
