import { useTranslation } from 'react-i18next';
import type { ProofId } from './wizard-store';
import { ProofRow } from './proof-row';

// The step's proofs as a live region, so a screen reader hears each one turn green or red.
export function ProofList({ items, hints = {} }: { items: readonly ProofId[]; hints?: Partial<Record<ProofId, string>> }) {
  const { t } = useTranslation();
  return (
    <ul className="proofs" aria-live="polite" aria-label={t('wizard.proofsLabel')}>
      {items.map((p) => (
        <ProofRow key={p} proof={p} {...(hints[p] ? { hint: hints[p] } : {})} />
      ))}
    </ul>
  );
}
