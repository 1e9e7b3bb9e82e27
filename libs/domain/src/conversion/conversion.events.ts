import type { NoticeDeliveryAttempted } from '../cooperative/cooperative.events';
import type { LegalBasis } from '../legal/legal-basis';
import type { IsoDate } from '../shared/iso-date';
import type { LocalizedText } from '../shared/localized-text';
import type { ConversionNotice, Enrolment, EnrolmentEnd, GapAnswer } from './conversion';

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
/** `noticeId`: the notice mailed with it (absent on reminders recorded before they were mailed). */
export type ConversionReminderRecorded = ConversionEventOf<
  'ConversionReminderRecorded',
  { readonly on: IsoDate; readonly message: LocalizedText; readonly noticeId?: string }
>;
export type ConversionSignedOff = ConversionEventOf<
  'ConversionSignedOff',
  { readonly on: IsoDate; readonly by: string }
>;
export type ConversionReturned = ConversionEventOf<
  'ConversionReturned',
  { readonly on: IsoDate; readonly by: string; readonly comment: string }
>;
export type ConversionOverdue = ConversionEventOf<
  'ConversionOverdue',
  { readonly on: IsoDate; readonly noticeId?: string }
>;
/** An officer decided to notify the cooperative of its non-conforming charter (the 2023 campaign's follow-up). */
export type ConversionViolationNotified = ConversionEventOf<
  'ConversionViolationNotified',
  { readonly on: IsoDate; readonly by: string; readonly note: string; readonly noticeId: string }
>;
/** An attempt to deliver one of the conversion's notices, as the mail server answered it (proof of notice). */
export type ConversionNoticeAttempted = ConversionEventOf<'ConversionNoticeAttempted', NoticeDeliveryAttempted['data']>;
export type ConversionEnded = ConversionEventOf<
  'ConversionEnded',
  { readonly on: IsoDate; readonly how: EnrolmentEnd; readonly note: string }
>;

/** A notice's delivery attempt, as an event of the stream the notice belongs to: the cooperative's, or an enrolment's. */
export type NoticeAttemptEvent = NoticeDeliveryAttempted | ConversionNoticeAttempted;

export type ConversionEvent =
  | ConversionEnrolled
  | ConversionChecklistRecorded
  | ConversionEvidenceFiled
  | ConversionReminderRecorded
  | ConversionSignedOff
  | ConversionReturned
  | ConversionOverdue
  | ConversionViolationNotified
  | ConversionNoticeAttempted
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
      return {
        ...noticed(state, event.data.noticeId, 'reminder', event.data.on),
        reminders: [...state.reminders, event.data.on],
      };
    case 'ConversionSignedOff':
      return { ...state, stage: 'conformed', conformedOn: event.data.on };
    case 'ConversionReturned':
      return { ...state, stage: state.overdueSince ? 'overdue' : 'in-progress', evidence: null };
    case 'ConversionOverdue':
      return {
        ...noticed(state, event.data.noticeId, 'overdue', event.data.on),
        stage: 'overdue',
        overdueSince: event.data.on,
      };
    case 'ConversionViolationNotified':
      return noticed(state, event.data.noticeId, 'violation', event.data.on, event.data.note);
    case 'ConversionNoticeAttempted': {
      const { noticeId, attempt, outcome, recipient, at, final } = event.data;
      return {
        ...state,
        notices: (state.notices ?? []).map((notice) =>
          notice.noticeId === noticeId
            ? { ...notice, delivery: { outcome, attempts: attempt, recipient, at, final } }
            : notice,
        ),
      };
    }
    case 'ConversionEnded':
      return { ...state, stage: 'ended', ended: { on: event.data.on, how: event.data.how, note: event.data.note } };
  }
}

function noticed(
  state: Enrolment,
  noticeId: string | undefined,
  kind: ConversionNotice['kind'],
  on: IsoDate,
  note?: string,
): Enrolment {
  if (!noticeId) return state;
  const notice: ConversionNotice = { noticeId, kind, on, ...(note === undefined ? {} : { note }), delivery: null };
  return { ...state, notices: [...(state.notices ?? []), notice] };
}

export const isConversionEvent = (event: { readonly type: string }): event is ConversionEvent =>
  event.type.startsWith('Conversion');
