import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../app/EmptyState';

export function ContactsScreen() {
  const { t } = useTranslation();
  return <EmptyState title={t('contacts.title')} message={t('contacts.empty')} hint={t('contacts.emptyHint')} />;
}
