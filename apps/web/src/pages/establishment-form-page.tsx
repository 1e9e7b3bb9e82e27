import { useState, type FormEvent } from 'react';
import { api, call, callAs, idempotencyKey, send, type Schemas } from '../api/client';
import type { Application } from '../api/shapes';
import { DateInput } from '../components/date-input';
import { formatMoney, todayInVietnam } from '../format';
import { useI18n } from '../i18n';
import {
  COOPERATIVE_KIND_LABELS,
  DOCUMENT_KIND_LABELS,
  MEMBER_TYPE_LABELS,
  MEMBERSHIP_LABELS,
  SECTOR_LABELS,
} from '../labels';
import { Link, navigate } from '../router';
import { useUser } from '../session';
import { TerritoryOptions } from '../territories';
import {
  DateText,
  ErrorNotice,
  Field,
  FieldProblems,
  LabelOptions,
  Loading,
  PageTitle,
  problemsFor,
  useAction,
  useLoad,
  type FieldControl,
} from '../ui';

type Dossier = Schemas['SubmitApplicationDto'];
type Member = Dossier['members'][number];
type MemberDraft = Omit<Member, 'contribution' | 'registrationCode'> & {
  contribution: string;
  registrationCode: string;
};
type Upload = { documentId: string; fileName: string };

/** The form as typed: lists one item a line, amounts as typed (the api says what is wrong with them). */
type Draft = Omit<
  Dossier,
  'businessLines' | 'charterCapital' | 'members' | 'management' | 'documentIds' | 'foundingConferenceOn'
> & {
  businessLines: string;
  charterCapital: string;
  members: MemberDraft[];
  foundingConferenceOn: string;
  board: string;
  director: string;
  supervisors: string;
};

const emptyMember = (): MemberDraft => ({
  name: '',
  type: 'individual',
  membership: 'official',
  contribution: '',
  registrationCode: '',
});

const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** An amount as typed ("50.000.000" or "50000000"); not a number stays not a number, for the api to name. */
const amount = (value: string) => (value.trim() === '' ? Number.NaN : Number(value.replace(/[.\s]/g, '')));

function draftOf(application: Application | undefined, territoryCode: string): Draft {
  if (!application) {
    return {
      kind: 'cooperative',
      proposedName: '',
      territoryCode,
      sector: 'agriculture',
      headOfficeAddress: '',
      businessLines: '',
      charterCapital: '',
      members: Array.from({ length: 5 }, emptyMember),
      foundingConferenceOn: '',
      authorisedFiler: '',
      legalRepresentative: '',
      board: '',
      director: '',
      supervisors: '',
    };
  }
  const { dossier } = application;
  return {
    kind: dossier.kind,
    proposedName: dossier.proposedName,
    territoryCode: dossier.territoryCode,
    sector: dossier.sector,
    headOfficeAddress: dossier.headOfficeAddress,
    businessLines: dossier.businessLines.join('\n'),
    charterCapital: String(dossier.charterCapital),
    members: dossier.members.map((member) => ({
      ...member,
      contribution: String(member.contribution),
      registrationCode: member.registrationCode ?? '',
    })),
    foundingConferenceOn: dossier.foundingConferenceOn,
    authorisedFiler: dossier.authorisedFiler,
    legalRepresentative: dossier.legalRepresentative,
    board: dossier.management.board.join('\n'),
    director: dossier.management.director,
    supervisors: dossier.management.supervisors.join('\n'),
  };
}

function requestOf(draft: Draft, uploads: Record<string, Upload>): Dossier {
  const { board, director, supervisors, businessLines, charterCapital, members, ...fields } = draft;
  return {
    ...fields,
    businessLines: lines(businessLines),
    charterCapital: amount(charterCapital),
    members: members.map(({ registrationCode, contribution, ...member }) => ({
      ...member,
      contribution: amount(contribution),
      ...(registrationCode.trim() ? { registrationCode: registrationCode.trim() } : {}),
    })),
    management: { board: lines(board), director, supervisors: lines(supervisors) },
    documentIds: Object.values(uploads).map((upload) => upload.documentId),
  };
}

