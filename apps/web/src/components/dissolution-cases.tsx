import { useState, type FormEvent } from 'react';
import { api, callAs, idempotencyKey, type Schemas } from '../api/client';
import type { Cooperative, CouncilMember, DissolutionCaseView } from '../api/shapes';
import { todayInVietnam } from '../format';
import { useI18n } from '../i18n';
import { DISSOLUTION_GROUND_LABELS, DISSOLUTION_KIND_LABELS, DISSOLUTION_STAGE_LABELS, labelOf } from '../labels';
import { can } from '../permissions';
import { Link, navigate } from '../router';
import { useUser } from '../session';
import {
  Badge,
  DateText,
  ErrorNotice,
  Field,
  LabelOptions,
  Loading,
  useAction,
  useLoad,
  type FieldControl,
} from '../ui';
import { CouncilEditor } from './council-editor';
import { DateInput } from './date-input';

type Request = Schemas['OpenDissolutionDto'];

/** The day the 2023 Law took over: a resolution adopted before it dissolves under the 2012 Law, with a council. */
const LAW_2023_FROM = '2024-07-01';
/** Statuses after which no case can be opened. */
const TERMINAL = ['dissolved', 'revoked', 'converted-out'];

/** A number as typed; not a number stays not a number, for the api to name the field. */
const whole = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

function OpenDissolutionForm({ cooperative }: { cooperative: Cooperative }) {
  const { t } = useI18n();
  const user = useUser();
  const onlyVoluntary = !user.roles.includes('registration-officer');
  const [kind, setKind] = useState<Request['kind']>('voluntary');
  const [ground, setGround] = useState<NonNullable<Request['ground']>>('inactive-12m');
  const [groundOn, setGroundOn] = useState('');
  const [resolution, setResolution] = useState({
    adoptedOn: '',
    membersPresent: '',
    votesFor: '',
    minutesReference: '',
  });
  const [court, setCourt] = useState({ court: '', reference: '', decidedOn: '', receivedOn: '' });
  const [council, setCouncil] = useState<CouncilMember[]>([]);
  const [note, setNote] = useState('');
  const [key] = useState(idempotencyKey);
  const { busy, error, run } = useAction('leaves');
  const withCouncil = kind === 'voluntary' && resolution.adoptedOn !== '' && resolution.adoptedOn < LAW_2023_FROM;

  const body = (): Request => {
    if (kind === 'voluntary') {
      return {
        kind,
        resolution: {
          ...resolution,
          membersPresent: whole(resolution.membersPresent),
          votesFor: whole(resolution.votesFor),
        },
        ...(withCouncil ? { council: council as Schemas['CouncilMemberDto'][] } : {}),
        note,
      };
    }
    if (kind === 'court') return { kind, courtDecision: court, note };
    return { kind, ground, ...(groundOn ? { groundOn } : {}), note };
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const opened = await callAs<DissolutionCaseView>(
        api.POST('/cooperatives/{id}/dissolutions', {
          params: { path: { id: cooperative.id }, header: { 'idempotency-key': key } },
          body: body(),
        }),
      );
      navigate(`/cooperatives/${cooperative.id}/dissolutions/${opened.caseId}`);
    });
  };
  const date = (value: string, onChange: (value: string) => void) => (control: FieldControl) => (
    <DateInput {...control} max={todayInVietnam()} value={value} onChange={onChange} />
  );

  return (
    <form onSubmit={submit} aria-label={t('Mở thủ tục giải thể', 'Open a dissolution case')} noValidate>
      <h3>{t('Mở thủ tục giải thể', 'Open a dissolution case')}</h3>
      <ErrorNotice error={error} />
      <div className="form-grid">
        <Field label={t('Loại thủ tục', 'Kind of case')} field="kind" error={error} required>
          {(control) => (
            <select {...control} value={kind} onChange={(event) => setKind(event.target.value as Request['kind'])}>
              {onlyVoluntary ? (
                <option value="voluntary">{t('Giải thể tự nguyện', 'Voluntary dissolution')}</option>
              ) : (
                <LabelOptions labels={DISSOLUTION_KIND_LABELS} />
              )}
            </select>
          )}
        </Field>
        {(kind === 'compulsory' || kind === 'revocation') && (
          <>
            <Field label={t('Căn cứ', 'Ground')} field="ground" error={error} required>
              {(control) => (
                <select
                  {...control}
                  value={ground}
                  onChange={(event) => setGround(event.target.value as NonNullable<Request['ground']>)}
                >
                  <LabelOptions labels={DISSOLUTION_GROUND_LABELS} />
                </select>
              )}
            </Field>
            <Field
              label={t('Ngày xác định căn cứ', 'Ground established on')}
              field="groundOn"
              error={error}
              hint={t('dd/mm/yyyy; để trống là hôm nay', 'dd/mm/yyyy; empty: today')}
            >
              {date(groundOn, setGroundOn)}
            </Field>
          </>
        )}
        {kind === 'voluntary' && (
          <>
            <Field
              label={t('Ngày đại hội thông qua', 'Adopted on')}
              field="resolution.adoptedOn"
              error={error}
              hint="dd/mm/yyyy"
              required
            >
              {date(resolution.adoptedOn, (adoptedOn) => setResolution({ ...resolution, adoptedOn }))}
            </Field>
            <Field
              label={t('Số thành viên, đại biểu có mặt', 'Members present')}
              field="resolution.membersPresent"
              error={error}
              required
            >
              {(control) => (
                <input
                  {...control}
                  inputMode="numeric"
                  value={resolution.membersPresent}
                  onChange={(event) => setResolution({ ...resolution, membersPresent: event.target.value })}
                />
              )}
            </Field>
            <Field label={t('Số tán thành', 'Votes for')} field="resolution.votesFor" error={error} required>
              {(control) => (
                <input
                  {...control}
                  inputMode="numeric"
                  value={resolution.votesFor}
                  onChange={(event) => setResolution({ ...resolution, votesFor: event.target.value })}
                />
              )}
            </Field>
            <Field
              label={t('Số biên bản họp', 'Minutes reference')}
              field="resolution.minutesReference"
              error={error}
              required
            >
              {(control) => (
                <input
                  {...control}
                  value={resolution.minutesReference}
                  onChange={(event) => setResolution({ ...resolution, minutesReference: event.target.value })}
                />
              )}
            </Field>
          </>
        )}
        {kind === 'court' && (
          <>
            <Field label={t('Tòa án', 'Court')} field="courtDecision.court" error={error} required>
              {(control) => (
                <input
                  {...control}
                  value={court.court}
                  onChange={(event) => setCourt({ ...court, court: event.target.value })}
                />
              )}
            </Field>
            <Field
              label={t('Số quyết định', 'Decision reference')}
              field="courtDecision.reference"
              error={error}
              required
            >
              {(control) => (
                <input
                  {...control}
                  value={court.reference}
                  onChange={(event) => setCourt({ ...court, reference: event.target.value })}
                />
              )}
            </Field>
            <Field
              label={t('Ngày quyết định', 'Decided on')}
              field="courtDecision.decidedOn"
              error={error}
              hint="dd/mm/yyyy"
              required
            >
              {date(court.decidedOn, (decidedOn) => setCourt({ ...court, decidedOn }))}
            </Field>
            <Field
              label={t('Ngày cơ quan đăng ký nhận', 'Received on')}
              field="courtDecision.receivedOn"
              error={error}
              hint="dd/mm/yyyy"
              required
            >
              {date(court.receivedOn, (receivedOn) => setCourt({ ...court, receivedOn }))}
            </Field>
          </>
        )}
      </div>
      {withCouncil && <CouncilEditor members={council} error={error} onChange={setCouncil} />}
      <Field label={t('Ghi chú', 'Note')} field="note" error={error}>
        {(control) => <textarea {...control} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('Mở thủ tục', 'Open the case')}
      </button>
    </form>
  );
}

