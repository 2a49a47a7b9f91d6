// Chromium permissions for our window: audio capture (the softphone), notifications (incoming calls),
// speaker selection (setSinkId for headset/ringer routing). Everything else — video, geolocation, HID,
// serial, USB — is denied: devices are driven natively in the devices process.
import { isFromOrigin, type TrustedOrigin } from './trusted-origin';

export interface PermissionAsk {
  permission: string;
  /** details.securityOrigin ?? details.requestingUrl (request) or requestingOrigin (check) */
  origin: string | undefined;
  isMainFrame: boolean;
  /** request handler: details.mediaTypes; check handler: [details.mediaType] */
  mediaTypes?: ReadonlyArray<string | undefined>;
}

const grantedWithoutMedia = new Set(['notifications', 'speaker-selection', 'clipboard-sanitized-write']);

export function decidePermission(ask: PermissionAsk, origin: TrustedOrigin): boolean {
  if (!ask.isMainFrame || !isFromOrigin(ask.origin, origin)) return false;
  if (ask.permission === 'media') {
    const types = (ask.mediaTypes ?? []).filter((t): t is string => typeof t === 'string' && t !== '');
    return types.length > 0 && types.every((t) => t === 'audio');
  }
  return grantedWithoutMedia.has(ask.permission);
}
