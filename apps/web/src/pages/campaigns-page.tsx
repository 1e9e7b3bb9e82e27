import { useState, type FormEvent } from 'react';
import { api, callAs, idempotencyKey } from '../api/client';
import type { Campaign } from '../api/shapes';
import { DateInput } from '../components/date-input';
import { formatNumber } from '../format';
import { useI18n } from '../i18n';
import { CONVERSION_TARGET_LABELS } from '../labels';
import { can } from '../permissions';
import { Link, navigate } from '../router';
import { useUser } from '../session';
import { TerritoryOptions, useTerritories } from '../territories';
import { DateText, ErrorNotice, Field, LabelOptions, Loading, PageTitle, useAction, useLoad } from '../ui';

function OpenCampaignForm() {
  const { t } = useI18n();
  const user = useUser();
  const [name, setName] = useState('');
  const [territoryCode, setTerritoryCode] = useState(user.territoryCodes[0] ?? '');
  const [target, setTarget] = useState<Campaign['target']>('law-2023');
  const [followUpBy, setFollowUpBy] = useState('');
  const [key] = useState(idempotencyKey);
  const { busy, error, run } = useAction('leaves');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const campaign = await callAs<Campaign>(
        api.POST('/conversion-campaigns', {
          params: { header: { 'idempotency-key': key } },
          body: { name, territoryCode, target, ...(followUpBy ? { followUpBy } : {}) },
        }),
      );
      navigate(`/campaigns/${campaign.campaignId}`);
    });
  };
  return (
    <form
      className="panel"
      onSubmit={submit}
      aria-label={t('Mở đợt chuyển đổi', 'Open a conversion campaign')}
      noValidate
    >
      <h2>{t('Mở đợt chuyển đổi', 'Open a conversion campaign')}</h2>
      <ErrorNotice error={error} />
      <div className="form-grid">
        <Field label={t('Tên đợt', 'Name')} field="name" error={error} required>
          {(control) => <input {...control} value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <Field label={t('Địa bàn', 'Territory')} field="territoryCode" error={error} required>
          {(control) => (
            <select {...control} value={territoryCode} onChange={(event) => setTerritoryCode(event.target.value)}>
              <TerritoryOptions codes={user.territoryCodes} />
            </select>
          )}
        </Field>
        <Field label={t('Chuyển sang luật', 'Bring under')} field="target" error={error} required>
          {(control) => (
            <select
              {...control}
              value={target}
              onChange={(event) => setTarget(event.target.value as Campaign['target'])}
            >
              <LabelOptions labels={CONVERSION_TARGET_LABELS} />
            </select>
          )}
        </Field>
        <Field
          label={t('Theo dõi đến ngày', 'Follow up until')}
          field="followUpBy"
          error={error}
          hint={t(
            'dd/mm/yyyy. Để trống thì theo hạn của luật; nếu hạn đó đã qua, cơ quan đặt ngày của mình.',
            'dd/mm/yyyy. Empty: the legal deadline; once that has passed, the authority sets its own date.',
          )}
        >
          {(control) => <DateInput {...control} value={followUpBy} onChange={setFollowUpBy} />}
        </Field>
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('Mở đợt và ghi danh các hợp tác xã', 'Open it and enrol the cooperatives')}
      </button>
    </form>
  );
}

/** Conversion campaigns within reach: each territory's cohort brought under a newer law, and how far it got. */
export function CampaignsPage() {
  const { t, tx, lang } = useI18n();
  const user = useUser();
  const territories = useTerritories();
  const campaigns = useLoad(() => callAs<{ items: Campaign[] }>(api.GET('/conversion-campaigns')), []);
  const count = (campaign: Campaign, bucket: string) =>
    formatNumber(campaign.progress.find((entry) => entry.bucket === bucket)?.count ?? 0, lang);
  return (
    <section>
      <PageTitle>{t('Chuyển đổi theo luật mới', 'Conversion campaigns')}</PageTitle>
      {can.openCampaigns(user) && <OpenCampaignForm />}
      <ErrorNotice error={campaigns.error} />
      {campaigns.loading && !campaigns.data ? (
        <Loading />
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('Đợt', 'Campaign')}</th>
                <th scope="col">{t('Địa bàn', 'Territory')}</th>
                <th scope="col">{t('Luật', 'Law')}</th>
                <th scope="col">{t('Theo dõi đến', 'Follow up until')}</th>
                <th scope="col">{t('Ghi danh', 'Enrolled')}</th>
                <th scope="col">{t('Đã phù hợp', 'Conformed')}</th>
                <th scope="col">{t('Quá hạn', 'Overdue')}</th>
              </tr>
            </thead>
            <tbody>
              {(campaigns.data?.items ?? []).map((campaign) => (
                <tr key={campaign.campaignId}>
                  <td>
                    <Link to={`/campaigns/${campaign.campaignId}`}>{campaign.name}</Link>
                  </td>
                  <td>{territories.name(campaign.territoryCode)}</td>
                  <td>{tx(campaign.targetLabel)}</td>
                  <td>
                    <DateText value={campaign.followUpBy} />
                  </td>
                  <td>
                    {campaign.enrolled === null
                      ? t('đang ghi danh…', 'enrolling…')
                      : formatNumber(campaign.enrolled, lang)}
                  </td>
                  <td>{count(campaign, 'conformed')}</td>
                  <td>{count(campaign, 'overdue')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {campaigns.data?.items.length === 0 && (
            <p className="empty">{t('Chưa có đợt chuyển đổi nào.', 'No conversion campaign yet.')}</p>
          )}
        </div>
      )}
    </section>
  );
}
