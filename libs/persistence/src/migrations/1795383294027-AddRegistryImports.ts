import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRegistryImports1795383294027 implements MigrationInterface {
  name = 'AddRegistryImports1795383294027';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "registry_imports" ("id" uuid NOT NULL, "file_name" text NOT NULL, "sha256" character(64) NOT NULL, "uploaded_by" text NOT NULL, "actor" jsonb NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "status" text NOT NULL, "rows" jsonb NOT NULL, "rejected_rows" jsonb NOT NULL, "processed" integer NOT NULL, "created" integer NOT NULL, "failures" jsonb NOT NULL, CONSTRAINT "ck_registry_imports_status" CHECK (status IN ('running', 'completed')), CONSTRAINT "PK_be5990f618e9bde82c9f55e866d" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "registry_imports"`);
  }
}
