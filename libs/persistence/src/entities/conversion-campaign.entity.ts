import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A conversion campaign an officer opened for a territory, with its terms and how far enrolment got. */
@Entity('conversion_campaigns')
@Index('ix_conversion_campaigns_territory', ['territoryCode'])
export class ConversionCampaignEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'territory_code' })
  territoryCode: string;

  @Column('text')
  target: string;

  @Column('date', { name: 'legal_deadline' })
  legalDeadline: string;

  @Column('date', { name: 'follow_up_by' })
  followUpBy: string;

  /** The campaign's terms as the workflows received them (basis, opener). */
  @Column('jsonb')
  terms: object;

  @Column('jsonb', { name: 'territory_codes' })
  territoryCodes: string[];

  @Column('text', { name: 'workflow_id' })
  workflowId: string;

  @Column('text', { name: 'opened_by' })
  openedBy: string;

  /** Null while the cohort is being enrolled; the number enrolled once it is. */
  @Column('integer', { name: 'enrolled', nullable: true })
  enrolled: number | null;

  @CreateDateColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;
}
