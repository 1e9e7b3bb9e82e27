import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A saved inbox filter, kept on the server and optionally shared with the teams of some territories. */
@Entity('task_views')
@Index('ix_task_views_owner', ['ownerId'])
export class TaskViewEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'owner_id' })
  ownerId: string;

  @Column('text', { name: 'shared_with', array: true, default: () => "'{}'" })
  sharedWith: string[];

  @Column('jsonb')
  filters: object;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
