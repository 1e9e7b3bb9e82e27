import { canonicalJson } from '@htx/domain';
import { createHash } from 'node:crypto';
import { chainTemplate, GENESIS_HASH, hashEvent, verifyChain, type ChainedEvent } from './hash-chain';

const base: ChainedEvent = {
  streamId: '7d1b2f0e-1111-4c1a-9a55-1a2b3c4d5e6f',
  version: 1,
  type: 'CooperativeRegistered',
  data: { name: 'Hợp tác xã Nông nghiệp Ngọc Thiện', memberCount: 42 },
  legalBasis: { ruleId: 'registry.record-registration', confirmed: true },
  actor: { id: 'officer.tanyen', role: 'registration-officer', displayName: 'Nguyễn Văn An' },
  occurredAt: '2015-03-19T17:00:00.000Z',
  recordedAt: '2026-11-22T03:00:00.000Z',
  idempotencyKey: 'wf/run/1#0',
  prevHash: GENESIS_HASH,
};

function chain(length: number): (ChainedEvent & { hash: string })[] {
  const events: (ChainedEvent & { hash: string })[] = [];
  let prevHash = GENESIS_HASH;
  for (let version = 1; version <= length; version++) {
    const event = { ...base, version, idempotencyKey: `wf/run/${version}#0`, prevHash };
    const hash = hashEvent(event);
    events.push({ ...event, hash });
    prevHash = hash;
  }
  return events;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined, as a jsonb round trip would', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: null, y: 'ý' }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":"ý","z":null}]},"b":1}',
    );
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/non-finite/);
  });
});

describe('hashEvent', () => {
  it('depends on every chained field and on nothing else', () => {
    const hash = hashEvent(base);
    expect(hashEvent({ ...base, data: { name: 'Hợp tác xã Nông nghiệp Ngọc Thiện', memberCount: 43 } })).not.toBe(hash);
    expect(hashEvent({ ...base, actor: { ...base.actor, id: 'someone.else' } })).not.toBe(hash);
    expect(hashEvent({ ...base, recordedAt: '2026-11-22T03:00:00.001Z' })).not.toBe(hash);
    expect(hashEvent({ ...base, hash: 'ignored', position: '17' } as ChainedEvent)).toBe(hash);
  });
});

describe('chainTemplate', () => {
  const finish = ({ before, between, after }: ReturnType<typeof chainTemplate>, event: ChainedEvent) =>
    `${before}${event.prevHash}${between}${event.version}${after}`;

  it.each([
    ['a registration', base],
    [
      'an event without legal basis, at version 1000',
      { ...base, legalBasis: null, version: 1000, prevHash: 'f'.repeat(64) },
    ],
    [
      'data with quotes, escapes, nesting and keys sorting before and after the cut',
      { ...base, data: { zeta: 'Ω "x" \\ \n', alpha: [1, null, { v: true }], prevHash: "not the chain's" } },
    ],
  ])('finishes, with the head, into exactly the text hashEvent hashes: %s', (_, event) => {
    const text = finish(chainTemplate(event), event);
    expect(text).toBe(canonicalJson({ ...event }));
    expect(createHash('sha256').update(text).digest('hex')).toBe(hashEvent(event));
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and reports its head', () => {
    const events = chain(3);
    expect(verifyChain(events, { version: 3, hash: events[2].hash })).toEqual({
      valid: true,
      eventCount: 3,
      headVersion: 3,
      headHash: events[2].hash,
      break: null,
    });
  });

  it('accepts an empty stream', () => {
    expect(verifyChain([])).toMatchObject({ valid: true, headVersion: 0, headHash: GENESIS_HASH });
  });

  it('stops at the first break', () => {
    const events = chain(3);
    events[1] = { ...events[1], type: 'Forged' };
    expect(verifyChain(events).break).toMatchObject({ version: 2, kind: 'hash-mismatch' });
    expect(verifyChain(chain(3).filter((event) => event.version !== 1)).break).toMatchObject({
      version: 1,
      kind: 'missing-version',
    });
  });
});
