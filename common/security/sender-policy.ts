// Which IPC callers main answers: our own page, in the top frame. Modelled on VS Code's validatedIpcMain.
import { isFromOrigin, type TrustedOrigin } from './trusted-origin';

export interface SenderInfo {
  /** URL of the frame that sent the message (Electron: event.senderFrame.url) */
  url: string | undefined;
  /** true only for the top-level frame (Electron: senderFrame.parent === null) */
  isMainFrame: boolean;
}

export type SenderVerdict = { trusted: true } | { trusted: false; reason: string };

export function checkSender(sender: SenderInfo, origin: TrustedOrigin): SenderVerdict {
  if (!sender.isMainFrame) return { trusted: false, reason: 'subframe' };
  if (!isFromOrigin(sender.url, origin)) return { trusted: false, reason: 'foreign origin' };
  return { trusted: true };
}
