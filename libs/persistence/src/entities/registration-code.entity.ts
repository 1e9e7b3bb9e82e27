import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** The last sequence number issued per territory and year. */
@Entity('registration_code_counters')
export class RegistrationCodeCounterEntity {
  @PrimaryColumn('text', { name: 'territory_code' })
  territoryCode: string;

  @PrimaryColumn('integer')
  year: number;

  @Column('integer', { name: 'last_sequence' })
  lastSequence: number;
}

/** Each registration code issued, once per application. */
@Entity('issued_registration_codes')
export class IssuedRegistrationCodeEntity {
  @PrimaryColumn('uuid', { name: 'application_id' })
  applicationId: string;

  @Index('uq_issued_registration_codes_code', { unique: true })
  @Column('text')
  code: string;

  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;
}
