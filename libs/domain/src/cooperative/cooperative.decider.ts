import { DomainError } from '../shared/domain-error';
import type { Decider } from '../shared/decider';
import { text } from '../shared/localized-text';
import type { Cooperative, CooperativeState } from './cooperative';
import type {
  CooperativeCommand,
  DecisionContext,
  RegisterCooperative,
  RegistrationDetails,
} from './cooperative.commands';
import type { CooperativeEvent } from './cooperative.events';
import { checkRegistration, normalizeRegistration, registrationBasis } from './registration.rules';

export function decide(
  command: CooperativeCommand,
  state: CooperativeState,
  context: DecisionContext,
): CooperativeEvent[] {
  switch (command.type) {
    case 'RegisterCooperative':
      return register(command, state, context);
  }
}

export function evolve(_state: CooperativeState, event: CooperativeEvent): CooperativeState {
  switch (event.type) {
    case 'CooperativeRegistered':
      return { ...event.data, status: 'active' };
  }
}

export function initialState(): CooperativeState {
  return null;
}

export const cooperativeDecider: Decider<CooperativeCommand, CooperativeEvent, CooperativeState, DecisionContext> = {
  decide,
  evolve,
  initialState,
};

function register(command: RegisterCooperative, state: CooperativeState, context: DecisionContext): CooperativeEvent[] {
  const details = normalizeRegistration(command.data);
  const problems = checkRegistration(details, context.today);
  if (problems.length > 0) {
    throw new DomainError(
      'INVALID_COMMAND',
      text('Thông tin đăng ký chưa hợp lệ.', 'The registration details are not valid.'),
      problems,
    );
  }
  if (state !== null) {
    if (isSameRegistration(state, details)) return [];
    throw registrationCodeTaken(state);
  }
  return [
    {
      type: 'CooperativeRegistered',
      data: {
        cooperativeId: details.cooperativeId,
        registrationCode: details.registrationCode,
        name: details.name,
        kind: details.kind,
        sector: details.sector,
        territoryCode: details.territoryCode,
        regime: details.regime,
        registeredOn: details.registeredOn,
        memberCount: details.memberCount,
      },
      legalBasis: registrationBasis(details.regime, details.registeredOn),
    },
  ];
}

/** A repeated registration with the same details is harmless; the cooperative id is the registry's, not the caller's. */
export function isSameRegistration(existing: Cooperative, details: RegistrationDetails): boolean {
  const normalized = normalizeRegistration(details);
  return (
    existing.registrationCode === normalized.registrationCode &&
    existing.name === normalized.name &&
    existing.kind === normalized.kind &&
    existing.sector === normalized.sector &&
    existing.territoryCode === normalized.territoryCode &&
    existing.regime === normalized.regime &&
    existing.registeredOn === normalized.registeredOn &&
    existing.memberCount === normalized.memberCount
  );
}

export function registrationCodeTaken(existing: Cooperative): DomainError {
  return new DomainError(
    'REGISTRATION_CODE_TAKEN',
    text(
      `Mã số ${existing.registrationCode} đã được đăng ký cho "${existing.name}" với thông tin khác.`,
      `Registration code ${existing.registrationCode} is already registered to "${existing.name}" with different details.`,
    ),
    [
      {
        field: 'registrationCode',
        reason: text('Mã số này đã có trong sổ đăng ký.', 'This code is already in the registry.'),
        fix: text(
          'Kiểm tra lại mã số. Muốn sửa thông tin của hợp tác xã đã có thì làm thủ tục đăng ký thay đổi.',
          'Check the code. To change the details of a cooperative already registered, file a change instead.',
        ),
      },
    ],
  );
}
