import type { RegisterCooperativeRequest, RegisterCooperativeResult } from '@htx/contracts';
import { BUILT_IN_RULES, cooperativeDecider, type RegistrationDetails } from '@htx/domain';
import type { CooperativeRecord, CooperativeRepository, RuleCorrectionRepository } from '@htx/persistence';
import type { CooperativeLifecycleClient } from '@htx/temporal-client';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { AccessPolicy } from '../access/access-policy';
import type { WorkingCalendarService } from '../calendar/working-calendar.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../http/api-error';
import { CooperativesService } from './cooperatives.service';

const officer: AuthenticatedUser = {
  id: 'can-bo.tanyen',
  displayName: 'Nguyễn Văn An',
  roles: ['registration-officer'],
  territoryCodes: ['216'],
  cooperativeIds: [],
};
const actor = { id: officer.id, role: 'registration-officer', displayName: officer.displayName };
const now = new Date('2026-11-22T03:00:00Z');
const details: RegistrationDetails = {
  registrationCode: '2400123456',
  name: 'Hợp tác xã Nông nghiệp Ngọc Thiện',
  kind: 'cooperative',
  sector: 'agriculture',
  territoryCode: '216',
  regime: 'law-2012',
  registeredOn: '2015-03-20',
  memberCount: 42,
};
const record: CooperativeRecord = {
  ...cooperativeDecider.evolve(null, {
    type: 'CooperativeRegistered',
    data: { ...details, cooperativeId: '7d1b2f0e-1111-4c1a-9a55-1a2b3c4d5e6f' },
    legalBasis: null,
  })!,
  cooperativeId: '7d1b2f0e-1111-4c1a-9a55-1a2b3c4d5e6f',
  status: 'active',
  workflowId: 'cooperative-lifecycle/2400123456',
  streamVersion: 1,
  headHash: 'a'.repeat(64),
  updatedAt: now.toISOString(),
};

function setup(existing: CooperativeRecord | null = null) {
  const repository = {
    findByRegistrationCode: jest.fn((): Promise<CooperativeRecord | null> => Promise.resolve(existing)),
    findById: jest.fn((): Promise<CooperativeRecord | null> => Promise.resolve(record)),
  };
  const lifecycle = {
    register: jest.fn((_request: RegisterCooperativeRequest): Promise<RegisterCooperativeResult> =>
      Promise.resolve({ cooperative: record, created: true }),
    ),
  };
  const access = {
    covers: jest.fn((_user: AuthenticatedUser, territoryCode: string) => Promise.resolve(territoryCode === '216')),
    canSee: jest.fn(() => Promise.resolve(true)),
  };
  const sut = new CooperativesService(
    repository as unknown as CooperativeRepository,
    lifecycle as unknown as CooperativeLifecycleClient,
    access as unknown as AccessPolicy,
    {} as WorkingCalendarService,
    { ruleBook: () => Promise.resolve(BUILT_IN_RULES) } as unknown as RuleCorrectionRepository,
  );
  return { sut, repository, lifecycle };
}

async function apiError(promise: Promise<unknown>): Promise<{ status: number; body: Record<string, unknown> }> {
  const error: unknown = await promise.then(
    () => new Error('expected a refusal'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return {
    status: (error as ApiError).getStatus(),
    body: (error as ApiError).getResponse() as Record<string, unknown>,
  };
}

describe(CooperativesService.name, () => {
  it('hands a new registration, normalized, to the cooperative workflow', async () => {
    const { sut, lifecycle } = setup();
    const result = await sut.register(
      { ...details, registrationCode: ' 2400123456 ', name: ` ${details.name}  ` },
      officer,
      now,
    );
    expect(result).toEqual({ cooperative: record, created: true });
    expect(lifecycle.register).toHaveBeenCalledWith({ details, actor });
  });

  it('answers a repeat from the registry without a workflow call', async () => {
    const { sut, lifecycle } = setup(record);
    expect(await sut.register(details, officer, now)).toEqual({ cooperative: record, created: false });
    expect(lifecycle.register).not.toHaveBeenCalled();
  });

  it('refuses the code with other details (409) without a workflow call', async () => {
    const { sut, lifecycle } = setup(record);
    const { status, body } = await apiError(sut.register({ ...details, memberCount: 43 }, officer, now));
    expect(status).toBe(409);
    expect(body).toMatchObject({ code: 'REGISTRATION_CODE_TAKEN', fields: [{ field: 'registrationCode' }] });
    expect(lifecycle.register).not.toHaveBeenCalled();
  });

  it('refuses invalid values (400) with every field, before anything is started', async () => {
    const { sut, repository, lifecycle } = setup();
    const { status, body } = await apiError(
      sut.register({ ...details, territoryCode: 'Tân Yên', registeredOn: '2030-01-01' }, officer, now),
    );
    expect(status).toBe(400);
    expect((body.fields as { field: string }[]).map((problem) => problem.field)).toEqual([
      'territoryCode',
      'registeredOn',
    ]);
    expect(repository.findByRegistrationCode).not.toHaveBeenCalled();
    expect(lifecycle.register).not.toHaveBeenCalled();
  });

  it('turns a refusal raised inside the workflow into the same 409', async () => {
    const { sut, lifecycle } = setup();
    const detail = { vi: 'Mã số đã thuộc về hợp tác xã khác.', en: 'The code belongs to another cooperative.' };
    lifecycle.register.mockRejectedValueOnce(
      new WorkflowUpdateFailedError(
        'Workflow Update failed',
        ApplicationFailure.create({
          type: 'REGISTRATION_CODE_TAKEN',
          message: detail.en,
          details: [{ detail, problems: [] }],
        }),
      ),
    );
    const { status, body } = await apiError(sut.register(details, officer, now));
    expect(status).toBe(409);
    expect(body).toMatchObject({ code: 'REGISTRATION_CODE_TAKEN', message: detail });
  });

  it("refuses (403) to register a cooperative outside the officer's territories, before any workflow call", async () => {
    const { sut, lifecycle } = setup();
    const { status, body } = await apiError(sut.register({ ...details, territoryCode: '222' }, officer, now));
    expect(status).toBe(403);
    expect(body).toMatchObject({ code: 'OUTSIDE_YOUR_TERRITORY', fields: [{ field: 'territoryCode' }] });
    expect(lifecycle.register).not.toHaveBeenCalled();
  });

  it('answers 404 for an id the registry does not hold', async () => {
    const { sut, repository } = setup();
    repository.findById.mockResolvedValueOnce(null);
    const { status, body } = await apiError(sut.get('00000000-0000-4000-8000-000000000000', officer, now));
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 'COOPERATIVE_NOT_FOUND' });
  });
});
