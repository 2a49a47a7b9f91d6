// The schemas' own rules, said in each UI language. A schema names one with msg('key') (issue-text.ts);
// whoever shows the problem picks the language.
import type { UiLanguage } from '../i18n/ui-language';

export const customMessages = {
  required: { 'zh-CN': '必填', en: 'Required' },
  campaignId: { 'zh-CN': '只能包含字母、数字、下划线和连字符，最多 64 个', en: 'Letters, digits, _ and - only, at most 64' },
  dispositionCode: { 'zh-CN': '代码只能包含字母、数字、下划线和连字符，最多 32 个', en: 'Codes are letters, digits, _ and - only, at most 32' },
  dispositionTwice: { 'zh-CN': '同一个结果代码出现了两次', en: 'The same disposition code is used twice' },
  defaultDisposition: { 'zh-CN': '默认结果必须是本外呼任务的结果之一', en: 'The default disposition must be one of this campaign’s dispositions' },
  dateKey: { 'zh-CN': '日期格式为 2026-12-08', en: 'Dates are written 2026-12-08' },
  noSuchDate: { 'zh-CN': '没有这一天', en: 'There is no such day' },
  rangeReversed: { 'zh-CN': '结束日期早于开始日期', en: 'The range ends before it starts' },
  rangeTooLong: { 'zh-CN': '时间段最长 366 天', en: 'A range covers at most 366 days' },
  timeZone: { 'zh-CN': '不认识这个时区（例如 Asia/Shanghai）', en: 'Unknown time zone (for example Asia/Shanghai)' },
  callingWindowOrder: { 'zh-CN': '呼叫时段的开始时间必须早于结束时间', en: 'A calling window must start before it ends' },
  timeOfDay: { 'zh-CN': '时间格式为 09:30（00:00–24:00）', en: 'Times are written 09:30 (00:00–24:00)' },
  sipServerUrl: { 'zh-CN': '服务器地址必须以 wss://（或 ws://）开头，例如 wss://pbx.example.com:8089/ws', en: 'The server address must start with wss:// (or ws://), such as wss://pbx.example.com:8089/ws' },
  passwordOrHa1: { 'zh-CN': '密码和 HA1 只填一个', en: 'Give either a password or an HA1, not both' },
  accountId: { 'zh-CN': '只能包含字母、数字、点、连字符和下划线', en: 'Letters, digits, dot, dash and underscore only' },
  safeText: { 'zh-CN': '不能包含换行、引号、<、> 或反斜杠', en: 'Must not contain line breaks, quotes, <, > or backslash' },
  sipToken: { 'zh-CN': '只能包含字母、数字和 . _ ~ + * # -', en: 'Letters, digits and . _ ~ + * # - only' },
  host: { 'zh-CN': '请输入主机名或 IP 地址', en: 'Enter a host name or IP address' },
  ha1: { 'zh-CN': 'HA1 是 32 位十六进制数', en: 'An HA1 is 32 hexadecimal digits' },
  outboundProxy: { 'zh-CN': '请输入 SIP 地址，例如 sip:proxy.example.com;lr', en: 'Enter a SIP address such as sip:proxy.example.com;lr' },
  iceServerUrl: { 'zh-CN': '每个 ICE 服务器地址必须以 stun:、turn: 或 turns: 开头', en: 'Every ICE server address must start with stun:, turn: or turns:' },
  bindingUrl: { 'zh-CN': '请使用 https:// 地址；http:// 只能指向本机', en: 'Use an https:// address; http:// only to this machine' },
} satisfies Record<string, Record<UiLanguage, string>>;

export type CustomMessageKey = keyof typeof customMessages;
