// The lead on offer: who, which numbers (masked when the campaign masks), why now, Dial / Skip.
import { useTranslation } from 'react-i18next';
import type { LeadOffer } from '../../../../common/campaign/dto';
import { shownNumber } from '../../ui-shared/format-phone';
import { dial, skip, useCampaignRun } from './campaign-run';

export function LeadCard({ offer }: { offer: LeadOffer }) {
  const { t } = useTranslation();
  const state = useCampaignRun((s) => s.status?.snapshot.state);
  const mode = useCampaignRun((s) => s.campaign?.mode);
  const busy = useCampaignRun((s) => s.busy);
  const canDecide = state === 'previewing';
  return (
    <article className="lead-card" aria-labelledby="lead-name" data-testid="lead-card" data-contact={offer.contactId}>
      <header className="card-head">
        <h2 id="lead-name" data-testid="lead-name">
          {offer.name || t('campaign.noName')}
        </h2>
        {offer.company && <span className="card-company">{offer.company}</span>}
        <span className="badge" data-testid="lead-reason">
          {t(`campaign.leadReason.${offer.reason}`)}
        </span>
      </header>
      <ul className="lead-numbers plain-list">
        {offer.numbers.map((n) => (
          <li key={n.phoneIndex} className={n.phoneIndex === offer.phoneIndex ? 'lead-number chosen' : 'lead-number'} data-testid={`lead-number-${n.phoneIndex}`}>
            <span className="lead-digits" data-testid="lead-digits">
              {shownNumber(n.display, offer.masked)}
            </span>{' '}
            <span className="muted">{t(`campaign.phoneKind.${n.kind}`, { defaultValue: n.kind })}</span>
            {n.attempts > 0 && (
              <span className="muted">
                {' '}
                · {t('campaign.numberAttempts', { count: n.attempts })}
                {n.lastOutcome && ` · ${t(`campaign.outcome.${n.lastOutcome}`)}`}
              </span>
            )}
            {n.phoneIndex === offer.phoneIndex && <span className="sr-only"> {t('campaign.toDial')}</span>}
          </li>
        ))}
      </ul>
      {(offer.extra.length > 0 || offer.notes.length > 0) && (
        <dl className="card-facts lead-facts" data-testid="lead-facts">
          {offer.extra.map(([header, value]) => (
            <div key={header} className="fact">
              <dt>{header}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          {offer.notes.length > 0 && (
            <div className="fact">
              <dt>{t('campaign.leadNotes')}</dt>
              <dd>
                <ul className="plain-list" data-testid="lead-notes">
                  {offer.notes.map((note, i) => (
                    <li key={i}>{note}</li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      )}
      {mode === 'preview' && (
        <div className="form-actions">
          <button type="button" className="call-action call-action-go" onClick={() => void dial()} disabled={!canDecide || busy} aria-keyshortcuts="D Enter" data-testid="lead-dial">
            {t('campaign.dial')} <kbd>D</kbd>
          </button>
          <button type="button" onClick={() => void skip()} disabled={!canDecide || busy} aria-keyshortcuts="S" data-testid="lead-skip">
            {t('campaign.skip')} <kbd>S</kbd>
          </button>
        </div>
      )}
      {mode === 'power' && state === 'reserved' && <p className="muted">{t('campaign.powerDialing')}</p>}
    </article>
  );
}
