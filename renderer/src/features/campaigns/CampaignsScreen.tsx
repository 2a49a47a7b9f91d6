import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../app/EmptyState';

export function CampaignsScreen() {
  const { t } = useTranslation();
  return <EmptyState title={t('campaigns.title')} message={t('campaigns.empty')} hint={t('campaigns.emptyHint')} />;
}
