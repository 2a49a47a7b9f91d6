// Keeps one shadow payload per output report and rebuilds each report whole, because writing a report
// with only one bit set clears every other LED sharing it (Jitsi's bug). Plantronics gives each LED its
// own report, so one state change can mean several writes: one per report that changed, never more.
import { writeBits } from './report-bits';
import type { OutputRole, TelephonyControl, TelephonyMap } from './telephony-map';

export type LedState = Readonly<Partial<Record<OutputRole, boolean>>>;

export class OutputEncoder {
  private readonly controls: TelephonyControl<OutputRole>[];
  /** Shadow per output report ID (scoped by direction: input report 1 and output report 1 are unrelated). */
  private readonly shadow = new Map<number, Uint8Array>();

  constructor(map: TelephonyMap) {
    this.controls = map.outputs.filter((c) => c.role !== null);
    for (const c of this.controls) {
      if (!this.shadow.has(c.reportId)) this.shadow.set(c.reportId, new Uint8Array(map.outputReportBytes.get(c.reportId) ?? 0));
    }
  }

  /** The reports whose content differs from what was last written, each as [reportId, ...payload]. */
  update(leds: LedState): Uint8Array[] {
    const changed: Uint8Array[] = [];
    for (const [reportId, current] of this.shadow) {
      const next = this.build(reportId, current, leds);
      if (!sameBytes(next, current)) {
        this.shadow.set(reportId, next);
        changed.push(frame(reportId, next));
      }
    }
    return changed;
  }

  /** Every report that carries a call LED, as last built: for reconnect and resume from sleep. */
  all(): Uint8Array[] {
    return [...this.shadow].map(([reportId, payload]) => frame(reportId, payload));
  }

  private build(reportId: number, current: Uint8Array, leds: LedState): Uint8Array {
    const next = Uint8Array.from(current);
    for (const c of this.controls) {
      if (c.reportId !== reportId) continue;
      const on = c.logicalMin <= 1 && c.logicalMax >= 1 ? 1 : c.logicalMax;
      writeBits(next, c.bitOffset, c.bitSize, leds[c.role!] ? on : 0);
    }
    return next;
  }
}

/** node-hid wants the report ID first, or 0x00 for a device without numbered reports. */
function frame(reportId: number, payload: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(payload.length + 1);
  bytes[0] = reportId;
  bytes.set(payload, 1);
  return bytes;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
