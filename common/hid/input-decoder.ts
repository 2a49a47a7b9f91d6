// Turns raw input reports into DeviceEvents by comparing each mapped control with its previous value.
// The baseline is "all released": devices report only on change, and the very first report of a session
// is often the press itself (WICG/webhid #61: answer arrives as the first report [1, 0]).
import { readBits, readSigned } from './report-bits';
import { PHONE_KEY_DIGITS, U } from './usages';
import type { DeviceEvent, PressControl } from './device-events';
import type { InputRole, TelephonyControl, TelephonyMap } from './telephony-map';

const PRESS_ROLES: Readonly<Partial<Record<InputRole, PressControl>>> = {
  phoneMute: 'phoneMute', flash: 'flash', redial: 'redial', drop: 'drop', speedDial: 'speedDial', reject: 'reject',
};

export class InputDecoder {
  private readonly byReport = new Map<number, TelephonyControl<InputRole>[]>();
  private readonly previous = new Map<TelephonyControl<InputRole>, number>();

  constructor(private readonly map: TelephonyMap) {
    for (const control of map.inputs) {
      if (control.role === null) continue;
      const list = this.byReport.get(control.reportId) ?? [];
      list.push(control);
      this.byReport.set(control.reportId, list);
    }
  }

  /** `report` as node-hid delivers it: report ID first when the device numbers its reports. */
  decode(report: Uint8Array): DeviceEvent[] {
    const reportId = this.map.usesReportIds ? report[0] : 0;
    const controls = reportId === undefined ? undefined : this.byReport.get(reportId);
    if (!controls) return []; // vendor mirrors and other collections: another app's business
    const payload = this.map.usesReportIds ? report.subarray(1) : report;
    const events: DeviceEvent[] = [];
    for (const control of controls) {
      const value = control.logicalMin < 0
        ? readSigned(payload, control.bitOffset, control.bitSize)
        : readBits(payload, control.bitOffset, control.bitSize);
      const before = this.previous.get(control) ?? 0;
      this.previous.set(control, value);
      if (value !== before) {
        const event = eventFor(control, before, value);
        if (event) events.push(event);
      }
    }
    return events;
  }
}

function eventFor(control: TelephonyControl<InputRole>, before: number, value: number): DeviceEvent | null {
  const role = control.role!;
  if (role === 'hookSwitch') {
    // -1..1 "on/off buttons": the sign says which; a 0..1 relative control is a toggle request.
    if (control.logicalMin < 0) return value === 0 ? null : { kind: 'hook', offHook: value > 0 };
    if (control.relative) return before === 0 ? { kind: 'hookToggle' } : null;
    return { kind: 'hook', offHook: value !== 0 };
  }
  if (role === 'lineBusy') return { kind: 'lineBusy', busy: value !== 0 };
  if (role === 'keypad') {
    const usage = arrayUsage(control, value);
    return usage === undefined ? null : { kind: 'keypad', digit: PHONE_KEY_DIGITS[usage - U.phoneKey0] ?? '?' };
  }
  const pressed = PRESS_ROLES[role];
  if (!pressed || before !== 0) return null; // presses act on the rising edge only
  if (control.usage === null && arrayUsage(control, value) === undefined) return null;
  return { kind: 'press', control: pressed };
}

/**
 * Array value to usage. 0 means "nothing pressed" even where Logical Minimum is 0, as gonnect reads
 * the Jabra/Yealink keypad (1 = "0" … 12 = "#"): every real array idles at 0, so 0 cannot be a key.
 */
function arrayUsage(control: TelephonyControl<InputRole>, value: number): number | undefined {
  if (value <= 0) return undefined;
  return control.arrayUsages[value - 1];
}
