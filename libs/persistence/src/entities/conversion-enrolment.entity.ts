import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Read model: each cooperative's conversion in a campaign (a fold of its stream), for progress and lists. */
@Entity('conversion_enrolments')
@Index('ix_conversion_enrolments_campaign_bucket', ['campaignId', 'bucket', 'registrationCode'])
@Index('ix_conversion_enrolments_cooperative', ['cooperativeId'])
export class ConversionEnrolmentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'campaign_id' })
  campaignId: string;

  @Column('uuid', { name: 'cooperative_id' })
  cooperativeId: string;

  @Column('text', { name: 'registration_code' })
  registrationCode: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'territory_code' })
  territoryCode: string;

  @Column('text')
  stage: string;

  /** Where the campaign page counts it: not started, in progress, conformed, overdue, dissolved, converted out. */
  @Column('text')
  bucket: string;

  @Column('text', { name: 'workflow_id' })
  workflowId: string;

  @Column('jsonb')
  state: object;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
