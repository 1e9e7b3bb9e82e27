import { useId, useState } from 'react';
import type { Cooperative, DissolutionSummary } from '../api/shapes';
import { byVietnamese } from '../format';
import { useI18n } from '../i18n';
import { DISSOLUTION_KIND_LABELS, DISSOLUTION_STAGE_LABELS, labelOf } from '../labels';
import { loadRegistry } from '../registry';
import { Link } from '../router';
import { useTerritories } from '../territories';
import { Badge, DateText, ErrorNotice, LabelOptions, Loading, PageTitle, useLoad } from '../ui';

type WithCase = Cooperative & { dissolution: DissolutionSummary };

/**
 * Dissolution and revocation cases within reach, read from the registry: each cooperative carries its open case (else
 * its last one) and the steps due now; the case itself is one click away.
 */
export function DissolutionsPage() {
  const { t, tx } = useI18n();
  const territories = useTerritories();
  const stageId = useId();
  const [stage, setStage] = useState('open');
  const registry = useLoad(() => loadRegistry(), []);
  const rows = (registry.data ?? [])
    .filter((cooperative): cooperative is WithCase => cooperative.dissolution !== null)
    .filter((cooperative) => !stage || cooperative.dissolution.stage === stage)
    .sort(
      (a, b) =>
        b.dissolution.openedOn.localeCompare(a.dissolution.openedOn) ||
        byVietnamese((cooperative: WithCase) => cooperative.name)(a, b),
    );
  return (
    <section>
      <PageTitle>{t('Giải thể, thu hồi giấy chứng nhận', 'Dissolution and revocation')}</PageTitle>
      <p className="muted">
        {t('Thủ tục được mở từ hồ sơ của từng hợp tác xã.', 'A case is opened from the cooperative’s record.')}
      </p>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={stageId}>{t('Tình trạng thủ tục', 'Stage')}</label>
          <select id={stageId} value={stage} onChange={(event) => setStage(event.target.value)}>
            <option value="">{t('Tất cả', 'All')}</option>
            <LabelOptions labels={DISSOLUTION_STAGE_LABELS} />
          </select>
        </div>
      </form>
      <ErrorNotice error={registry.error} />
      {registry.loading && !registry.data ? (
        <Loading />
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('Hợp tác xã', 'Cooperative')}</th>
                <th scope="col">{t('Địa bàn', 'Territory')}</th>
                <th scope="col">{t('Thủ tục', 'Case')}</th>
                <th scope="col">{t('Mở ngày', 'Opened on')}</th>
                <th scope="col">{t('Tình trạng', 'Stage')}</th>
                <th scope="col">{t('Bước đang đến hạn', 'Steps due')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((cooperative) => (
                <tr key={cooperative.dissolution.caseId}>
                  <td>
                    <Link to={`/cooperatives/${cooperative.id}`}>{cooperative.name}</Link>
                  </td>
                  <td>{territories.name(cooperative.territoryCode)}</td>
                  <td>
                    <Link to={`/cooperatives/${cooperative.id}/dissolutions/${cooperative.dissolution.caseId}`}>
                      {tx(labelOf(DISSOLUTION_KIND_LABELS, cooperative.dissolution.kind))}
                    </Link>
                  </td>
                  <td>
                    <DateText value={cooperative.dissolution.openedOn} />
                  </td>
                  <td>
                    <Badge tone={cooperative.dissolution.stage === 'open' ? 'warn' : 'neutral'}>
                      {tx(labelOf(DISSOLUTION_STAGE_LABELS, cooperative.dissolution.stage))}
                    </Badge>
                  </td>
                  <td>{cooperative.dissolution.stepsDue.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="empty">{t('Không có thủ tục nào.', 'No case.')}</p>}
        </div>
      )}
    </section>
  );
}
