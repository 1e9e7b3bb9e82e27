import { useState, type FormEvent } from 'react';
import { api, callAs, type Schemas } from '../api/client';
import type { Enrolment } from '../api/shapes';
import { DateInput } from '../components/date-input';
import { todayInVietnam } from '../format';
import { useI18n } from '../i18n';
import { CONVERSION_EVIDENCE_LABELS, CONVERSION_NOTICE_KIND_LABELS, GAP_STATUS_LABELS, labelOf } from '../labels';
import { can } from '../permissions';
import { Link } from '../router';
import { useUser } from '../session';
import { useTerritories } from '../territories';
import {
  Badge,
  DateText,
  ErrorNotice,
  Field,
  LabelOptions,
  LegalBasisText,
  Loading,
  NoticeStatusBadge,
  PageTitle,
  StatusBadge,
  useAction,
  useLoad,
} from '../ui';

type Answer = { status: Enrolment['checklist'][number]['status']; note: string };

const TONES = { conforms: 'good', gap: 'bad', unknown: 'neutral' } as const;

/** The gap checklist of the target law, point by point, each with its legal basis; answers are saved together. */
function Checklist({ enrolment, onSaved }: { enrolment: Enrolment; onSaved: (saved: Enrolment) => void }) {
  const { t, tx } = useI18n();
  const user = useUser();
  const editable = can.workOnEnrolments(user) && !['conformed', 'ended'].includes(enrolment.stage);
  const [answers, setAnswers] = useState<Record<string, Answer>>(() =>
    Object.fromEntries(enrolment.checklist.map((item) => [item.itemId, { status: item.status, note: item.note }])),
  );
  const { busy, error, run } = useAction();
  const changed = enrolment.checklist.filter(
    (item) => answers[item.itemId].status !== item.status || answers[item.itemId].note !== item.note,
  );
  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      onSaved(
        await callAs<Enrolment>(
          api.PUT('/conversion-campaigns/{id}/enrolments/{enrolmentId}/checklist', {
            params: { path: { id: enrolment.campaign.campaignId, enrolmentId: enrolment.enrolmentId } },
            body: { answers: changed.map((item) => ({ itemId: item.itemId, ...answers[item.itemId] })) },
          }),
        ),
      );
    });
  };
  return (
    <form className="panel" onSubmit={save} aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('Rà soát điểm chưa phù hợp', 'Gap checklist')}</h2>
      <ErrorNotice error={error} />
      <ol className="checks">
        {enrolment.checklist.map((item, index) => (
          <li key={item.itemId}>
            <Badge tone={TONES[item.status]}>{tx(item.statusLabel)}</Badge> <strong>{tx(item.label)}</strong>
            <div className="muted">
              <LegalBasisText basis={item.legalBasis} />
              {item.answer && (
                <>
                  {' '}
                  · {item.answer.answeredBy}, <DateText value={item.answer.answeredOn} />
                </>
              )}
            </div>
            {editable && (
              <div className="row-fields">
                <Field label={t('Kết quả', 'Finding')} field={`answers[${index}].status`} error={error}>
                  {(control) => (
                    <select
                      {...control}
                      aria-label={`${t('Kết quả', 'Finding')}: ${tx(item.label)}`}
                      value={answers[item.itemId].status}
                      onChange={(event) =>
                        setAnswers({
                          ...answers,
                          [item.itemId]: { ...answers[item.itemId], status: event.target.value as Answer['status'] },
                        })
                      }
                    >
                      <LabelOptions labels={GAP_STATUS_LABELS} />
                    </select>
                  )}
                </Field>
                <Field label={t('Ghi chú', 'Note')} field={`answers[${index}].note`} error={error}>
                  {(control) => (
                    <input
                      {...control}
                      aria-label={`${t('Ghi chú', 'Note')}: ${tx(item.label)}`}
                      size={50}
                      value={answers[item.itemId].note}
                      onChange={(event) =>
                        setAnswers({ ...answers, [item.itemId]: { ...answers[item.itemId], note: event.target.value } })
                      }
                    />
                  )}
                </Field>
              </div>
            )}
          </li>
        ))}
      </ol>
      {editable && (
        <button type="submit" className="primary" disabled={busy || changed.length === 0}>
          {t('Lưu kết quả rà soát', 'Save the findings')}
        </button>
      )}
    </form>
  );
}

