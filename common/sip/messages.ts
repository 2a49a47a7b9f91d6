// Human text for every SIP-layer message key, in the two locales the product ships.
// Keys are stable (the UI may use its own i18n); the text here is the fallback.

export type Locale = 'en' | 'zh-CN';

export const sipMessages = {
  'dial.empty': { en: 'Enter a number or SIP address.', 'zh-CN': '请输入号码或 SIP 地址。' },
  'dial.tooLong': { en: 'The number or address is too long.', 'zh-CN': '号码或地址过长。' },
  'dial.forbiddenCharacter': {
    en: 'The number or address contains a character that is not allowed: {char}',
    'zh-CN': '号码或地址包含不允许的字符：{char}',
  },
  'dial.invalidNumber': { en: 'This is not a valid phone number.', 'zh-CN': '这不是有效的电话号码。' },
  'dial.invalidUser': { en: 'The user part of the SIP address is invalid.', 'zh-CN': 'SIP 地址的用户部分无效。' },
  'dial.invalidHost': { en: 'The host of the SIP address is invalid.', 'zh-CN': 'SIP 地址的主机部分无效。' },
  'dial.unsupportedScheme': { en: 'Only sip: and sips: addresses can be dialled.', 'zh-CN': '只能拨打 sip: 或 sips: 地址。' },
  'sip.400': { en: 'The call request was malformed.', 'zh-CN': '呼叫请求格式错误。' },
  'sip.401': { en: 'Authentication failed: check the user name and password.', 'zh-CN': '认证失败：请检查用户名和密码。' },
  'sip.403': { en: 'The server refused this call (forbidden).', 'zh-CN': '服务器拒绝了此呼叫（禁止）。' },
  'sip.404': { en: 'The number does not exist.', 'zh-CN': '号码不存在。' },
  'sip.407': { en: 'The proxy requires authentication: check the credentials.', 'zh-CN': '代理需要认证：请检查账号凭据。' },
  'sip.408': { en: 'The far end did not respond in time.', 'zh-CN': '对方无应答（超时）。' },
  'sip.480': { en: 'The person is currently unavailable.', 'zh-CN': '对方暂时无法接通。' },
  'sip.484': { en: 'The number is incomplete.', 'zh-CN': '号码不完整。' },
  'sip.486': { en: 'The line is busy.', 'zh-CN': '对方忙。' },
  'sip.487': { en: 'The call was cancelled.', 'zh-CN': '呼叫已取消。' },
  'sip.488': { en: 'No common audio format with the far end.', 'zh-CN': '与对方没有共同的音频格式。' },
  'sip.500': { en: 'The server had an internal error.', 'zh-CN': '服务器内部错误。' },
  'sip.503': { en: 'The service is unavailable right now.', 'zh-CN': '服务暂时不可用。' },
  'sip.600': { en: 'The person is busy everywhere.', 'zh-CN': '对方全忙。' },
  'sip.603': { en: 'The call was declined.', 'zh-CN': '对方拒绝接听。' },
  'sip.4xx': { en: 'The call failed (SIP {code}).', 'zh-CN': '呼叫失败（SIP {code}）。' },
  'sip.5xx': { en: 'The server failed (SIP {code}).', 'zh-CN': '服务器故障（SIP {code}）。' },
  'sip.6xx': { en: 'The call was refused everywhere (SIP {code}).', 'zh-CN': '呼叫被全局拒绝（SIP {code}）。' },
  'call.setupFailed': {
    en: 'The call could not be set up. Check the network and that the SIP account shows as registered, then call again.',
    'zh-CN': '无法建立呼叫。请检查网络，并确认 SIP 账号显示为“已注册”，然后重拨。',
  },
  'call.micDenied': {
    en: 'The call could not start: the microphone may not be used. Allow Dialdeck to use it in the system settings, then call again.',
    'zh-CN': '无法开始呼叫：不允许使用麦克风。请在系统设置里允许 Dialdeck 使用麦克风，然后重拨。',
  },
  'call.micMissing': {
    en: 'The call could not start: no microphone was found. Plug in the headset, choose it in Settings and call again.',
    'zh-CN': '无法开始呼叫：没有找到麦克风。请插好耳机，在设置里选择它，然后重拨。',
  },
  'call.micBusy': {
    en: 'The call could not start: the microphone is used by another program or failed. Close that program or replug the headset, then call again.',
    'zh-CN': '无法开始呼叫：麦克风正被其他程序占用或出了故障。请关闭占用它的程序或重新插拔耳机，然后重拨。',
  },
  'sip.transport': { en: 'Cannot reach the SIP server.', 'zh-CN': '无法连接 SIP 服务器。' },
} as const satisfies Record<string, Record<Locale, string>>;

export type SipMessageKey = keyof typeof sipMessages;

export interface SipMessage {
  readonly key: SipMessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

export function formatSipMessage(message: SipMessage, locale: Locale = 'en'): string {
  const template: string = sipMessages[message.key][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(message.params?.[name] ?? whole));
}
