import { useState, type FormEvent } from 'react';
import { api, call, callAs, download, type Schemas } from '../api/client';
import type { Cooperative, CouncilMember, DissolutionCaseView, DissolutionStepView } from '../api/shapes';
import { CouncilEditor } from '../components/council-editor';
import { DateInput } from '../components/date-input';
import { todayInVietnam } from '../format';
import { useI18n } from '../i18n';
import { DISSOLUTION_STAGE_LABELS, STEP_STATUS_LABELS, labelOf } from '../labels';
import { can } from '../permissions';
import { Link } from '../router';
import { useUser } from '../session';
import { Badge, DateText, ErrorNotice, Field, LegalBasisText, Loading, PageTitle, useAction, useLoad } from '../ui';

const STEP_TONES = { done: 'good', due: 'warn', waiting: 'neutral', superseded: 'neutral' } as const;

/** The evidence of a step (a notice published, debts settled, the dossier filed): its date and document. */
function RecordStepForm({
  cooperativeId,
  dissolution,
  step,
  onRecorded,
}: {
  cooperativeId: string;
  dissolution: DissolutionCaseView;
  step: DissolutionStepView;
  onRecorded: (changed: DissolutionCaseView) => void;
}) {
  const { t, tx } = useI18n();
  const [completedOn, setCompletedOn] = useState(todayInVietnam());
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [council, setCouncil] = useState<CouncilMember[]>([]);
  const { busy, error, run } = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const body: Schemas['RecordStepDto'] = {
        completedOn,
        reference,
        note,
        ...(step.stepId === 'dossier-submitted' ? { council: council as Schemas['CouncilMemberDto'][] } : {}),
      };
      onRecorded(
        await callAs<DissolutionCaseView>(
          api.POST('/cooperatives/{id}/dissolutions/{caseId}/steps/{stepId}', {
            params: {
              path: {
                id: cooperativeId,
                caseId: dissolution.caseId,
                stepId: step.stepId,
              },
            },
            body,
          }),
        ),
      );
    });
  };
  return (
    <form onSubmit={submit} aria-label={t(`Ghi nhận: ${tx(step.label)}`, `Record: ${tx(step.label)}`)} noValidate>
      <ErrorNotice error={error} />
      <div className="form-grid">
        <Field label={t('Ngày thực hiện', 'Done on')} field="completedOn" error={error} hint="dd/mm/yyyy" required>
          {(control) => <DateInput {...control} max={todayInVietnam()} value={completedOn} onChange={setCompletedOn} />}
        </Field>
        <Field label={t('Số, ký hiệu văn bản', 'Document reference')} field="reference" error={error}>
          {(control) => <input {...control} value={reference} onChange={(event) => setReference(event.target.value)} />}
        </Field>
      </div>
      <Field label={t('Ghi chú', 'Note')} field="note" error={error}>
        {(control) => <textarea {...control} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      {step.stepId === 'dossier-submitted' && <CouncilEditor members={council} error={error} onChange={setCouncil} />}
      <button type="submit" className="primary" disabled={busy}>
        {t('Ghi nhận bước này', 'Record this step')}
      </button>
    </form>
  );
}

function StepRow({
  cooperativeId,
  dissolution,
  step,
  onRecorded,
}: {
  cooperativeId: string;
  dissolution: DissolutionCaseView;
  step: DissolutionStepView;
  onRecorded: (changed: DissolutionCaseView) => void;
}) {
  const { t, tx } = useI18n();
  const user = useUser();
  const [recording, setRecording] = useState(false);
  const blockers = dissolution.steps.filter((other) => step.after.includes(other.stepId) && other.status !== 'done');
  const recordable = step.status === 'due' && Boolean(step.links.record) && can.recordDissolutionStep(user);
  return (
    <li className="panel" data-step={step.stepId} data-step-status={step.status}>
      <h3>
        {tx(step.label)} <Badge tone={STEP_TONES[step.status]}>{tx(labelOf(STEP_STATUS_LABELS, step.status))}</Badge>
      </h3>
      <p className="muted">
        {t('Người thực hiện', 'Done by')}: {tx(step.who)} · {t('Căn cứ', 'Legal basis')}:{' '}
        <LegalBasisText basis={step.legalBasis} />
      </p>
      {step.completion && (
        <p>
          {t('Đã xong ngày', 'Done on')} <DateText value={step.completion.completedOn} />
          {step.completion.reference && <> — {step.completion.reference}</>} ({step.completion.by.displayName})
          {step.completion.note && <span className="muted"> · {step.completion.note}</span>}
        </p>
      )}
      {step.status !== 'done' && step.due && (
        <p>
          <strong>
            {t('Hạn', 'Due')}: <DateText value={step.due.due} />
          </strong>{' '}
          {step.missedOn && (
            <Badge tone="bad">
              {t('quá hạn từ', 'missed since')} <DateText value={step.missedOn} />
            </Badge>
          )}{' '}
          <span className="due-explanation">{tx(step.due.explanation)}</span>
        </p>
      )}
      {step.status === 'waiting' && blockers.length > 0 && (
        <p>
          {t('Chờ xong', 'Waits for')}: {blockers.map((blocker) => tx(blocker.label)).join('; ')}
        </p>
      )}
      {step.status === 'due' && step.links.inbox && (
        <p>
          <Link to="/">{t('Thực hiện từ hộp việc', 'Done from the inbox')}</Link>
        </p>
      )}
      {recordable &&
        (recording ? (
          <RecordStepForm
            cooperativeId={cooperativeId}
            dissolution={dissolution}
            step={step}
            onRecorded={(changed) => {
              setRecording(false);
              onRecorded(changed);
            }}
          />
        ) : (
          <button type="button" onClick={() => setRecording(true)}>
            {t('Ghi nhận…', 'Record…')}
          </button>
        ))}
    </li>
  );
}

