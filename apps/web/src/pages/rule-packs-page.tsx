import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, callAs, type Schemas } from '../api/client';
import type { AppliedRule, CorrectionPreview, RuleCorrection, RulePack, RulePackSummary } from '../api/shapes';
import { DateInput, parseVietnameseDate } from '../components/date-input';
import { byVietnamese, formatDate, formatDateTime, formatNumber } from '../format';
import { useI18n } from '../i18n';
import { can } from '../permissions';
import { Link } from '../router';
import { useUser } from '../session';
import { useTerritories } from '../territories';
import {
  Badge,
  DateText,
  ErrorNotice,
  Field,
  LegalBasisText,
  Loading,
  PageTitle,
  useAction,
  useLoad,
  type FieldControl,
} from '../ui';

type Correction = Schemas['RuleCorrectionDto'];
type Regime = 'law-2003' | 'law-2012' | 'law-2023';

/** A value in its unit as people read it: dates dd/mm/yyyy, a yearly day dd/mm, a share as a percentage. */
function useRuleValue() {
  const { t, tx, lang } = useI18n();
  return (rule: Pick<AppliedRule, 'unit' | 'unitLabel'>, value: AppliedRule['value']): string => {
    if (value === null) return t('(quy định, không có số)', '(a provision, no value)');
    if (rule.unit === 'date') return formatDate(String(value));
    if (rule.unit === 'day-of-year') return String(value).split('-').reverse().join('/');
    if (rule.unit === 'share') return `${formatNumber(Number(value) * 100, lang)}%`;
    return `${formatNumber(Number(value), lang)} ${tx(rule.unitLabel)}`;
  };
}

/** The value as typed into the correction form, in the unit the api expects (or as typed, for it to refuse). */
function valueOf(rule: AppliedRule, typed: string): Correction['value'] {
  if (rule.unit === 'provision') return null;
  if (rule.unit === 'date') return typed;
  if (rule.unit === 'day-of-year') {
    const date = parseVietnameseDate(`${typed.trim()}/2024`);
    return date ? date.slice(5) : typed;
  }
  const number = Number(typed.replace(',', '.'));
  return typed.trim() === '' || Number.isNaN(number) ? typed : rule.unit === 'share' ? number / 100 : number;
}

function typedOf(rule: AppliedRule): string {
  if (rule.value === null) return '';
  if (rule.unit === 'day-of-year') return String(rule.value).split('-').reverse().join('/');
  if (rule.unit === 'share') return String(Math.round(Number(rule.value) * 10_000) / 100);
  return String(rule.value);
}

