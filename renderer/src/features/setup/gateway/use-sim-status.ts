import { useEffect, useState } from 'react';
import { getBridge } from '../../../platform/page-bridge';

/** The SIM state each line last reported (gateway:event simStatus) while the step is open. */
export function useSimStatus(): Readonly<Record<string, string>> {
  const [sims, setSims] = useState<Record<string, string>>({});
  useEffect(
    () =>
      getBridge().api.gateway.onEvent(({ lineId, event }) => {
        if (event.type === 'simStatus' && typeof event.status === 'string') setSims((s) => ({ ...s, [lineId]: event.status as string }));
      }),
    [],
  );
  return sims;
}
