import type { LegalBasis } from '../legal/legal-basis';
import type { LegalRegime } from '../legal/legal-regime';
import type { IsoDate } from '../shared/iso-date';
import type { CooperativeKind, Sector } from './cooperative';

type Event<Type extends string, Data> = {
  readonly type: Type;
  readonly data: Data;
  readonly legalBasis: LegalBasis;
};

/** A cooperative entered the registry (newly established, or carried over from an existing register). */
export type CooperativeRegistered = Event<
  'CooperativeRegistered',
  {
    readonly cooperativeId: string;
    readonly registrationCode: string;
    readonly name: string;
    readonly kind: CooperativeKind;
    readonly sector: Sector;
    readonly territoryCode: string;
    readonly regime: LegalRegime;
    readonly registeredOn: IsoDate;
    readonly memberCount: number;
  }
>;

export type CooperativeEvent = CooperativeRegistered;
export type CooperativeEventType = CooperativeEvent['type'];
