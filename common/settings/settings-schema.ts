// User settings: validated on every read and write; unknown keys are dropped, missing ones defaulted,
// so an old or hand-edited file never crashes the app.
import { z } from 'zod';
import { BindingSettings } from './binding-settings';
import { GatewaySettings } from './gateways';
import { SipSettings } from './sip-accounts';

export const SETTINGS_VERSION = 1;

export const Language = z.enum(['system', 'zh-CN', 'en']);
export type Language = z.infer<typeof Language>;

const deviceId = z.string().max(256);

export const UiSettings = z.object({
  language: Language.default('system'),
  setupCompleted: z.boolean().default(false),
});

export const AudioSettings = z.object({
  microphoneId: deviceId.default('default'),
  speakerId: deviceId.default('default'),
  ringerIds: z.array(deviceId).max(4).default(['default']),
});

export const SecuritySettings = z.object({
  /**
   * Linux without a keyring only offers safeStorage's `basic_text` backend. Secrets are then refused
   * unless an administrator opts in here; nothing ever falls back to plaintext silently.
   */
  allowWeakSecretStorage: z.boolean().default(false),
});

export const Settings = z.object({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  ui: UiSettings.prefault({}),
  audio: AudioSettings.prefault({}),
  security: SecuritySettings.prefault({}),
  sip: SipSettings.prefault({}),
  binding: BindingSettings.prefault({}),
  gateways: GatewaySettings.prefault({}),
});
export type Settings = z.infer<typeof Settings>;

/**
 * A section's fields, each optional and WITHOUT its default: zod 4 fills defaults inside `.partial()`,
 * so `{ui: {language: 'en'}}` would otherwise reset every other ui field to its default.
 */
function patchOf<Shape extends z.ZodRawShape>(section: z.ZodObject<Shape>) {
  const fields = Object.fromEntries(
    Object.entries(section.shape).map(([key, field]) => {
      const bare = field instanceof z.ZodDefault || field instanceof z.ZodPrefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
      return [key, bare.optional()];
    }),
  ) as { [K in keyof Shape]: z.ZodOptional<z.ZodType<z.output<Shape[K]>, z.input<Shape[K]>>> };
  return z.object(fields).strict();
}

export const SettingsPatch = z
  .object({
    ui: patchOf(UiSettings).optional(),
    audio: patchOf(AudioSettings).optional(),
    security: patchOf(SecuritySettings).optional(),
    /** the whole account list is replaced: accounts are edited as a unit */
    sip: SipSettings.optional(),
    binding: patchOf(BindingSettings).optional(),
    /** each list is replaced as a whole */
    gateways: patchOf(GatewaySettings).optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const defaultSettings = (): Settings => Settings.parse({});

/** Replaces every section at once (profile import); the version stays this app's. */
export function settingsFrom(next: Settings): SettingsPatch {
  return { ui: next.ui, audio: next.audio, security: next.security, sip: next.sip, binding: next.binding, gateways: next.gateways };
}

/** Applies a validated patch section by section; the result is validated again by the caller's store. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return Settings.parse({
    ...current,
    ui: { ...current.ui, ...patch.ui },
    audio: { ...current.audio, ...patch.audio },
    security: { ...current.security, ...patch.security },
    sip: patch.sip ?? current.sip,
    binding: { ...current.binding, ...patch.binding },
    gateways: { ...current.gateways, ...patch.gateways },
  });
}
