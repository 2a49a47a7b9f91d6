import { useTranslation } from 'react-i18next';
import type { HeadsetInfo } from '../../../../../common/hid/headset-api';
import { useApp } from '../../../ui-shared/app-store';

const hex = (n: number) => n.toString(16).padStart(4, '0');

// The telephony headsets the devices process sees, with what their descriptor says they can do.
export function HeadsetList() {
  const { t } = useTranslation();
  const devices = useApp((s) => s.devices);
  const headsets = devices?.headsets ?? [];
  const running = devices?.process === 'running';

  if (headsets.length === 0) {
    return (
      <p className="muted" data-testid="wizard-no-headset">
        {running ? t('wizard.headset.none') : t('wizard.headset.waiting')}
      </p>
    );
  }
  return (
    <ul className="wizard-cards" data-testid="wizard-headsets">
      {headsets.map((h) => (
        <HeadsetCard key={h.id} headset={h} />
      ))}
    </ul>
  );
}

function HeadsetCard({ headset: h }: { headset: HeadsetInfo }) {
  const { t } = useTranslation();
  const roles = (list: string[]) => (list.length ? list.map((r) => t(`wizard.role.${r}`, { defaultValue: r })).join(t('punctuation.listSeparator')) : t('wizard.headset.noRoles'));
  return (
    <li className={`wizard-card status-${h.status}`}>
      <strong translate="no">{h.name}</strong> <span className="muted">{`${hex(h.vendorId)}:${hex(h.productId)}`}</span>
      {h.active && <span className="badge">{t('wizard.headset.active')}</span>}
      <div>
        {t('wizard.headset.status')}{t('punctuation.colon')}{t(`wizard.headsetStatus.${h.status}`)}
      </div>
      {h.problem && <div className="muted" data-testid="headset-problem">{t(`wizard.headsetProblem.${h.problem}`)}</div>}
      <div>
        {t('wizard.headset.inputs')}{t('punctuation.colon')}{roles(h.inputs)}
      </div>
      <div>
        {t('wizard.headset.outputs')}{t('punctuation.colon')}{roles(h.outputs)}
      </div>
    </li>
  );
}