/** One paper of the dossier: uploaded as soon as it is chosen (PDF, JPEG or PNG), its refusal shown beside it. */
function DocumentSlot({
  kind,
  upload,
  onUploaded,
}: {
  kind: string;
  upload: Upload | undefined;
  onUploaded: (upload: Upload) => void;
}) {
  const { t, tx } = useI18n();
  const { busy, error, run } = useAction();
  const choose = (file: File | undefined) => {
    if (!file) return;
    void run(async () => {
      const form = new FormData();
      form.append('kind', kind);
      form.append('file', file);
      const stored = (await (
        await send('/establishment-applications/documents', { method: 'POST', body: form })
      ).json()) as Upload;
      onUploaded({ documentId: stored.documentId, fileName: stored.fileName });
    });
  };
  return (
    <tr>
      <th scope="row">{tx(DOCUMENT_KIND_LABELS[kind])}</th>
      <td>
        <Field
          label={t(`Tệp: ${tx(DOCUMENT_KIND_LABELS[kind])}`, `File: ${tx(DOCUMENT_KIND_LABELS[kind])}`)}
          field="file"
          error={error}
        >
          {(control) => (
            <input
              {...control}
              type="file"
              accept="application/pdf,image/jpeg,image/png"
              disabled={busy}
              onChange={(event) => choose(event.target.files?.[0])}
            />
          )}
        </Field>
      </td>
      <td data-testid={`document-${kind}`}>
        {busy ? t('Đang tải lên…', 'Uploading…') : upload ? `✓ ${upload.fileName}` : '—'}
      </td>
    </tr>
  );
}

function MemberRow({
  index,
  member,
  error,
  onChange,
  onRemove,
}: {
  index: number;
  member: MemberDraft;
  error: unknown;
  onChange: (member: MemberDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const field = `members[${index}]`;
  const number = index + 1;
  return (
    <fieldset>
      <legend>{t(`Thành viên ${number}`, `Member ${number}`)}</legend>
      <div className="row-fields">
        <Field
          label={t(`Họ tên thành viên ${number}`, `Name of member ${number}`)}
          field={`${field}.name`}
          error={error}
          required
        >
          {(control) => (
            <input
              {...control}
              value={member.name}
              onChange={(event) => onChange({ ...member, name: event.target.value })}
            />
          )}
        </Field>
        <Field label={t(`Loại thành viên ${number}`, `Kind of member ${number}`)} field={`${field}.type`} error={error}>
          {(control) => (
            <select
              {...control}
              value={member.type}
              onChange={(event) => onChange({ ...member, type: event.target.value as Member['type'] })}
            >
              <LabelOptions labels={MEMBER_TYPE_LABELS} />
            </select>
          )}
        </Field>
        <Field
          label={t(`Tư cách thành viên ${number}`, `Membership of member ${number}`)}
          field={`${field}.membership`}
          error={error}
        >
          {(control) => (
            <select
              {...control}
              value={member.membership}
              onChange={(event) => onChange({ ...member, membership: event.target.value as Member['membership'] })}
            >
              <LabelOptions labels={MEMBERSHIP_LABELS} />
            </select>
          )}
        </Field>
        <Field
          label={t(`Vốn góp thành viên ${number} (đồng)`, `Contribution of member ${number} (VND)`)}
          field={`${field}.contribution`}
          error={error}
          required
        >
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              value={member.contribution}
              onChange={(event) => onChange({ ...member, contribution: event.target.value })}
            />
          )}
        </Field>
        {(member.type === 'legal-entity' || member.type === 'cooperative') && (
          <Field
            label={t(`Mã số đăng ký thành viên ${number}`, `Registration code of member ${number}`)}
            field={`${field}.registrationCode`}
            error={error}
            required
          >
            {(control) => (
              <input
                {...control}
                value={member.registrationCode}
                onChange={(event) => onChange({ ...member, registrationCode: event.target.value })}
              />
            )}
          </Field>
        )}
        <button type="button" onClick={onRemove}>
          {t(`Bỏ thành viên ${number}`, `Remove member ${number}`)}
        </button>
      </div>
    </fieldset>
  );
}

