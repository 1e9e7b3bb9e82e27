import { Check, Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Administrative units with the period each existed and the unit that took it over (effective-dated data). */
@Entity('territories')
@Check('ck_territories_level', `level IN ('province', 'district', 'commune')`)
@Index('ix_territories_parent', ['parentCode'])
export class TerritoryEntity {
  @PrimaryColumn('text')
  code: string;

  @Column('text')
  name: string;

  @Column('text')
  level: string;

  @Column('text', { name: 'parent_code', nullable: true })
  parentCode: string | null;

  @Column('date', { name: 'valid_from', nullable: true })
  validFrom: string | null;

  @Column('date', { name: 'valid_to', nullable: true })
  validTo: string | null;

  @Column('text', { name: 'successor_code', nullable: true })
  successorCode: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
