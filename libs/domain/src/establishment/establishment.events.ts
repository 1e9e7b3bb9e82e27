import type { LegalBasis } from '../legal/legal-basis';
import type { LegalRegime } from '../legal/legal-regime';
import type { IsoDate } from '../shared/iso-date';
import type { EstablishmentApplication, EstablishmentCheck, EstablishmentDossier } from './establishment';

type ApplicationEventOf<Type extends string, Data> = {
  readonly type: Type;
  readonly data: Data & { readonly applicationId: string };
  readonly legalBasis: LegalBasis | null;
};

export type ApplicationSubmitted = ApplicationEventOf<
  'ApplicationSubmitted',
  {
    readonly dossier: EstablishmentDossier;
    readonly regime: LegalRegime;
    readonly filedOn: IsoDate;
    readonly checks: readonly EstablishmentCheck[];
  }
>;
export type ApplicationReviewed = ApplicationEventOf<
  'ApplicationReviewed',
  { readonly proposal: { readonly optionId: string; readonly by: string; readonly comment: string } }
>;
export type ApplicationApproved = ApplicationEventOf<
  'ApplicationApproved',
  { readonly registrationCode: string; readonly decidedOn: IsoDate }
>;
export type ApplicationRefused = ApplicationEventOf<
  'ApplicationRefused',
  { readonly reasons: string; readonly decidedOn: IsoDate }
>;

export type ApplicationEvent = ApplicationSubmitted | ApplicationReviewed | ApplicationApproved | ApplicationRefused;

export function evolveApplication(
  application: EstablishmentApplication | null,
  event: ApplicationEvent,
): EstablishmentApplication | null {
  if (event.type === 'ApplicationSubmitted') {
    return {
      applicationId: event.data.applicationId,
      dossier: event.data.dossier,
      regime: event.data.regime,
      filedOn: event.data.filedOn,
      checks: event.data.checks,
      status: 'under-review',
      proposal: null,
      registrationCode: null,
      decidedOn: null,
      refusalReasons: null,
    };
  }
  if (!application) return null;
  switch (event.type) {
    case 'ApplicationReviewed':
      return { ...application, status: 'awaiting-decision', proposal: event.data.proposal };
    case 'ApplicationApproved':
      return {
        ...application,
        status: 'approved',
        registrationCode: event.data.registrationCode,
        decidedOn: event.data.decidedOn,
      };
    case 'ApplicationRefused':
      return { ...application, status: 'refused', refusalReasons: event.data.reasons, decidedOn: event.data.decidedOn };
  }
}
