import type { LegalBasis } from '../legal/legal-basis';
import type { IsoDate } from '../shared/iso-date';
import type { LocalizedText } from '../shared/localized-text';
import type { Enrolment, EnrolmentEnd, GapAnswer } from './conversion';

type ConversionEventOf<Type extends string, Data> = {
  readonly type: Type;
  readonly data: Data & { readonly enrolmentId: string };
  readonly legalBasis: LegalBasis | null;
};

export type ConversionEnrolled = ConversionEventOf<'ConversionEnrolled', { readonly enrolment: Enrolment }>;
export type ConversionChecklistRecorded = ConversionEventOf<
  'ConversionChecklistRecorded',
  { readonly answers: readonly GapAnswer[] }
>;
export type ConversionEvidenceFiled = ConversionEventOf<
  'ConversionEvidenceFiled',
  { readonly evidence: NonNullable<Enrolment['evidence']> }
>;
export type ConversionReminderRecorded = ConversionEventOf<
  'ConversionReminderRecorded',
  { readonly on: IsoDate; readonly message: LocalizedText }
>;
export type ConversionSignedOff = ConversionEventOf<
  'ConversionSignedOff',
  { readonly on: IsoDate; readonly by: string }
>;
export type ConversionReturned = ConversionEventOf<
  'ConversionReturned',
  { readonly on: IsoDate; readonly by: string; readonly comment: string }
>;
export type ConversionOverdue = ConversionEventOf<'ConversionOverdue', { readonly on: IsoDate }>;
export type ConversionEnded = ConversionEventOf<
  'ConversionEnded',
  { readonly on: IsoDate; readonly how: EnrolmentEnd; readonly note: string }
>;

export type ConversionEvent =
  | ConversionEnrolled
  | ConversionChecklistRecorded
  | ConversionEvidenceFiled
  | ConversionReminderRecorded
  | ConversionSignedOff
  | ConversionReturned
  | ConversionOverdue
  | ConversionEnded;

/** Folds one event into the enrolment (the workflow and the read model use this same fold). */
export function evolveEnrolment(state: Enrolment | null, event: ConversionEvent): Enrolment | null {
  if (event.type === 'ConversionEnrolled') return state ?? event.data.enrolment;
  if (!state) return state;
  switch (event.type) {
    case 'ConversionChecklistRecorded': {
      const answered = new Set(event.data.answers.map((answer) => answer.itemId));
      return {
        ...state,
        stage: state.stage === 'not-started' ? 'in-progress' : state.stage,
        checklist: [...state.checklist.filter((answer) => !answered.has(answer.itemId)), ...event.data.answers],
      };
    }
    case 'ConversionEvidenceFiled':
      return { ...state, stage: 'awaiting-sign-off', evidence: event.data.evidence };
    case 'ConversionReminderRecorded':
      return { ...state, reminders: [...state.reminders, event.data.on] };
    case 'ConversionSignedOff':
      return { ...state, stage: 'conformed', conformedOn: event.data.on };
    case 'ConversionReturned':
      return { ...state, stage: state.overdueSince ? 'overdue' : 'in-progress', evidence: null };
    case 'ConversionOverdue':
      return { ...state, stage: 'overdue', overdueSince: event.data.on };
    case 'ConversionEnded':
      return { ...state, stage: 'ended', ended: { on: event.data.on, how: event.data.how, note: event.data.note } };
  }
}

export const isConversionEvent = (event: { readonly type: string }): event is ConversionEvent =>
  event.type.startsWith('Conversion');