/** One dissolution or revocation case: its ground, each step (done, due with its provenance, or waiting), council, documents. */
export function DissolutionPage({ cooperativeId, caseId }: { cooperativeId: string; caseId: string }) {
  const { t, tx } = useI18n();
  const [recorded, setRecorded] = useState<DissolutionCaseView | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const loaded = useLoad(
    () =>
      Promise.all([
        call(api.GET('/cooperatives/{id}', { params: { path: { id: cooperativeId } } })) as Promise<Cooperative>,
        callAs<DissolutionCaseView>(
          api.GET('/cooperatives/{id}/dissolutions/{caseId}', { params: { path: { id: cooperativeId, caseId } } }),
        ),
      ]),
    [cooperativeId, caseId],
  );
  if (loaded.error) {
    return (
      <section>
        <PageTitle>{t('Không mở được thủ tục giải thể', 'The dissolution case could not be opened')}</PageTitle>
        <ErrorNotice error={loaded.error} />
      </section>
    );
  }
  if (!loaded.data) return <Loading />;
  const [cooperative, fetched] = loaded.data;
  const dissolution = recorded ?? fetched;
  return (
    <section>
      <PageTitle
        actions={
          <Badge tone={dissolution.stage === 'open' ? 'warn' : 'neutral'}>
            {tx(labelOf(DISSOLUTION_STAGE_LABELS, dissolution.stage))}
          </Badge>
        }
      >
        {`${tx(dissolution.kindLabel)}: ${cooperative.name}`}
      </PageTitle>
      <p>
        <Link to={`/cooperatives/${cooperativeId}`}>← {t('Hồ sơ hợp tác xã', 'The cooperative’s record')}</Link>
      </p>
      <div className="columns">
        <section className="panel" aria-labelledby="case-title">
          <h2 id="case-title">{t('Thủ tục', 'The case')}</h2>
          <dl className="facts">
            <dt>{t('Căn cứ', 'Ground')}</dt>
            <dd>
              {tx(dissolution.groundLabel)} — <LegalBasisText basis={dissolution.groundBasis} />
            </dd>
            <dt>{t('Mở ngày', 'Opened on')}</dt>
            <dd>
              <DateText value={dissolution.openedOn} /> — {dissolution.openedBy.displayName}
            </dd>
            {dissolution.resolution && (
              <>
                <dt>{t('Nghị quyết đại hội', 'General meeting resolution')}</dt>
                <dd>
                  {dissolution.resolution.minutesReference}, <DateText value={dissolution.resolution.adoptedOn} />:{' '}
                  {t(
                    `${dissolution.resolution.votesFor}/${dissolution.resolution.membersPresent} tán thành`,
                    `${dissolution.resolution.votesFor} of ${dissolution.resolution.membersPresent} in favour`,
                  )}
                </dd>
              </>
            )}
            {dissolution.courtDecision && (
              <>
                <dt>{t('Quyết định của Tòa án', 'Court decision')}</dt>
                <dd>
                  {dissolution.courtDecision.court}, {dissolution.courtDecision.reference} (
                  <DateText value={dissolution.courtDecision.decidedOn} />)
                </dd>
              </>
            )}
            {dissolution.closedOn && (
              <>
                <dt>{t('Kết thúc ngày', 'Closed on')}</dt>
                <dd>
                  <DateText value={dissolution.closedOn} />
                </dd>
              </>
            )}
          </dl>
        </section>
        <section className="panel" aria-labelledby="council-title">
          <h2 id="council-title">{t('Hội đồng giải thể', 'Dissolution council')}</h2>
          {dissolution.council.length === 0 ? (
            <p className="muted">{t('Không có hội đồng.', 'No council.')}</p>
          ) : (
            <ul>
              {dissolution.council.map((member, index) => (
                <li key={`${member.name}-${index}`}>
                  {member.name} — {tx(member.roleLabel)}, {member.organisation}
                </li>
              ))}
            </ul>
          )}
          <h2>{t('Văn bản', 'Documents')}</h2>
          {dissolution.documents.length === 0 ? (
            <p className="muted">{t('Chưa có văn bản nào.', 'No document yet.')}</p>
          ) : (
            <ul>
              {dissolution.documents.map((document) => (
                <li key={document.key}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setDownloadError(null);
                      download(document.href, `${document.key}.pdf`).catch(setDownloadError);
                    }}
                  >
                    {tx(document.title)}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <ErrorNotice error={downloadError} />
        </section>
      </div>
      <h2>{t('Các bước', 'Steps')}</h2>
      <ol className="plain">
        {dissolution.steps.map((step) => (
          <StepRow
            key={step.stepId}
            cooperativeId={cooperativeId}
            dissolution={dissolution}
            step={step}
            onRecorded={setRecorded}
          />
        ))}
      </ol>
    </section>
  );
}
