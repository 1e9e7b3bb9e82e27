import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A person who signs in: their roles and reach (territories; for representatives, their cooperatives). */
@Entity('users')
export class UserEntity {
  /** The login name, e.g. can-bo.tanyen. */
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'display_name' })
  displayName: string;

  @Column('text', { array: true })
  roles: string[];

  @Column('text', { name: 'territory_codes', array: true, default: () => "'{}'" })
  territoryCodes: string[];

  @Column('uuid', { name: 'cooperative_ids', array: true, default: () => "'{}'" })
  cooperativeIds: string[];

  /** scrypt hash for the local sign-in; null for users who sign in only through the OIDC provider. */
  @Column('text', { name: 'password_hash', nullable: true })
  passwordHash: string | null;

  /** `sub` of the OIDC provider's tokens. */
  @Index('uq_users_external_subject', { unique: true, where: 'external_subject IS NOT NULL' })
  @Column('text', { name: 'external_subject', nullable: true })
  externalSubject: string | null;

  @Column('boolean', { default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
