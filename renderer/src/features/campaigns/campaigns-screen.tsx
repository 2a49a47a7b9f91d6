// Campaigns: the list and editor while no session runs; the run screen (state bar, lead card, call,
// wrap-up) once the agent started one. The compliance trail has its own tab.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditView } from './audit-view';
import { CampaignEditor } from './campaign-editor';
import { CampaignList } from './campaign-list';
import { RunScreen } from './run-screen';
import { resumeSession, useCampaignRun, wireCampaignRun } from './campaign-run';
import './campaigns.css';

type View = { kind: 'list' } | { kind: 'edit'; id: string | null } | { kind: 'audit' };

export function CampaignsScreen() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>({ kind: 'list' });
  const running = useCampaignRun((s) => s.status?.campaignId != null && s.campaign !== null);
  useEffect(() => {
    wireCampaignRun();
    void resumeSession().catch(() => undefined);
  }, []);
  if (running) return <RunScreen />;
  return (
    <section className="screen campaigns-screen" data-testid="campaigns-screen">
      <h1>{t('campaigns.title')}</h1>
      <div role="tablist" className="tabs" aria-label={t('campaign.views')}>
        {(['list', 'audit'] as const).map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={view.kind === v || (v === 'list' && view.kind === 'edit')}
            onClick={() => setView({ kind: v })}
            data-testid={`campaigns-tab-${v}`}
          >
            {t(`campaign.tab.${v}`)}
          </button>
        ))}
      </div>
      {view.kind === 'list' && <CampaignList onEdit={(id) => setView({ kind: 'edit', id })} />}
      {view.kind === 'edit' && <CampaignEditor id={view.id} onDone={() => setView({ kind: 'list' })} />}
      {view.kind === 'audit' && <AuditView />}
    </section>
  );
}
