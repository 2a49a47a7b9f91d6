// A blocked dial in words: the rule with its parameters, and when the same dial becomes possible.
import { useTranslation } from 'react-i18next';
import type { BlockedVerdict } from '../../../../common/compliance/verdict';
import { formatDateTime } from '../../i18n/date-time';

export function ComplianceReason({ verdict }: { verdict: BlockedVerdict }) {
  const { t, i18n } = useTranslation();
  const detail = Object.fromEntries(
    Object.entries(verdict.detail).map(([k, v]) => [k, k === 'dncReason' ? t(`compliance.dncReasons.${String(v)}`, { defaultValue: String(v) }) : v]),
  );
  return (
    <span data-testid="compliance-reason" data-rule={verdict.rule}>
      {t(verdict.reasonKey, detail)}
      {' · '}
      {verdict.retryAt === null ? t('compliance.never') : t('compliance.retryAt', { time: formatDateTime(verdict.retryAt, i18n.language) })}
    </span>
  );
}
