import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddOpenInboxIndex1795397916176 implements MigrationInterface {
  name = 'AddOpenInboxIndex1795397916176';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_tasks_open_due" ON "tasks"  ("due_on", "id") WHERE status IN ('open', 'claimed')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_open_due"`);
  }
}
