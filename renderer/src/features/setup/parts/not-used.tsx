import { useTranslation } from 'react-i18next';
import { record, type ProofId } from './wizard-store';

// For hardware a desk simply does not have: the installer says so, and the summary shows it in words.
export function NotUsed({ items }: { items: readonly ProofId[] }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="link-button" onClick={() => items.forEach((p) => record(p, 'skipped', t('wizard.notUsedDetail')))} data-testid="wizard-not-used">
      {t('wizard.notUsed')}
    </button>
  );
}
