// A workstation profile: what the setup wizard learned, exported from one desk and imported on the next.
// Secrets are never part of it; the import says which ones must be entered again.
import { z } from 'zod';
import { Settings } from './settings-schema';

export const PROFILE_FORMAT = 'dialdeck-profile';

export const Profile = z.object({
  format: z.literal(PROFILE_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  settings: Settings,
});
export type Profile = z.infer<typeof Profile>;

export function makeProfile(settings: Settings, now: Date): Profile {
  // the new desk still has its own first-run wizard to confirm the hardware
  return { format: PROFILE_FORMAT, version: 1, exportedAt: now.toISOString(), settings: { ...settings, ui: { ...settings.ui, setupCompleted: false } } };
}

/** The secret-store keys a profile's settings refer to. */
export function secretsReferenced(settings: Settings): string[] {
  return [...settings.sip.accounts.map((a) => `sip:${a.id}`), ...(settings.binding.keyId ? [`binding:${settings.binding.keyId}`] : [])];
}

export function parseProfile(text: string): { ok: true; profile: Profile } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not a JSON file' };
  }
  if ((raw as { format?: unknown })?.format !== PROFILE_FORMAT) return { ok: false, reason: 'not a Dialdeck profile' };
  const parsed = Profile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `${issue.path.join('.') || 'profile'}: ${issue.message}` };
  }
  return { ok: true, profile: parsed.data };
}
