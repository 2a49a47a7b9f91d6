// What one SIP account is, validated at the edge so the phone engine never sees a half-formed one.
import { z } from 'zod';
import { msg, ValidationError } from '../validation/issue-text';

const safeText = z.string().max(128).regex(/^[^\r\n\0"<>\\]*$/, msg('safeText'));
const sipToken = z.string().min(1).max(64).regex(/^[A-Za-z0-9._~+*#-]+$/, msg('sipToken'));
const host = z.string().min(1).max(253).regex(/^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/, msg('host'));

export const codecSchema = z.enum(['opus', 'G722', 'PCMU', 'PCMA']);
export type Codec = z.infer<typeof codecSchema>;

export const iceServerSchema = z.object({
  urls: z.union([z.string().max(512), z.array(z.string().max(512)).min(1).max(10)]).refine(
    (urls) => [urls].flat().every((url) => /^(stun|turns?):[^\s]+$/.test(url)),
    msg('iceServerUrl'),
  ),
  username: z.string().max(256).optional(),
  credential: z.string().max(256).optional(),
});

export const sipAccountSchema = z
  .object({
    id: z.string().min(1).max(64),
    /** WebSocket URL of the SIP server (SIP over WebSocket, RFC 7118). */
    server: z.url({ protocol: /^wss?$/, error: msg('sipServerUrl') }).max(2048),
    user: sipToken,
    domain: host,
    authUser: sipToken.optional(),
    password: z.string().max(256).optional(),
    /** MD5(user:realm:password), for deployments that never hand out the clear password. */
    ha1: z.string().regex(/^[0-9a-f]{32}$/i, msg('ha1')).optional(),
    displayName: safeText.optional(),
    /** SIP URI of an outbound proxy, sent as a pre-loaded Route. */
    outboundProxy: z.string().max(512).regex(/^sips?:[A-Za-z0-9.\-[\]:]+(;lr)?$/, msg('outboundProxy')).optional(),
    iceServers: z.array(iceServerSchema).max(10).default([]),
    codecs: z.array(codecSchema).min(1).max(4).default(['opus', 'G722', 'PCMU', 'PCMA']),
    dtmfMode: z.enum(['rfc4733', 'info']).default('rfc4733'),
    registerExpiresS: z.number().int().min(60).max(3600).default(300),
  })
  .refine((a) => !(a.password !== undefined && a.ha1 !== undefined), {
    message: msg('passwordOrHa1'),
    path: ['ha1'],
  });

export type SipAccountInput = z.input<typeof sipAccountSchema>;
export type SipAccount = z.output<typeof sipAccountSchema>;

export function parseSipAccount(input: unknown): SipAccount {
  const result = sipAccountSchema.safeParse(input);
  if (!result.success) throw new ValidationError('Invalid SIP account', result.error.issues);
  return result.data;
}
