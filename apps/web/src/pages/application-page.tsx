import { useState } from 'react';
import { api, callAs, download } from '../api/client';
import type { Application } from '../api/shapes';
import { TaskCard } from '../components/task-card';
import { formatMoney } from '../format';
import { useI18n } from '../i18n';
import { can } from '../permissions';
import { Link } from '../router';
import { useUser } from '../session';
import { useTerritories } from '../territories';
import { Badge, DateText, ErrorNotice, LegalBasisText, Loading, PageTitle, StatusBadge, useLoad } from '../ui';

const sizeOf = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** One dossier: its checks under the regime, papers, amendments, printouts, and its review and decision tasks. */
export function ApplicationPage({ id }: { id: string }) {
  const { t, tx, lang } = useI18n();
  const user = useUser();
  const territories = useTerritories();
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const loaded = useLoad(
    () => callAs<Application>(api.GET('/establishment-applications/{id}', { params: { path: { id } } })),
    [id],
  );
  const save = (path: string, name: string) => {
    setDownloadError(null);
    download(path, name).catch(setDownloadError);
  };

  if (loaded.error) {
    return (
      <section>
        <PageTitle>{t('Không mở được hồ sơ', 'The application could not be opened')}</PageTitle>
        <ErrorNotice error={loaded.error} />
      </section>
    );
  }
  if (!loaded.data) return <Loading />;
  const application = loaded.data;
  const dossier = application.dossier;

  return (
    <section>
      <PageTitle actions={<StatusBadge status={application.status} label={application.statusLabel} />}>
        {dossier.proposedName}
      </PageTitle>
      {application.status === 'amendments-requested' && can.fileApplications(user) && (
        <p className="notice">
          {t(
            'Hồ sơ đang chờ sửa đổi, bổ sung theo yêu cầu dưới đây.',
            'The dossier waits for the amendments asked for below.',
          )}{' '}
          <Link className="button-link" to={`/applications/${application.id}/amend`}>
            {t('Nộp hồ sơ sửa đổi, bổ sung', 'File the amended dossier')}
          </Link>
        </p>
      )}
      {application.status === 'approved' && (
        <p className="notice notice-good">
          {t('Đã vào sổ đăng ký với mã số', 'Entered in the registry as')}{' '}
          <strong>{application.registrationCode}</strong> —{' '}
          <Link to={`/cooperatives/${application.id}`}>
            {t('mở hồ sơ hợp tác xã', 'open the cooperative’s record')}
          </Link>
        </p>
      )}
      <div className="columns">
        <section className="panel" aria-labelledby="dossier-title">
          <h2 id="dossier-title">{t('Hồ sơ', 'Dossier')}</h2>
          <dl className="facts">
            <dt>{t('Loại hình', 'Kind')}</dt>
            <dd>{tx(application.kindLabel)}</dd>
            <dt>{t('Chế độ pháp lý', 'Legal regime')}</dt>
            <dd>{tx(application.regimeLabel)}</dd>
            <dt>{t('Địa bàn', 'Territory')}</dt>
            <dd>{territories.name(dossier.territoryCode)}</dd>
            <dt>{t('Trụ sở', 'Head office')}</dt>
            <dd>{dossier.headOfficeAddress}</dd>
            <dt>{t('Ngành nghề', 'Business lines')}</dt>
            <dd>{dossier.businessLines.join('; ')}</dd>
            <dt>{t('Vốn điều lệ', 'Charter capital')}</dt>
            <dd>{formatMoney(dossier.charterCapital, lang)}</dd>
            <dt>{t('Thành viên', 'Members')}</dt>
            <dd>{dossier.members.length}</dd>
            <dt>{t('Hội nghị thành lập', 'Founding conference')}</dt>
            <dd>
              <DateText value={dossier.foundingConferenceOn} />
            </dd>
            <dt>{t('Nộp lần đầu / nhận gần nhất', 'First filed / last received')}</dt>
            <dd>
              <DateText value={application.filedOn} /> / <DateText value={application.receivedOn} />
            </dd>
          </dl>
        </section>
        <section className="panel" aria-labelledby="checks-title">
          <h2 id="checks-title">{t('Kiểm tra tự động', 'Automatic checks')}</h2>
          <ul className="checks">
            {application.checks.map((check) => (
              <li key={check.ruleId} className={check.passed ? 'check-passed' : 'check-failed'}>
                <Badge tone={check.passed ? 'good' : 'bad'}>
                  {check.passed ? t('Đạt', 'Passed') : t('Không đạt', 'Failed')}
                </Badge>{' '}
                <strong>{tx(check.label)}</strong>: {tx(check.detail)}
                <div className="muted">
                  <LegalBasisText basis={check.legalBasis} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section className="panel" aria-labelledby="papers-title">
        <h2 id="papers-title">{t('Giấy tờ', 'Papers')}</h2>
        <ul>
          {dossier.documents.map((document) => (
            <li key={document.documentId}>
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  save(
                    `/establishment-applications/${application.id}/documents/${document.documentId}`,
                    document.fileName,
                  )
                }
              >
                {document.fileName}
              </button>{' '}
              <span className="muted">
                ({document.kind}, {sizeOf(document.size)}, SHA-256 {document.sha256.slice(0, 12)}…)
              </span>
            </li>
          ))}
        </ul>
        {application.printouts.length > 0 && (
          <>
            <h3>{t('Văn bản in', 'Printouts')}</h3>
            <ul>
              {application.printouts.map((printout) => (
                <li key={printout.href}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => save(printout.href, `${printout.kind}.pdf`)}
                  >
                    {tx(printout.title)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <ErrorNotice error={downloadError} />
      </section>
      {application.amendments.length > 0 && (
        <section className="panel" aria-labelledby="amendments-title">
          <h2 id="amendments-title">{t('Yêu cầu sửa đổi, bổ sung', 'Amendment requests')}</h2>
          <ol>
            {application.amendments.map((amendment) => (
              <li key={amendment.number}>
                {amendment.items} — {amendment.requestedBy.displayName}, <DateText value={amendment.requestedOn} />;{' '}
                {t('hạn nộp lại', 'resubmit by')} <DateText value={amendment.resubmitBy} />;{' '}
                {amendment.resubmittedOn ? (
                  <>
                    {t('đã nộp lại ngày', 'resubmitted on')} <DateText value={amendment.resubmittedOn} />
                  </>
                ) : (
                  t('chưa nộp lại', 'not resubmitted yet')
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      {application.tasks && application.tasks.length > 0 && (
        <section aria-labelledby="tasks-title">
          <h2 id="tasks-title">{t('Công việc của hồ sơ', 'Its tasks')}</h2>
          <div className="task-list">
            {application.tasks.map((task) => (
              <TaskCard key={task.id} task={task} user={user} onChanged={loaded.reload} />
            ))}
          </div>
        </section>
      )}
    </section>
  );
}
