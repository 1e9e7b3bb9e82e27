import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: an append in one call. Under the stream's advisory lock it returns the rows of an earlier attempt
 * of the same request, or chains the new events onto the head — each statement of a volatile function takes a fresh
 * snapshot, so the lookup sees what the lock's last holder committed. The hash is finished here from the text the
 * application cut around the version and the previous hash (`chainTemplate`), so it is the same SHA-256 the
 * verifier recomputes.
 */
export class AddLifecycleAppendFunction1795416000000 implements MigrationInterface {
  name = 'AddLifecycleAppendFunction1795416000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION append_lifecycle_events(
        p_stream_id text, p_idempotency_keys text[], p_types text[], p_data jsonb[], p_legal_bases jsonb[],
        p_actor_id text, p_actor_role text, p_actor_name text, p_occurred_at timestamptz[], p_recorded_at timestamptz,
        p_hash_before text[], p_hash_between text[], p_hash_after text[]
      ) RETURNS TABLE (earlier boolean, "position" bigint, version integer, prev_hash character(64), hash character(64))
      LANGUAGE plpgsql VOLATILE AS $$
      #variable_conflict use_column
      DECLARE
        head_version integer;
        head_hash character(64);
        previous character(64);
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended(p_stream_id, 0));
        RETURN QUERY
          SELECT true, e.position, e.version, e.prev_hash, e.hash FROM lifecycle_events e
          WHERE e.idempotency_key = ANY (p_idempotency_keys) ORDER BY e.version;
        IF FOUND THEN
          RETURN;
        END IF;
        SELECT e.version, e.hash INTO head_version, head_hash FROM lifecycle_events e
          WHERE e.stream_id = p_stream_id::uuid ORDER BY e.version DESC LIMIT 1;
        head_version := coalesce(head_version, 0);
        head_hash := coalesce(head_hash, repeat('0', 64));
        FOR i IN 1 .. cardinality(p_idempotency_keys) LOOP
          head_version := head_version + 1;
          previous := head_hash;
          head_hash := encode(sha256(convert_to(
            p_hash_before[i] || previous || p_hash_between[i] || head_version::text || p_hash_after[i], 'UTF8')), 'hex');
          RETURN QUERY
            INSERT INTO lifecycle_events AS e (stream_id, version, type, data, legal_basis, actor_id, actor_role,
              actor_name, occurred_at, recorded_at, idempotency_key, prev_hash, hash)
            VALUES (p_stream_id::uuid, head_version, p_types[i], p_data[i], p_legal_bases[i], p_actor_id, p_actor_role,
              p_actor_name, p_occurred_at[i], p_recorded_at, p_idempotency_keys[i], previous, head_hash)
            RETURNING false, e.position, e.version, e.prev_hash, e.hash;
        END LOOP;
      END
      $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP FUNCTION append_lifecycle_events(text, text[], text[], jsonb[], jsonb[], text, text, text, timestamptz[], ` +
        `timestamptz, text[], text[], text[])`,
    );
  }
}
