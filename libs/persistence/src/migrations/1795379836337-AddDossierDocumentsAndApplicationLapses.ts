import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDossierDocumentsAndApplicationLapses1795379836337 implements MigrationInterface {
  name = 'AddDossierDocumentsAndApplicationLapses1795379836337';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "dossier_documents" ("id" uuid NOT NULL, "application_id" uuid, "kind" text NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "uploaded_by" text NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8d85b678c6da8fa0211bed5bbe9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_dossier_documents_staged" ON "dossier_documents"  ("uploaded_by", "uploaded_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_dossier_documents_application" ON "dossier_documents"  ("application_id") `,
    );
    await queryRunner.query(`ALTER TABLE "establishment_applications" DROP CONSTRAINT "ck_applications_status"`);
    await queryRunner.query(
      `ALTER TABLE "establishment_applications" ADD CONSTRAINT "ck_applications_status" CHECK (status IN ('under-review', 'amendments-requested', 'awaiting-decision', 'approved', 'refused', 'lapsed'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "establishment_applications" DROP CONSTRAINT "ck_applications_status"`);
    await queryRunner.query(
      `ALTER TABLE "establishment_applications" ADD CONSTRAINT "ck_applications_status" CHECK (status IN ('under-review', 'awaiting-decision', 'approved', 'refused'))`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_dossier_documents_application"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dossier_documents_staged"`);
    await queryRunner.query(`DROP TABLE "dossier_documents"`);
  }
}
