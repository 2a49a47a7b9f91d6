import type { Clock } from '../at-clock';
import type { SmsConcat, SmsMessage } from '../events';

/** How long parts of a concatenated SMS wait for their siblings before what arrived is delivered. */
export const CONCAT_TIMEOUT_MS = 5 * 60_000;

interface Pending {
  parts: Map<number, SmsMessage>;
  total: number;
  cancel: () => void;
}

/**
 * Reassembles concatenated SMS by (sender, reference, total). If a part never comes, the parts that did
 * are delivered after CONCAT_TIMEOUT_MS (with "…" where text is missing) rather than silently dropped.
 */
export class ConcatAssembler {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly clock: Clock,
    private readonly deliver: (message: SmsMessage) => void,
  ) {}

  add(message: SmsMessage, concat: SmsConcat): void {
    const key = `${message.from}|${concat.ref}|${concat.total}`;
    let entry = this.pending.get(key);
    if (!entry) {
      const created: Pending = { parts: new Map(), total: concat.total, cancel: () => undefined };
      created.cancel = this.clock.setTimer(CONCAT_TIMEOUT_MS, () => this.flush(key));
      this.pending.set(key, created);
      entry = created;
    }
    entry.parts.set(concat.part, message);
    if (entry.parts.size >= entry.total) this.flush(key);
  }

  private flush(key: string): void {
    const entry = this.pending.get(key);
    if (!entry) return;
    entry.cancel();
    this.pending.delete(key);
    const texts: string[] = [];
    for (let part = 1; part <= entry.total; part++) texts.push(entry.parts.get(part)?.text ?? '…');
    const first = entry.parts.get(1) ?? [...entry.parts.values()][0];
    if (first) this.deliver({ ...first, text: texts.join('') });
  }
}
