// The headset that answers and hangs up: the active one by name, or how many are connected.
import { useTranslation } from 'react-i18next';
import { useApp } from '../../../ui-shared/app-store';

export function HeadsetStatus() {
  const { t } = useTranslation();
  const headsets = useApp((s) => s.devices?.headsets);
  const active = headsets?.find((h) => h.active);
  const text = active ? active.name : headsets?.length ? t('status.headsetCount', { count: headsets.length }) : t('status.headsetNone');
  // the devices process's reason is English for the log: the agent reads the status in their language
  const problem = active && active.status !== 'ok' ? t(`status.headsetProblem.${active.status}`) : undefined;
  return (
    <span data-testid="status-headset" className={problem ? 'tone-bad' : undefined} title={problem}>
      {t('status.headset')}{t('punctuation.colon')}
      {active ? <span translate="no">{text}</span> : text}
      {problem && <span className="sr-only">{t('punctuation.colon')}{problem}</span>}
    </span>
  );
}
