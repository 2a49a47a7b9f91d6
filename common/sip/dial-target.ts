// Turns whatever the agent typed or pasted into a dial box into a structured target, or a clear
// refusal. It is the only door from free text to a Request-URI, so it is an allowlist: anything
// that could end a header or start a parameter (CR/LF, ; ? < > " , % \ …) never gets through.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { SipMessage } from './messages';

export type DialTarget =
  /** Digits for the account's domain; may start with + (then E.164) and contain * and #. */
  | { readonly kind: 'number'; readonly user: string }
  /** A bare SIP user name for the account's domain, e.g. "bob". */
  | { readonly kind: 'user'; readonly user: string }
  | { readonly kind: 'uri'; readonly scheme: 'sip' | 'sips'; readonly user: string; readonly host: string; readonly port?: number };

export type DialResult = { readonly ok: true; readonly target: DialTarget } | { readonly ok: false; readonly error: SipMessage };

const maxLength = 256;
/** Characters a dial string may contain at all; everything else is named back to the agent. */
const allowedChar = /[A-Za-z0-9 ._~+*#()\-:@[\]]/;
/** Visual separators people type inside phone numbers. */
const separators = /[ .()-]/g;
const numberPattern = /^\+?[0-9*#]{1,32}$/;
const userPattern = /^[A-Za-z0-9._~+*#-]{1,64}$/;
const hostLabel = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const hostnamePattern = new RegExp(`^(?=.{1,253}$)${hostLabel}(?:\\.${hostLabel})*$`);
const ipv4Pattern = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
const ipv6Pattern = /^\[[0-9A-Fa-f:.]{2,45}\]$/;

const fail = (error: SipMessage): DialResult => ({ ok: false, error });

/** Shows invisible characters as code points so the message is readable. */
function describeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return code > 0x20 && code !== 0x7f ? `"${char}" (${hex})` : hex;
}

export function parseDialTarget(input: string): DialResult {
  const text = input.trim();
  if (text === '') return fail({ key: 'dial.empty' });
  if (text.length > maxLength) return fail({ key: 'dial.tooLong' });
  for (const char of text) {
    if (!allowedChar.test(char)) return fail({ key: 'dial.forbiddenCharacter', params: { char: describeChar(char) } });
  }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text)?.[1]?.toLowerCase();
  if (scheme !== undefined && !text.includes('@') && scheme !== 'sip' && scheme !== 'sips') {
    // "tel:" and friends, but also "host:port" without a user, which we cannot route either
    return fail({ key: 'dial.unsupportedScheme' });
  }
  if (scheme !== undefined || text.includes('@')) return parseUri(text, scheme);
  return parseBare(text);
}

function parseBare(text: string): DialResult {
  const digits = text.replace(separators, '');
  if (numberPattern.test(digits)) {
    if (!digits.startsWith('+')) return { ok: true, target: { kind: 'number', user: digits } };
    const phone = parsePhoneNumberFromString(digits);
    if (phone === undefined || !phone.isValid()) return fail({ key: 'dial.invalidNumber' });
    return { ok: true, target: { kind: 'number', user: phone.number } };
  }
  if (/^[+0-9*#\s.()-]+$/.test(text)) return fail({ key: 'dial.invalidNumber' });
  if (!userPattern.test(text)) return fail({ key: 'dial.invalidUser' });
  return { ok: true, target: { kind: 'user', user: text } };
}

function parseUri(text: string, scheme: string | undefined): DialResult {
  if (scheme !== undefined && scheme !== 'sip' && scheme !== 'sips') return fail({ key: 'dial.unsupportedScheme' });
  const rest = scheme === undefined ? text : text.slice(scheme.length + 1);
  const at = rest.lastIndexOf('@');
  const user = rest.slice(0, at);
  const hostPort = rest.slice(at + 1);
  if (at < 0 || !userPattern.test(user)) return fail({ key: 'dial.invalidUser' });
  const match = /^(\[[^\]]*\]|[^:]+)(?::(\d{1,5}))?$/.exec(hostPort);
  const host = match?.[1];
  const port = match?.[2] === undefined ? undefined : Number(match[2]);
  if (host === undefined || !(hostnamePattern.test(host) || ipv4Pattern.test(host) || ipv6Pattern.test(host))) {
    return fail({ key: 'dial.invalidHost' });
  }
  if (port !== undefined && (port < 1 || port > 65535)) return fail({ key: 'dial.invalidHost' });
  const sipScheme = scheme === 'sips' ? 'sips' : 'sip';
  return { ok: true, target: { kind: 'uri', scheme: sipScheme, user, host, ...(port === undefined ? {} : { port }) } };
}
