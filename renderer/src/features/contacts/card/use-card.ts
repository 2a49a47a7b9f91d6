// Loads one contact's card and runs edits; every crm.* edit answers with the fresh card.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactCard } from '../../../../../common/crm';
import { crm } from '../parts/crm-api';
import { errorText } from '../../../ui-shared/error-text';

export interface CardState {
  card?: ContactCard;
  error?: string;
  busy: boolean;
  /** Runs an edit; resolves true when it succeeded (forms clear themselves then). */
  edit(call: () => Promise<ContactCard>, context: string): Promise<boolean>;
}

export function useCard(id: number, onEdited: () => void): CardState {
  const { t } = useTranslation();
  const [card, setCard] = useState<ContactCard>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    setCard(undefined);
    setError(undefined);
    crm.contact({ id }).then(
      (c) => live && setCard(c),
      (e: unknown) => live && setError(errorText(t, e, 'contacts.card.loadFailed')),
    );
    return () => {
      live = false;
    };
  }, [id, t]);

  const edit = useCallback(
    async (call: () => Promise<ContactCard>, context: string) => {
      setBusy(true);
      setError(undefined);
      try {
        setCard(await call());
        onEdited();
        return true;
      } catch (e) {
        setError(errorText(t, e, context));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [onEdited, t],
  );

  return { card, error, busy, edit };
}