/** The amended charter (or a group's registration) as filed; an officer signs the conversion off from the inbox. */
function EvidenceForm({ enrolment, onSaved }: { enrolment: Enrolment; onSaved: (saved: Enrolment) => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Schemas['FileEvidenceDto']['kind']>('amended-charter');
  const [reference, setReference] = useState('');
  const [filedOn, setFiledOn] = useState(todayInVietnam());
  const { busy, error, run } = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      onSaved(
        await callAs<Enrolment>(
          api.POST('/conversion-campaigns/{id}/enrolments/{enrolmentId}/evidence', {
            params: { path: { id: enrolment.campaign.campaignId, enrolmentId: enrolment.enrolmentId } },
            body: { kind, reference, filedOn },
          }),
        ),
      );
    });
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="evidence-title" noValidate>
      <h2 id="evidence-title">{t('Nộp điều lệ sửa đổi', 'File the amended charter')}</h2>
      <ErrorNotice error={error} />
      <div className="form-grid">
        <Field label={t('Loại giấy tờ', 'Kind')} field="kind" error={error} required>
          {(control) => (
            <select {...control} value={kind} onChange={(event) => setKind(event.target.value as typeof kind)}>
              <LabelOptions labels={CONVERSION_EVIDENCE_LABELS} />
            </select>
          )}
        </Field>
        <Field label={t('Số, ký hiệu văn bản', 'Document reference')} field="reference" error={error} required>
          {(control) => <input {...control} value={reference} onChange={(event) => setReference(event.target.value)} />}
        </Field>
        <Field label={t('Ngày nộp', 'Filed on')} field="filedOn" error={error} hint="dd/mm/yyyy" required>
          {(control) => <DateInput {...control} max={todayInVietnam()} value={filedOn} onChange={setFiledOn} />}
        </Field>
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('Nộp và chuyển cán bộ xác nhận', 'File it for sign-off')}
      </button>
    </form>
  );
}

