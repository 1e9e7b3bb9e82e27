import type { LegalRegime } from '../legal/legal-regime';
import type { IsoDate } from '../shared/iso-date';
import type { CooperativeKind, Sector } from './cooperative';

/** The details of a registration as the registration certificate states them. */
export type RegistrationDetails = {
  readonly registrationCode: string;
  readonly name: string;
  readonly kind: CooperativeKind;
  readonly sector: Sector;
  readonly territoryCode: string;
  readonly regime: LegalRegime;
  readonly registeredOn: IsoDate;
  readonly memberCount: number;
};

/** Enter an already-registered cooperative into the registry. */
export type RegisterCooperative = {
  readonly type: 'RegisterCooperative';
  readonly data: RegistrationDetails & { readonly cooperativeId: string };
};

export type CooperativeCommand = RegisterCooperative;

export type DecisionContext = {
  /** Today's date in Vietnam, supplied by the caller (the domain never reads the clock). */
  readonly today: IsoDate;
};
