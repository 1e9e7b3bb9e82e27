import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Where a cooperative receives the registry's notices (e-mail), as an officer or its representative last set it. */
@Entity('notice_addresses')
export class NoticeAddressEntity {
  @PrimaryColumn('uuid', { name: 'cooperative_id' })
  cooperativeId: string;

  @Column('text')
  email: string;

  @Column('text', { name: 'updated_by' })
  updatedBy: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