/** One cooperative's conversion in a campaign: where it stands, its checklist, its evidence and the notices mailed. */
export function EnrolmentPage({ campaignId, enrolmentId }: { campaignId: string; enrolmentId: string }) {
  const { t, tx } = useI18n();
  const user = useUser();
  const territories = useTerritories();
  const [saved, setSaved] = useState<Enrolment | null>(null);
  const loaded = useLoad(
    () =>
      callAs<Enrolment>(
        api.GET('/conversion-campaigns/{id}/enrolments/{enrolmentId}', {
          params: { path: { id: campaignId, enrolmentId } },
        }),
      ),
    [campaignId, enrolmentId],
  );
  if (loaded.error) {
    return (
      <section>
        <PageTitle>{t('Không mở được hồ sơ chuyển đổi', 'The conversion could not be opened')}</PageTitle>
        <ErrorNotice error={loaded.error} />
      </section>
    );
  }
  if (!loaded.data) return <Loading />;
  const enrolment = saved ?? loaded.data;
  const mayFile =
    can.workOnEnrolments(user) &&
    (enrolment.stage === 'in-progress' || enrolment.stage === 'not-started' || enrolment.stage === 'overdue');
  return (
    <section>
      <PageTitle actions={<StatusBadge status={enrolment.bucket} label={enrolment.stageLabel} />}>
        {enrolment.name}
      </PageTitle>
      <p>
        <Link to={`/campaigns/${campaignId}`}>← {enrolment.campaign.name}</Link> ·{' '}
        <Link to={`/cooperatives/${enrolment.cooperativeId}`}>{t('Hồ sơ hợp tác xã', 'The cooperative’s record')}</Link>
      </p>
      <div className="columns">
        <section className="panel" aria-labelledby="enrolment-title">
          <h2 id="enrolment-title">{t('Tình hình chuyển đổi', 'Where it stands')}</h2>
          <dl className="facts">
            <dt>{t('Mã số', 'Registration code')}</dt>
            <dd>{enrolment.registrationCode}</dd>
            <dt>{t('Địa bàn', 'Territory')}</dt>
            <dd>{territories.name(enrolment.territoryCode)}</dd>
            <dt>{t('Ghi danh ngày', 'Enrolled on')}</dt>
            <dd>
              <DateText value={enrolment.enrolledOn} />
            </dd>
            <dt>{t('Theo dõi đến', 'Follow up until')}</dt>
            <dd>
              <DateText value={enrolment.campaign.followUpBy} />
            </dd>
            <dt>{t('Điều lệ sửa đổi', 'Amended charter')}</dt>
            <dd>
              {enrolment.evidence ? (
                <>
                  {tx(CONVERSION_EVIDENCE_LABELS[enrolment.evidence.kind])}: {enrolment.evidence.reference} (
                  <DateText value={enrolment.evidence.filedOn} />)
                </>
              ) : (
                t('chưa nộp', 'not filed yet')
              )}
            </dd>
            {enrolment.conformedOn && (
              <>
                <dt>{t('Đã phù hợp từ', 'Conformed on')}</dt>
                <dd>
                  <DateText value={enrolment.conformedOn} />
                </dd>
              </>
            )}
            {enrolment.overdueSince && (
              <>
                <dt>{t('Quá hạn từ', 'Overdue since')}</dt>
                <dd>
                  <DateText value={enrolment.overdueSince} />
                </dd>
              </>
            )}
            {enrolment.ended && (
              <>
                <dt>{t('Kết thúc', 'Ended')}</dt>
                <dd>
                  {enrolment.endLabel && tx(enrolment.endLabel)} (<DateText value={enrolment.ended.on} />)
                </dd>
              </>
            )}
          </dl>
        </section>
        <section className="panel" aria-labelledby="notices-title">
          <h2 id="notices-title">{t('Thông báo đã gửi hợp tác xã', 'Notices mailed to the cooperative')}</h2>
          {enrolment.notices.length === 0 ? (
            <p className="muted">{t('Chưa gửi thông báo nào.', 'No notice sent yet.')}</p>
          ) : (
            <div className="table-wrap">
              <table aria-labelledby="notices-title">
                <thead>
                  <tr>
                    <th scope="col">{t('Ngày', 'Date')}</th>
                    <th scope="col">{t('Thông báo', 'Notice')}</th>
                    <th scope="col">{t('Gửi tới', 'Recipient')}</th>
                    <th scope="col">{t('Kết quả gửi', 'Delivery')}</th>
                    <th scope="col">{t('Số lần gửi', 'Attempts')}</th>
                  </tr>
                </thead>
                <tbody>
                  {enrolment.notices.map((notice) => (
                    <tr key={notice.noticeId}>
                      <td>
                        <DateText value={notice.on} />
                      </td>
                      <td>
                        {tx(labelOf(CONVERSION_NOTICE_KIND_LABELS, notice.kind))}
                        {notice.note && <div className="muted">“{notice.note}”</div>}
                      </td>
                      <td>{notice.delivery?.recipient ?? '—'}</td>
                      <td>
                        <NoticeStatusBadge status={notice.delivery?.outcome ?? 'pending'} />
                        {notice.delivery && !notice.delivery.final && (
                          <div className="muted">{t('sẽ gửi lại', 'will be retried')}</div>
                        )}
                      </td>
                      <td>{notice.delivery?.attempts ?? 0}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
      <Checklist key={JSON.stringify(enrolment.checklist)} enrolment={enrolment} onSaved={setSaved} />
      {mayFile && <EvidenceForm enrolment={enrolment} onSaved={setSaved} />}
    </section>
  );
}
