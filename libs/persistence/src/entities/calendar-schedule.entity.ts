import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A year's official schedule of days off and swapped working days, as an administrator loaded it. */
@Entity('calendar_schedules')
export class CalendarScheduleEntity {
  @PrimaryColumn('integer')
  year: number;

  @Column('text')
  source: string;

  @Column('jsonb', { name: 'days_off' })
  daysOff: { date: string; reason: { vi: string; en: string } }[];

  @Column('jsonb', { name: 'working_days' })
  workingDays: { date: string; reason: { vi: string; en: string } }[];

  @Column('text', { name: 'loaded_by' })
  loadedBy: string;

  @UpdateDateColumn({ name: 'loaded_at', type: 'timestamptz' })
  loadedAt: Date;
}