/** The cooperative's dissolution and revocation cases, and opening one where the role and the record allow. */
export function DissolutionCases({ cooperative }: { cooperative: Cooperative }) {
  const { t, tx } = useI18n();
  const user = useUser();
  const [opening, setOpening] = useState(false);
  const cases = useLoad(
    () =>
      callAs<DissolutionCaseView[]>(
        api.GET('/cooperatives/{id}/dissolutions', { params: { path: { id: cooperative.id } } }),
      ),
    [cooperative.id],
  );
  const mayOpen =
    can.openDissolution(user) &&
    !TERMINAL.includes(cooperative.status) &&
    !(cases.data ?? []).some((dissolution) => dissolution.stage === 'open');
  if (!mayOpen && cases.data?.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="dissolutions-title">
      <h2 id="dissolutions-title">{t('Giải thể, thu hồi giấy chứng nhận', 'Dissolution and revocation')}</h2>
      <ErrorNotice error={cases.error} />
      {cases.loading && !cases.data ? (
        <Loading />
      ) : (
        <ul>
          {(cases.data ?? []).map((dissolution) => (
            <li key={dissolution.caseId}>
              <Link to={`/cooperatives/${cooperative.id}/dissolutions/${dissolution.caseId}`}>
                {tx(dissolution.kindLabel)}
              </Link>{' '}
              — {t('mở ngày', 'opened on')} <DateText value={dissolution.openedOn} />{' '}
              <Badge tone={dissolution.stage === 'open' ? 'warn' : 'neutral'}>
                {tx(labelOf(DISSOLUTION_STAGE_LABELS, dissolution.stage))}
              </Badge>
            </li>
          ))}
        </ul>
      )}
      {mayOpen &&
        (opening ? (
          <OpenDissolutionForm cooperative={cooperative} />
        ) : (
          <button type="button" onClick={() => setOpening(true)}>
            {t('Mở thủ tục giải thể…', 'Open a dissolution case…')}
          </button>
        ))}
    </section>
  );
}
