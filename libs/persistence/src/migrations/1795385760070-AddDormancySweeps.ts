import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDormancySweeps1795385760070 implements MigrationInterface {
  name = 'AddDormancySweeps1795385760070';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "dormancy_sweep_findings" ("sweep_id" text NOT NULL, "cooperative_id" uuid NOT NULL, "registration_code" text NOT NULL, "territory_code" text NOT NULL, "flagged" boolean NOT NULL, "finding" jsonb NOT NULL, CONSTRAINT "PK_dd0a4ee63db1e295eb36e669bb2" PRIMARY KEY ("sweep_id", "cooperative_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_dormancy_sweep_findings_batch" ON "dormancy_sweep_findings"  ("sweep_id", "flagged", "registration_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "dormancy_sweeps" ("id" text NOT NULL, "as_of" date NOT NULL, "territory_code" text, "territory_codes" text array, "requested_by" jsonb NOT NULL, "status" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_dormancy_sweeps_status" CHECK (status IN ('running', 'completed')), CONSTRAINT "PK_eefc27daad4372c3ba51b3b9037" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_dormancy_sweeps_started" ON "dormancy_sweeps"  ("started_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_dormancy_sweeps_started"`);
    await queryRunner.query(`DROP TABLE "dormancy_sweeps"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormancy_sweep_findings_batch"`);
    await queryRunner.query(`DROP TABLE "dormancy_sweep_findings"`);
  }
}