function DossierForm({ application }: { application?: Application }) {
  const { t, lang } = useI18n();
  const user = useUser();
  const [draft, setDraft] = useState(() => draftOf(application, user.territoryCodes[0] ?? ''));
  const [uploads, setUploads] = useState<Record<string, Upload>>(() =>
    Object.fromEntries(
      (application?.dossier.documents ?? []).map((document) => [
        document.kind,
        { documentId: document.documentId, fileName: document.fileName },
      ]),
    ),
  );
  const [key] = useState(idempotencyKey);
  const { busy, error, run } = useAction('leaves');
  const set = <K extends keyof Draft>(name: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [name]: value }));
  const contributions = draft.members.reduce((sum, member) => sum + (amount(member.contribution) || 0), 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const body = requestOf(draft, uploads);
      const header = { 'idempotency-key': key };
      const filed = application
        ? await callAs<Application>(
            api.POST('/establishment-applications/{id}/resubmissions', {
              params: { path: { id: application.id }, header },
              body,
            }),
          )
        : await call(api.POST('/establishment-applications', { params: { header }, body }));
      navigate(`/applications/${filed.id}`);
    });
  };

  const text =
    (name: 'proposedName' | 'headOfficeAddress' | 'authorisedFiler' | 'legalRepresentative' | 'director') =>
    (control: FieldControl) => (
      <input {...control} value={draft[name]} onChange={(event) => set(name, event.target.value)} />
    );

  return (
    <form onSubmit={submit} aria-label={t('Hồ sơ đăng ký thành lập', 'Establishment dossier')} noValidate>
      <ErrorNotice error={error} />
      <section className="panel" aria-labelledby="dossier-general">
        <h2 id="dossier-general">{t('Thông tin chung', 'General')}</h2>
        <div className="form-grid">
          <Field label={t('Loại hình', 'Kind')} field="kind" error={error} required>
            {(control) => (
              <select
                {...control}
                value={draft.kind}
                onChange={(event) => set('kind', event.target.value as Draft['kind'])}
              >
                <LabelOptions labels={COOPERATIVE_KIND_LABELS} />
              </select>
            )}
          </Field>
          <Field label={t('Tên dự kiến', 'Proposed name')} field="proposedName" error={error} required>
            {text('proposedName')}
          </Field>
          <Field
            label={t('Địa bàn đặt trụ sở', 'Territory of the head office')}
            field="territoryCode"
            error={error}
            required
          >
            {(control) => (
              <select
                {...control}
                value={draft.territoryCode}
                disabled={Boolean(application)}
                onChange={(event) => set('territoryCode', event.target.value)}
              >
                <TerritoryOptions codes={user.territoryCodes} />
              </select>
            )}
          </Field>
          <Field label={t('Lĩnh vực', 'Sector')} field="sector" error={error} required>
            {(control) => (
              <select
                {...control}
                value={draft.sector}
                onChange={(event) => set('sector', event.target.value as Draft['sector'])}
              >
                <LabelOptions labels={SECTOR_LABELS} />
              </select>
            )}
          </Field>
          <Field
            label={t('Địa chỉ trụ sở chính', 'Head office address')}
            field="headOfficeAddress"
            error={error}
            required
          >
            {text('headOfficeAddress')}
          </Field>
          <Field
            label={t('Ngày hội nghị thành lập', 'Founding conference on')}
            field="foundingConferenceOn"
            error={error}
            hint="dd/mm/yyyy"
            required
          >
            {(control) => (
              <DateInput
                {...control}
                max={todayInVietnam()}
                value={draft.foundingConferenceOn}
                onChange={(value) => set('foundingConferenceOn', value)}
              />
            )}
          </Field>
        </div>
        <Field
          label={t('Ngành, nghề kinh doanh', 'Business lines')}
          field="businessLines"
          error={error}
          hint={t('Mỗi dòng một ngành, nghề.', 'One line each.')}
          required
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={draft.businessLines}
              onChange={(event) => set('businessLines', event.target.value)}
            />
          )}
        </Field>
      </section>

      <section className="panel" aria-labelledby="dossier-members">
        <h2 id="dossier-members">{t('Thành viên sáng lập và vốn góp', 'Founding members and their capital')}</h2>
        <Field
          label={t('Vốn điều lệ (đồng)', 'Charter capital (VND)')}
          field="charterCapital"
          error={error}
          hint={t(
            `Bằng tổng vốn góp của các thành viên: hiện là ${formatMoney(contributions, lang)}.`,
            `Equals the members' contributions added up: now ${formatMoney(contributions, lang)}.`,
          )}
          required
        >
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              value={draft.charterCapital}
              onChange={(event) => set('charterCapital', event.target.value)}
            />
          )}
        </Field>
        {draft.members.map((member, index) => (
          <MemberRow
            key={index}
            index={index}
            member={member}
            error={error}
            onChange={(changed) =>
              set(
                'members',
                draft.members.map((current, at) => (at === index ? changed : current)),
              )
            }
            onRemove={() =>
              set(
                'members',
                draft.members.filter((_, at) => at !== index),
              )
            }
          />
        ))}
        <FieldProblems problems={problemsFor(error, 'members').filter((problem) => problem.field === 'members')} />
        <button type="button" onClick={() => set('members', [...draft.members, emptyMember()])}>
          {t('Thêm thành viên', 'Add a member')}
        </button>
      </section>

      <section className="panel" aria-labelledby="dossier-management">
        <h2 id="dossier-management">{t('Người đại diện và bộ máy quản lý', 'Representatives and management')}</h2>
        <div className="form-grid">
          <Field
            label={t('Người được ủy quyền nộp hồ sơ', 'Person authorised to file')}
            field="authorisedFiler"
            error={error}
            required
          >
            {text('authorisedFiler')}
          </Field>
          <Field
            label={t('Người đại diện theo pháp luật', 'Legal representative')}
            field="legalRepresentative"
            error={error}
            required
          >
            {text('legalRepresentative')}
          </Field>
          <Field label={t('Giám đốc', 'Director')} field="management.director" error={error}>
            {text('director')}
          </Field>
        </div>
        <div className="form-grid">
          <Field
            label={t('Hội đồng quản trị', 'Board')}
            field="management.board"
            error={error}
            hint={t('Mỗi dòng một người, chủ tịch trước.', 'One a line, the chair first.')}
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                value={draft.board}
                onChange={(event) => set('board', event.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('Ban kiểm soát hoặc kiểm soát viên', 'Control board or controller')}
            field="management.supervisors"
            error={error}
            hint={t('Mỗi dòng một người.', 'One a line.')}
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                value={draft.supervisors}
                onChange={(event) => set('supervisors', event.target.value)}
              />
            )}
          </Field>
        </div>
      </section>

      <section className="panel" aria-labelledby="dossier-papers">
        <h2 id="dossier-papers">{t('Giấy tờ', 'Papers')}</h2>
        <p className="muted">
          {t(
            'Tệp PDF, JPEG hoặc PNG. Luật Hợp tác xã 2023 yêu cầu giấy đề nghị, điều lệ, danh sách thành viên và nghị quyết hội nghị thành lập; tổ hợp tác nộp hợp đồng hợp tác.',
            'PDF, JPEG or PNG files. The 2023 Law asks for the application form, the charter, the member list and the founding resolution; a cooperative group files its cooperation contract.',
          )}
        </p>
        <div className="table-wrap" data-field="documents">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('Giấy tờ', 'Paper')}</th>
                <th scope="col">{t('Chọn tệp', 'Choose a file')}</th>
                <th scope="col">{t('Đã tải lên', 'Uploaded')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.keys(DOCUMENT_KIND_LABELS).map((kind) => (
                <DocumentSlot
                  key={kind}
                  kind={kind}
                  upload={uploads[kind]}
                  onUploaded={(upload) => setUploads((current) => ({ ...current, [kind]: upload }))}
                />
              ))}
            </tbody>
          </table>
        </div>
        <FieldProblems problems={[...problemsFor(error, 'documents'), ...problemsFor(error, 'documentIds')]} />
      </section>

      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {application
            ? t('Nộp lại hồ sơ đã sửa đổi', 'Resubmit the amended dossier')
            : t('Nộp hồ sơ', 'File the dossier')}
        </button>
        <Link to={application ? `/applications/${application.id}` : '/applications'}>{t('Hủy', 'Cancel')}</Link>
      </div>
    </form>
  );
}

