import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A steering committee's target for a territory and year (e.g. new cooperatives founded), set by an administrator. */
@Entity('statistics_targets')
export class StatisticsTargetEntity {
  @PrimaryColumn('text', { name: 'territory_code' })
  territoryCode: string;

  @PrimaryColumn('integer')
  year: number;

  /** new-cooperatives, dissolved, reports-filed… (the indicators of `GET /stats`). */
  @PrimaryColumn('text')
  indicator: string;

  @Column('integer')
  target: number;

  /** Where the target comes from, e.g. "Kế hoạch 114/KH-UBND". */
  @Column('text')
  source: string;

  @Column('text', { name: 'updated_by' })
  updatedBy: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
