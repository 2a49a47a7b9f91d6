// The virtualised contact list: only the visible rows exist in the DOM, pages are fetched as they come
// into view. Keyboard: ↑/↓, PageUp/PageDown, Home/End move; Enter opens the card.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactPages } from './use-contact-pages';
import { ContactRow } from './contact-row';

const ROW_HEIGHT = 32;
/** Chromium stops laying out elements taller than ~33.5M px; 1,031,250 rows of 32 px fit. */
const MAX_ROWS = Math.floor(33_000_000 / ROW_HEIGHT);

export function ContactList({ pages, openId, onOpen }: { pages: ContactPages; openId: number | null; onOpen(id: number): void }) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const count = Math.min(pages.rowCount, MAX_ROWS);
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { want } = pages;

  useEffect(() => {
    if (count > 0) want(first, last);
  }, [want, first, last, count]);
  useEffect(() => {
    if (count > 0) setActive((a) => Math.min(a, count - 1));
  }, [count]);

  const move = (to: number) => {
    const next = Math.max(0, Math.min(count - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const open = (index: number) => {
    const contact = pages.row(index);
    if (contact) onOpen(contact.id);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: count - 1 };
    if (e.key in moves) {
      e.preventDefault();
      move(moves[e.key]!);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(active);
    }
  };

  return (
    <div className="contact-list">
      {/* the columns' classes match the rows' (contact-row.tsx): a narrow list hides the same ones */}
      <div className="contact-row contact-head" aria-hidden="true">
        <span className="c-name">{t('contacts.col.name')}</span>
        <span className="c-phone">{t('contacts.col.phone')}</span>
        <span className="c-company">{t('contacts.col.company')}</span>
        <span className="c-tags">{t('contacts.col.tags')}</span>
        <span className="c-outcome">{t('contacts.col.outcome')}</span>
        <span className="c-follow">{t('contacts.col.followUp')}</span>
      </div>
      <div
        ref={scroller}
        className="contact-scroller"
        role="listbox"
        tabIndex={0}
        aria-label={t('contacts.listLabel')}
        aria-activedescendant={count > 0 ? `contact-row-${active}` : undefined}
        onKeyDown={onKeyDown}
        data-testid="contact-list"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const contact = pages.row(item.index);
            return (
              <ContactRow
                key={item.key}
                contact={contact}
                index={item.index}
                setSize={count}
                top={item.start}
                active={item.index === active}
                selected={contact !== undefined && contact.id === openId}
                onPick={(i) => {
                  setActive(i);
                  open(i);
                }}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
