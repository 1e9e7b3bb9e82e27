import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Read model: each support request for a new cooperative, for the sums per territory and year. */
@Entity('support_records')
@Index('ix_support_records_territory_year', ['territoryCode', 'year'])
export class SupportRecordEntity {
  @PrimaryColumn('text', { name: 'support_id' })
  supportId: string;

  @Column('uuid', { name: 'cooperative_id' })
  cooperativeId: string;

  @Column('text', { name: 'territory_code' })
  territoryCode: string;

  /** The year it was requested in (the year its amounts count towards). */
  @Column('integer')
  year: number;

  @Column('text')
  kind: string;

  @Column('text')
  status: string;

  @Column('bigint', { name: 'requested_amount' })
  requestedAmount: string;

  @Column('bigint', { name: 'approved_amount' })
  approvedAmount: string;

  @Column('bigint', { name: 'disbursed_amount' })
  disbursedAmount: string;

  @Column('date', { name: 'requested_on' })
  requestedOn: string;

  @Column('date', { name: 'decided_on', nullable: true })
  decidedOn: string | null;
}
