import { useId, useState } from 'react';
import type { Cooperative } from '../api/shapes';
import { byVietnamese, foldVietnamese } from '../format';
import { useI18n } from '../i18n';
import { COOPERATIVE_STATUS_LABELS } from '../labels';
import { loadRegistry } from '../registry';
import { Link } from '../router';
import { useTerritories } from '../territories';
import { DateText, ErrorNotice, LabelOptions, Loading, PageTitle, StatusBadge, useLoad } from '../ui';

/** The register within reach: filter by territory and status, search by name or code, sorted the Vietnamese way. */
export function RegistryPage() {
  const { t, tx } = useI18n();
  const territories = useTerritories();
  const ids = { territory: useId(), status: useId(), search: useId() };
  const [territoryCode, setTerritoryCode] = useState('');
  const [status, setStatus] = useState<Cooperative['status'] | ''>('');
  const [search, setSearch] = useState('');
  const registry = useLoad(
    () => loadRegistry({ ...(territoryCode ? { territoryCode } : {}), ...(status ? { status } : {}) }),
    [territoryCode, status],
  );
  const needle = foldVietnamese(search.trim());
  const rows = (registry.data ?? [])
    .filter(
      (cooperative) =>
        !needle || cooperative.registrationCode.includes(needle) || foldVietnamese(cooperative.name).includes(needle),
    )
    .sort(byVietnamese((cooperative) => cooperative.name));

  return (
    <section>
      <PageTitle>{t('Sổ đăng ký hợp tác xã', 'Cooperative registry')}</PageTitle>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.territory}>{t('Địa bàn', 'Territory')}</label>
          <select id={ids.territory} value={territoryCode} onChange={(event) => setTerritoryCode(event.target.value)}>
            <option value="">{t('Tất cả', 'All')}</option>
            {territories.all.map((territory) => (
              <option key={territory.code} value={territory.code}>
                {territory.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.status}>{t('Tình trạng', 'Status')}</label>
          <select
            id={ids.status}
            value={status}
            onChange={(event) => setStatus(event.target.value as Cooperative['status'] | '')}
          >
            <option value="">{t('Tất cả', 'All')}</option>
            <LabelOptions labels={COOPERATIVE_STATUS_LABELS} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.search}>{t('Tìm theo tên hoặc mã số', 'Search by name or code')}</label>
          <input id={ids.search} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </div>
      </form>
      <ErrorNotice error={registry.error} />
      {registry.loading && !registry.data ? (
        <Loading />
      ) : (
        <>
          <p className="muted" role="status">
            {t(`${rows.length} hợp tác xã`, `${rows.length} cooperative${rows.length === 1 ? '' : 's'}`)}
          </p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('Tên', 'Name')}</th>
                  <th scope="col">{t('Mã số', 'Code')}</th>
                  <th scope="col">{t('Ngành', 'Sector')}</th>
                  <th scope="col">{t('Địa bàn', 'Territory')}</th>
                  <th scope="col">{t('Tình trạng', 'Status')}</th>
                  <th scope="col">{t('Hoạt động gần nhất', 'Last operating')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((cooperative) => (
                  <tr key={cooperative.id}>
                    <td>
                      <Link to={`/cooperatives/${cooperative.id}`}>{cooperative.name}</Link>
                    </td>
                    <td>{cooperative.registrationCode}</td>
                    <td>{tx(cooperative.sectorLabel)}</td>
                    <td>{territories.name(cooperative.territoryCode)}</td>
                    <td>
                      <StatusBadge status={cooperative.status} label={cooperative.statusLabel} />
                      {cooperative.dormancy && (
                        <span className="badge badge-warn">{t('dấu hiệu ngừng hoạt động', 'dormancy flag')}</span>
                      )}
                    </td>
                    <td>
                      <DateText value={cooperative.evidence.lastOperatingOn} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
