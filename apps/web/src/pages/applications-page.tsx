import { useId, useState } from 'react';
import { api, callAs } from '../api/client';
import type { paths } from '../api/schema';
import type { Application } from '../api/shapes';
import { byVietnamese } from '../format';
import { useI18n } from '../i18n';
import { APPLICATION_STATUS_LABELS } from '../labels';
import { can } from '../permissions';
import { Link } from '../router';
import { useUser } from '../session';
import { useTerritories } from '../territories';
import { DateText, ErrorNotice, LabelOptions, Loading, PageTitle, StatusBadge, useLoad } from '../ui';

type Status = NonNullable<NonNullable<paths['/establishment-applications']['get']['parameters']['query']>['status']>;

/** Establishment dossiers within reach: where each stands (review, amendments, decision, registered). */
export function ApplicationsPage() {
  const { t, tx } = useI18n();
  const user = useUser();
  const territories = useTerritories();
  const statusId = useId();
  const [status, setStatus] = useState('');
  const applications = useLoad(
    () =>
      callAs<Application[]>(
        api.GET('/establishment-applications', {
          params: { query: { limit: 200, ...(status ? { status: status as Status } : {}) } },
        }),
      ),
    [status],
  );
  const rows = [...(applications.data ?? [])].sort(
    (a, b) =>
      b.receivedOn.localeCompare(a.receivedOn) || byVietnamese((item: Application) => item.dossier.proposedName)(a, b),
  );
  return (
    <section>
      <PageTitle
        actions={
          can.fileApplications(user) && (
            <Link className="button-link" to="/applications/new">
              {t('Nhận hồ sơ mới', 'Receive a new dossier')}
            </Link>
          )
        }
      >
        {t('Hồ sơ đăng ký thành lập', 'Establishment applications')}
      </PageTitle>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={statusId}>{t('Tình trạng', 'Status')}</label>
          <select id={statusId} value={status} onChange={(event) => setStatus(event.target.value)}>
            <option value="">{t('Tất cả', 'All')}</option>
            <LabelOptions labels={APPLICATION_STATUS_LABELS} />
          </select>
        </div>
      </form>
      <ErrorNotice error={applications.error} />
      {applications.loading && !applications.data ? (
        <Loading />
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('Tên dự kiến', 'Proposed name')}</th>
                <th scope="col">{t('Loại hình', 'Kind')}</th>
                <th scope="col">{t('Địa bàn', 'Territory')}</th>
                <th scope="col">{t('Nhận ngày', 'Received')}</th>
                <th scope="col">{t('Tình trạng', 'Status')}</th>
                <th scope="col">{t('Mã số', 'Code')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((application) => (
                <tr key={application.id}>
                  <td>
                    <Link to={`/applications/${application.id}`}>{application.dossier.proposedName}</Link>
                  </td>
                  <td>{tx(application.kindLabel)}</td>
                  <td>{territories.name(application.dossier.territoryCode)}</td>
                  <td>
                    <DateText value={application.receivedOn} />
                  </td>
                  <td>
                    <StatusBadge status={application.status} label={application.statusLabel} />
                  </td>
                  <td>{application.registrationCode ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="empty">{t('Không có hồ sơ nào.', 'No application.')}</p>}
        </div>
      )}
    </section>
  );
}