/** The founders' dossier received at the desk: a new filing, or (with an application) the amended one. */
export function EstablishmentFormPage({ id }: { id?: string }) {
  const { t } = useI18n();
  const loaded = useLoad(
    () =>
      id
        ? callAs<Application>(api.GET('/establishment-applications/{id}', { params: { path: { id } } }))
        : Promise.resolve(undefined),
    [id],
  );
  const title = id
    ? t('Nộp hồ sơ sửa đổi, bổ sung', 'File the amended dossier')
    : t('Nhận hồ sơ đăng ký thành lập', 'Receive an establishment dossier');
  if (loaded.error) {
    return (
      <section>
        <PageTitle>{title}</PageTitle>
        <ErrorNotice error={loaded.error} />
      </section>
    );
  }
  if (loaded.loading) return <Loading />;
  const application = loaded.data;
  return (
    <section>
      <PageTitle>{title}</PageTitle>
      {application && (
        <div className="notice">
          <p className="notice-title">{application.dossier.proposedName}</p>
          {application.amendments
            .filter((amendment) => !amendment.resubmittedOn)
            .map((amendment) => (
              <p key={amendment.number}>
                {t('Cần sửa đổi, bổ sung', 'Asked to amend')}: {amendment.items} — {t('hạn', 'by')}{' '}
                <DateText value={amendment.resubmitBy} />
              </p>
            ))}
        </div>
      )}
      <DossierForm application={application} />
    </section>
  );
}
