import { cooperativeDecider, type CooperativeKind, type LegalRegime, type Sector } from '@htx/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';

type RegistryRow = {
  id: string;
  registration_code: string;
  name: string;
  kind: CooperativeKind;
  sector: Sector;
  territory_code: string;
  regime: LegalRegime;
  registered_on: string;
  member_count: number;
};

export class AddCooperativeLivingRecord1795381428755 implements MigrationInterface {
  name = 'AddCooperativeLivingRecord1795381428755';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "support_records" ("support_id" text NOT NULL, "cooperative_id" uuid NOT NULL, "territory_code" text NOT NULL, "year" integer NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "requested_amount" bigint NOT NULL, "approved_amount" bigint NOT NULL, "disbursed_amount" bigint NOT NULL, "requested_on" date NOT NULL, "decided_on" date, CONSTRAINT "PK_c285f33a6100d67f6a9b193ffe5" PRIMARY KEY ("support_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_support_records_territory_year" ON "support_records"  ("territory_code", "year") `,
    );
    await queryRunner.query(`ALTER TABLE "cooperatives" ADD "last_operating_on" date`);
    await queryRunner.query(`ALTER TABLE "cooperatives" ADD "dormancy_stage" text`);
    await queryRunner.query(`ALTER TABLE "cooperatives" ADD "next_due_on" date`);
    await queryRunner.query(`ALTER TABLE "cooperatives" ADD "state" jsonb`);
    // Until now a cooperative's stream held only its registration: its record is what that one event folds into.
    const rows = (await queryRunner.query(
      `SELECT id, registration_code, name, kind, sector, territory_code, regime, registered_on::text, member_count FROM "cooperatives"`,
    )) as RegistryRow[];
    for (const row of rows) {
      const state = cooperativeDecider.evolve(null, {
        type: 'CooperativeRegistered',
        data: {
          cooperativeId: row.id,
          registrationCode: row.registration_code,
          name: row.name,
          kind: row.kind,
          sector: row.sector,
          territoryCode: row.territory_code,
          regime: row.regime,
          registeredOn: row.registered_on,
          memberCount: row.member_count,
        },
        legalBasis: null,
      });
      await queryRunner.query(
        `UPDATE "cooperatives" SET "state" = $2, "last_operating_on" = "registered_on" WHERE "id" = $1`,
        [row.id, JSON.stringify(state)],
      );
    }
    await queryRunner.query(`ALTER TABLE "cooperatives" ALTER COLUMN "last_operating_on" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "cooperatives" ALTER COLUMN "state" SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "ix_cooperatives_territory_dormancy" ON "cooperatives"  ("territory_code", "dormancy_stage") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_cooperatives_territory_dormancy"`);
    await queryRunner.query(`ALTER TABLE "cooperatives" DROP COLUMN "state"`);
    await queryRunner.query(`ALTER TABLE "cooperatives" DROP COLUMN "next_due_on"`);
    await queryRunner.query(`ALTER TABLE "cooperatives" DROP COLUMN "dormancy_stage"`);
    await queryRunner.query(`ALTER TABLE "cooperatives" DROP COLUMN "last_operating_on"`);
    await queryRunner.query(`DROP INDEX "public"."ix_support_records_territory_year"`);
    await queryRunner.query(`DROP TABLE "support_records"`);
  }
}
