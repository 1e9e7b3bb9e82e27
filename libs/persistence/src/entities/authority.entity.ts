import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Which body registers which kinds of cooperative in which territory, from when to when. */
@Entity('authorities')
export class AuthorityEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'territory_code' })
  territoryCode: string;

  @Column('text', { array: true })
  handles: string[];

  @Column('date', { name: 'valid_from', nullable: true })
  validFrom: string | null;

  @Column('date', { name: 'valid_to', nullable: true })
  validTo: string | null;

  @Column('boolean')
  confirmed: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