function Preview({ preview }: { preview: CorrectionPreview }) {
  const { t, tx, lang } = useI18n();
  const territories = useTerritories();
  const show = useRuleValue();
  const count = (value: number) => formatNumber(value, lang);
  return (
    <section className="notice" aria-labelledby="preview-title" data-testid="correction-preview">
      <h3 id="preview-title">{t('Ảnh hưởng nếu lưu', 'What saving it would change')}</h3>
      <p>
        {tx(preview.before.label)}: <strong>{show(preview.before, preview.before.value)}</strong> →{' '}
        <strong>{show(preview.after, preview.after.value)}</strong>
      </p>
      <p data-testid="preview-counts">
        {t(
          `Đã xét ${count(preview.scanned)} hợp tác xã: ${count(preview.changedDeadlines)} có thời hạn thay đổi, ${count(preview.changedOutcomes)} có căn cứ ngừng hoạt động thay đổi.`,
          `${count(preview.scanned)} cooperatives checked: ${count(preview.changedDeadlines)} with deadlines that change, ${count(preview.changedOutcomes)} with dormancy grounds that change.`,
        )}
      </p>
      {preview.affected.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>{t('Hợp tác xã bị ảnh hưởng', 'Cooperatives affected')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('Hợp tác xã', 'Cooperative')}</th>
                <th scope="col">{t('Địa bàn', 'Territory')}</th>
                <th scope="col">{t('Thời hạn: trước → sau', 'Deadlines: before → after')}</th>
                <th scope="col">{t('Căn cứ ngừng hoạt động', 'Dormancy grounds')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.affected.map((cooperative) => (
                <tr key={cooperative.cooperativeId}>
                  <td>
                    <Link to={`/cooperatives/${cooperative.cooperativeId}`}>{cooperative.name}</Link>
                  </td>
                  <td>{territories.name(cooperative.territoryCode)}</td>
                  <td>
                    {cooperative.deadlines.map((deadline) => (
                      <div key={deadline.label.en}>
                        {tx(deadline.label)}: <DateText value={deadline.before} /> → <DateText value={deadline.after} />
                      </div>
                    ))}
                  </td>
                  <td>
                    {cooperative.outcomes.map((outcome) => (
                      <div key={outcome.label.en}>
                        {tx(outcome.label)}:{' '}
                        {outcome.after
                          ? t('sẽ đủ căn cứ', 'would be met')
                          : t('sẽ không còn đủ', 'would no longer be met')}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** An administrator's correction: previewed first (nothing saved), then saved with its effective date and reason. */
function CorrectionForm({
  regime,
  rule,
  onSaved,
  onCancel,
}: {
  regime: Regime;
  rule: AppliedRule;
  onSaved: (saved: RuleCorrection) => void;
  onCancel: () => void;
}) {
  const { t, tx } = useI18n();
  const [value, setValue] = useState(typedOf(rule));
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(rule.confirmed);
  const [citationVi, setCitationVi] = useState(rule.citation.vi);
  const [citationEn, setCitationEn] = useState(rule.citation.en);
  const [preview, setPreview] = useState<{ body: string; answer: CorrectionPreview } | null>(null);
  const previewing = useAction();
  const saving = useAction();
  // The form opens above the table: bring it into view and start there, as a keyboard user would expect.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, []);
  const body: Correction = {
    parameterId: rule.parameterId,
    value: valueOf(rule, value),
    effectiveFrom,
    reason,
    confirmed,
    citation: { vi: citationVi, en: citationEn },
  };
  const previewed = preview !== null && preview.body === JSON.stringify(body);
  const error = saving.error ?? previewing.error;
  const path = { params: { path: { regime } }, body };

  const showPreview = (event: FormEvent) => {
    event.preventDefault();
    saving.setError(null);
    void previewing.run(async () => {
      const answer = await callAs<CorrectionPreview>(api.POST('/rule-packs/{regime}/preview', path));
      setPreview({ body: JSON.stringify(body), answer });
    });
  };
  const save = () =>
    void saving.run(async () => {
      const saved = await callAs<{ correction: RuleCorrection }>(api.POST('/rule-packs/{regime}/corrections', path));
      onSaved(saved.correction);
    });

  const valueControl = (control: FieldControl) =>
    rule.unit === 'date' ? (
      <DateInput {...control} value={value} onChange={setValue} />
    ) : (
      <input {...control} inputMode="decimal" value={value} onChange={(event) => setValue(event.target.value)} />
    );

  return (
    <form
      className="panel"
      onSubmit={showPreview}
      aria-label={t(`Sửa tham số: ${tx(rule.label)}`, `Correct: ${tx(rule.label)}`)}
      noValidate
    >
      <h2 ref={heading} tabIndex={-1}>
        {t('Sửa tham số', 'Correct a parameter')}: {tx(rule.label)} <code>{rule.parameterId}</code>
      </h2>
      <ErrorNotice error={error} />
      <div className="form-grid">
        {rule.unit !== 'provision' && (
          <Field
            label={t('Giá trị mới', 'New value')}
            field="value"
            error={error}
            hint={
              rule.unit === 'share'
                ? t('Phần trăm, ví dụ 75', 'A percentage, e.g. 75')
                : rule.unit === 'day-of-year'
                  ? 'dd/mm'
                  : rule.unit === 'date'
                    ? 'dd/mm/yyyy'
                    : tx(rule.unitLabel)
            }
            required
          >
            {valueControl}
          </Field>
        )}
        <Field
          label={t('Hiệu lực từ ngày', 'Effective from')}
          field="effectiveFrom"
          error={error}
          hint="dd/mm/yyyy"
          required
        >
          {(control) => <DateInput {...control} value={effectiveFrom} onChange={setEffectiveFrom} />}
        </Field>
        <Field label={t('Trích dẫn (tiếng Việt)', 'Citation (Vietnamese)')} field="citation.vi" error={error}>
          {(control) => (
            <input {...control} value={citationVi} onChange={(event) => setCitationVi(event.target.value)} />
          )}
        </Field>
        <Field label={t('Trích dẫn (tiếng Anh)', 'Citation (English)')} field="citation.en" error={error}>
          {(control) => (
            <input {...control} value={citationEn} onChange={(event) => setCitationEn(event.target.value)} />
          )}
        </Field>
      </div>
      <Field
        label={t('Lý do sửa', 'Reason')}
        field="reason"
        error={error}
        hint={t('Văn bản đã đối chiếu, ít nhất 10 ký tự.', 'The text checked, at least 10 characters.')}
        required
      >
        {(control) => (
          <textarea {...control} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
        )}
      </Field>
      <div className="checkbox-field">
        <input
          id={`confirmed-${rule.parameterId}`}
          type="checkbox"
          checked={confirmed}
          onChange={(event) => setConfirmed(event.target.checked)}
        />
        <label htmlFor={`confirmed-${rule.parameterId}`}>
          {t('Đã đối chiếu với văn bản luật', 'Checked against the text of the law')}
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" disabled={previewing.busy}>
          {t('Xem trước ảnh hưởng', 'Preview the effect')}
        </button>
        <button type="button" className="primary" disabled={!previewed || saving.busy} onClick={save}>
          {t('Lưu sửa đổi', 'Save the correction')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('Hủy', 'Cancel')}
        </button>
        {!previewed && <span className="muted">{t('Xem trước rồi mới lưu được.', 'Preview it before saving.')}</span>}
      </div>
      {preview && previewed && <Preview preview={preview.answer} />}
    </form>
  );
}

/** The rule pack of each legal regime: every parameter with its value, citation, whether confirmed, since when. */
export function RulePacksPage() {
  const { t, tx } = useI18n();
  const user = useUser();
  const show = useRuleValue();
  const [regime, setRegime] = useState<Regime>('law-2023');
  const [correcting, setCorrecting] = useState<AppliedRule | null>(null);
  const [saved, setSaved] = useState<RuleCorrection | null>(null);
  const packs = useLoad(() => callAs<RulePackSummary[]>(api.GET('/rule-packs')), [saved]);
  const pack = useLoad(
    () => callAs<RulePack>(api.GET('/rule-packs/{regime}', { params: { path: { regime } } })),
    [regime, saved],
  );
  const rows = [...(pack.data?.parameters ?? [])].sort(
    (a, b) => a.topic.localeCompare(b.topic) || byVietnamese((rule: AppliedRule) => rule.label.vi)(a, b),
  );
  const since = (rule: AppliedRule) =>
    rule.correction ? rule.correction.effectiveFrom : (pack.data?.inForceFrom ?? null);

  return (
    <section>
      <PageTitle>{t('Bộ quy tắc theo luật', 'Rule packs')}</PageTitle>
      <ErrorNotice error={packs.error ?? pack.error} />
      <div className="toolbar" role="group" aria-label={t('Chọn luật', 'Choose the law')}>
        {(packs.data ?? []).map((summary) => (
          <button
            key={summary.regime}
            type="button"
            aria-pressed={summary.regime === regime}
            onClick={() => {
              setRegime(summary.regime as Regime);
              setCorrecting(null);
            }}
          >
            {tx(summary.title)} · v{summary.version}
            {summary.unconfirmed > 0 && ` · ${summary.unconfirmed} ${t('chưa xác nhận', 'unconfirmed')}`}
          </button>
        ))}
      </div>
      {saved && (
        <p className="notice notice-good" role="status">
          {t(
            `Đã lưu sửa đổi số ${saved.sequence} (${saved.parameterId}), hiệu lực từ ${formatDate(saved.effectiveFrom)}; đang gửi tới các hợp tác xã.`,
            `Correction ${saved.sequence} (${saved.parameterId}) saved, effective from ${formatDate(saved.effectiveFrom)}; being sent to every cooperative.`,
          )}
        </p>
      )}
      {correcting && (
        <CorrectionForm
          key={correcting.parameterId}
          regime={regime}
          rule={correcting}
          onSaved={(correction) => {
            setSaved(correction);
            setCorrecting(null);
          }}
          onCancel={() => setCorrecting(null)}
        />
      )}
      {pack.loading && !pack.data ? (
        <Loading />
      ) : (
        pack.data && (
          <div className="table-wrap">
            <table>
              <caption>
                {tx(pack.data.title)} — {t('phiên bản', 'version')} {pack.data.version},{' '}
                {t('áp dụng tại ngày', 'as it applies on')} <DateText value={pack.data.on} />
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('Tham số', 'Parameter')}</th>
                  <th scope="col">{t('Giá trị', 'Value')}</th>
                  <th scope="col">{t('Căn cứ', 'Citation')}</th>
                  <th scope="col">{t('Hiệu lực từ', 'Effective from')}</th>
                  {can.correctRulePacks(user) && <th scope="col">{t('Sửa', 'Correct')}</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((rule) => (
                  <tr key={rule.parameterId} data-parameter={rule.parameterId}>
                    <td>
                      {tx(rule.label)}
                      <div className="muted">
                        <code>{rule.parameterId}</code>
                      </div>
                    </td>
                    <td>{show(rule, rule.value)}</td>
                    <td>
                      <LegalBasisText basis={rule.basis} />
                      {rule.confirmed && (
                        <>
                          {' '}
                          <Badge tone="good">{t('đã xác nhận', 'confirmed')}</Badge>
                        </>
                      )}
                    </td>
                    <td>
                      <DateText value={since(rule)} />
                      {rule.correction && (
                        <div className="muted">
                          {t('sửa đổi số', 'correction')} {rule.correction.sequence}
                        </div>
                      )}
                    </td>
                    {can.correctRulePacks(user) && (
                      <td>
                        <button
                          type="button"
                          aria-label={t(`Sửa: ${tx(rule.label)}`, `Correct: ${tx(rule.label)}`)}
                          onClick={() => setCorrecting(rule)}
                        >
                          {t('Sửa…', 'Correct…')}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      )}
      {pack.data && pack.data.corrections.length > 0 && (
        <section className="panel" aria-labelledby="corrections-title">
          <h2 id="corrections-title">{t('Các lần sửa đổi', 'Corrections')}</h2>
          <ol>
            {pack.data.corrections.map((correction) => (
              <li key={correction.sequence}>
                <code>{correction.parameterId}</code> — {t('hiệu lực từ', 'effective from')}{' '}
                <DateText value={correction.effectiveFrom} />; {correction.reason} ({correction.correctedBy},{' '}
                {formatDateTime(correction.correctedAt)})
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
