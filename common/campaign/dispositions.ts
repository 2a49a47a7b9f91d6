import { z } from 'zod';
import { msg } from '../validation/issue-text';

/**
 * What a disposition does to the lead, beyond being a label:
 * retry → recycle the number per the campaign's rules; callback → a callback record drives the next
 * dial; complete → the contact is done; refused → never call this contact again (compliance also
 * blocks the number); badNumber → this number is dead, try the contact's next one.
 */
export const DispositionEffect = z.enum(['retry', 'callback', 'complete', 'refused', 'badNumber']);
export type DispositionEffect = z.infer<typeof DispositionEffect>;

export const Disposition = z.object({
  code: z.string().max(32).regex(/^[A-Za-z0-9_-]{1,32}$/, msg('dispositionCode')),
  label: z.string().trim().min(1).max(64),
  /** Digit key 1–9 that picks it during wrap-up (keyboard-first agents never touch the mouse). */
  hotkey: z.number().int().min(1).max(9).nullable(),
  effect: DispositionEffect,
});
export type Disposition = z.infer<typeof Disposition>;

function duplicates<T>(values: readonly T[]): T[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

export const DispositionList = z
  .array(Disposition)
  .min(1)
  .max(30)
  .superRefine((list, ctx) => {
    for (const code of duplicates(list.map((d) => d.code))) ctx.addIssue({ code: 'custom', message: msg('dispositionTwice'), path: [list.findLastIndex((d) => d.code === code), 'code'] });
    const hotkeys = list.map((d) => d.hotkey).filter((key): key is number => key !== null);
    for (const key of duplicates(hotkeys)) ctx.addIssue({ code: 'custom', message: `hotkey ${key} is assigned twice` });
  });

/** The disposition a digit key selects, if any. */
export function dispositionForHotkey(list: readonly Disposition[], key: string): Disposition | undefined {
  if (!/^[1-9]$/.test(key)) return undefined;
  return list.find((d) => d.hotkey === Number(key));
}

/** The disposition snapshot stored on an attempt: the effect is kept so later config edits cannot rewrite history. */
export const AttemptDisposition = Disposition.pick({ code: true, effect: true });
export type AttemptDisposition = z.infer<typeof AttemptDisposition>;
