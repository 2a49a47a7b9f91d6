// The zh-CN language check the screen walks share: what the page shows (not what the user typed, not
// device names marked translate="no") must hold no sentence in Latin script and no ASCII colon or comma
// in Chinese text. Proper nouns, protocol names, units and codes below may stand in Chinese text.
import type { Page } from '@playwright/test';

/** Words that may stand in Chinese text: product and protocol names, units and codes. */
export const ALLOWED = new Set([
  'Dialdeck', 'SIP', 'WebRTC', 'GSM', 'FXO', 'USB', 'HID', 'AT', 'SIM', 'IMEI', 'ICCID', 'DTMF', 'RFC', 'INFO', 'HA1', 'ICE', 'STUN', 'TURN',
  'CSV', 'XLSX', 'UTF', 'GBK', 'Excel', 'PDU', 'UCS2', 'DNC', 'AXB', 'ID', 'IP', 'URL', 'PBX', 'WebSocket', 'udev', 'Linux', 'Chromium', 'Electron',
  'Jabra', 'Poly', 'Plantronics', 'EPOS', 'Sennheiser', 'Yealink', 'Huawei', 'Quectel', 'SIMCom', 'Opus', 'opus', 'PCMU', 'PCMA', 'G722',
  'dBm', 'ms', 'kHz', 'Hz', 'dB', 'KB', 'MB', 'GB', 'CPU', 'npm', 'harness', 'sudo', 'pkexec', 'HTTPS', 'HTTP', 'JSON', 'LED', 'OK', 'Asia', 'Shanghai',
  'Alt', 'Ctrl', 'Shift', 'Enter', 'Esc', 'Tab', 'Space', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'F10', 'F11', 'F12', 'VAD',
]);

/** An ASCII colon or comma touching Chinese text (a URL's "://" is not one). */
const halfWidth = (text: string) =>
  [...text.matchAll(/[\u4e00-\u9fff）]\s*[:,]|[:,]\s*[\u4e00-\u9fff（]/g)].some((m) => !text.slice(Math.max(0, m.index - 12), m.index + 1).includes('//'));

/** A message key shown instead of its text (a key missing from the messages): campaign.outcome.notPlaced */
const NAMESPACES = 'app|audio|call|campaign|campaigns|compliance|contacts|dialer|dnc|errors|import|language|nav|phone|privacy|recent|screens|serialPorts|settings|setup|sipAccounts|stats|status|wizard|sip|dial|fields';
const KEY = new RegExp(`(?:^|[^\\w.@/-])((?:${NAMESPACES})(?:\\.[A-Za-z0-9_-]+)+)(?![\\w.@/-])`, 'g');
/** two segments after the namespace (wizard.step.sip) or a camelCase one (call.hintRetry); not a file name (stats.csv) */
const rawKey = (text: string) => [...text.matchAll(KEY)].some((m) => m[1]!.split('.').length > 2 || /[A-Z]/.test(m[1]!.split('.')[1]!));

/**
 * Whether a piece of zh-CN text is (or holds) an English sentence: three unknown Latin words, or an
 * English stop word, or half-width punctuation in Chinese text. `names` are words the user typed or
 * set up (a device's name, a campaign id) that may stand in it too.
 */
export function isLatinSentence(text: string, names: ReadonlySet<string> = new Set()): boolean {
  if (halfWidth(text) || rawKey(text)) return true;
  // addresses and codes are not words: wss://pbx.example.com:8089/ws, bob@pbx.example.com, summary.txt, .xlsx, UTF-8, 0b0e:0307
  const plain = text
    .replace(/[a-z][a-z0-9+.-]*:\/\/[^\s（），、]*/gi, ' ')
    .replace(/[\w.+-]+@[\w.-]+/g, ' ')
    .replace(/[\w-]*\.[A-Za-z0-9]{2,5}\b/g, ' ')
    .replace(/\b[A-Za-z]+-\d+\b/g, ' ')
    .replace(/\b\w*\d\w*\b/g, ' ');
  const words = (plain.match(/[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*/g) ?? []).filter((w) => !ALLOWED.has(w) && !names.has(w) && !/^[A-Z0-9]{2,}$/.test(w));
  // three unknown Latin words together, or an English stop word, is a sentence
  return words.length >= 3 || words.some((w) => /^(the|and|or|to|of|is|are|not|no|with|for|this|that|your|you|please|failed|error|cannot|could|was|be)$/i.test(w));
}

/**
 * The texts the page shows now that are English sentences. Text is read as a reader meets it: the pieces
 * of one line (a state, then ": " and its reason in their own elements) are joined up to the nearest
 * block, so punctuation between elements counts. What users typed and what the system names (inputs,
 * code, numbers, devices marked translate="no") stand as a gap; hidden elements are skipped, while
 * screen-reader-only text is read (it is UI text too).
 */
export async function latinSentences(page: Page): Promise<string[]> {
  const texts = await page.locator('body').evaluate((body) => {
    const lines = new Map<Element, string>();
    const blockOf = (el: Element): Element => {
      for (let e: Element | null = el; e && e !== body; e = e.parentElement) if (getComputedStyle(e).display !== 'inline') return e;
      return body;
    };
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !el.checkVisibility({ visibilityProperty: true })) continue;
      const block = blockOf(el);
      const typed = el.closest('input, textarea, code, kbd, .call-number, [translate="no"]');
      lines.set(block, (lines.get(block) ?? '') + (typed ? ' ' : (node.textContent ?? '')));
    }
    return [...lines.values()].map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  });
  return texts.filter((text) => isLatinSentence(text));
}
