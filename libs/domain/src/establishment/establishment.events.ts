import type { LegalBasis } from '../legal/legal-basis';
import type { LegalRegime } from '../legal/legal-regime';
import type { IsoDate } from '../shared/iso-date';
import type {
  Certificate,
  EstablishmentApplication,
  EstablishmentCheck,
  EstablishmentDossier,
  Signatory,
} from './establishment';

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
export type ApplicationAmendmentRequested = ApplicationEventOf<
  'ApplicationAmendmentRequested',
  {
    readonly number: number;
    readonly items: string;
    readonly requestedOn: IsoDate;
    readonly requestedBy: Signatory;
    readonly resubmitBy: IsoDate;
  }
>;
export type ApplicationResubmitted = ApplicationEventOf<
  'ApplicationResubmitted',
  {
    readonly dossier: EstablishmentDossier;
    readonly receivedOn: IsoDate;
    readonly checks: readonly EstablishmentCheck[];
  }
>;
export type ApplicationLapsed = ApplicationEventOf<
  'ApplicationLapsed',
  { readonly lapsedOn: IsoDate; readonly resubmitBy: IsoDate }
>;
export type ApplicationApproved = ApplicationEventOf<
  'ApplicationApproved',
  { readonly registrationCode: string; readonly decidedOn: IsoDate; readonly certificate: Certificate }
>;
export type ApplicationRefused = ApplicationEventOf<
  'ApplicationRefused',
  { readonly reasons: string; readonly decidedOn: IsoDate; readonly decidedBy: Signatory }
>;

export type ApplicationEvent =
  | ApplicationSubmitted
  | ApplicationReviewed
  | ApplicationAmendmentRequested
  | ApplicationResubmitted
  | ApplicationLapsed
  | ApplicationApproved
  | ApplicationRefused;

export function evolveApplication(
  application: EstablishmentApplication | null,
  event: ApplicationEvent,
): EstablishmentApplication | null {
  if (event.type === 'ApplicationSubmitted') {
    return {
      applicationId: event.data.applicationId,
      dossier: event.data.dossier,
      filedDossier: event.data.dossier,
      regime: event.data.regime,
      filedOn: event.data.filedOn,
      receivedOn: event.data.filedOn,
      checks: event.data.checks,
      status: 'under-review',
      proposal: null,
      amendments: [],
      registrationCode: null,
      certificate: null,
      decidedOn: null,
      decidedBy: null,
      refusalReasons: null,
      lapsedOn: null,
    };
  }
  if (!application) return null;
  switch (event.type) {
    case 'ApplicationReviewed':
      return { ...application, status: 'awaiting-decision', proposal: event.data.proposal };
    case 'ApplicationAmendmentRequested': {
      const { number, items, requestedOn, requestedBy, resubmitBy } = event.data;
      return {
        ...application,
        status: 'amendments-requested',
        amendments: [
          ...application.amendments,
          { number, items, requestedOn, requestedBy, resubmitBy, resubmittedOn: null },
        ],
      };
    }
    case 'ApplicationResubmitted':
      return {
        ...application,
        status: 'under-review',
        dossier: event.data.dossier,
        receivedOn: event.data.receivedOn,
        checks: event.data.checks,
        amendments: application.amendments.map((request, index) =>
          index === application.amendments.length - 1 ? { ...request, resubmittedOn: event.data.receivedOn } : request,
        ),
      };
    case 'ApplicationLapsed':
      return { ...application, status: 'lapsed', lapsedOn: event.data.lapsedOn };
    case 'ApplicationApproved':
      return {
        ...application,
        status: 'approved',
        registrationCode: event.data.registrationCode,
        certificate: event.data.certificate,
        decidedOn: event.data.decidedOn,
        decidedBy: event.data.certificate.signedBy,
      };
    case 'ApplicationRefused':
      return {
        ...application,
        status: 'refused',
        refusalReasons: event.data.reasons,
        decidedOn: event.data.decidedOn,
        decidedBy: event.data.decidedBy,
      };
  }
}
