// The three views of the Contacts screen as an ARIA tablist (←/→/Home/End move between tabs).
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

export const CONTACT_VIEWS = ['list', 'import', 'dnc'] as const;
export type ContactView = (typeof CONTACT_VIEWS)[number];

export function ContactsTabs({ view, onChange }: { view: ContactView; onChange(view: ContactView): void }) {
  const { t } = useTranslation();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: React.KeyboardEvent, i: number) => {
    const n = CONTACT_VIEWS.length;
    const to = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    onChange(CONTACT_VIEWS[to]!);
    refs.current[to]?.focus();
  };
  return (
    <div role="tablist" className="tabs" aria-label={t('contacts.views')}>
      {CONTACT_VIEWS.map((v, i) => (
        <button
          key={v}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`contacts-tab-${v}`}
          aria-selected={v === view}
          aria-controls={`contacts-panel-${v}`}
          tabIndex={v === view ? 0 : -1}
          onClick={() => onChange(v)}
          onKeyDown={(e) => onKeyDown(e, i)}
          data-testid={`contacts-tab-${v}`}
        >
          {t(`contacts.tab.${v}`)}
        </button>
      ))}
    </div>
  );
}
