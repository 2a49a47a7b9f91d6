// summary.txt, the part of the diagnostics bundle a person reads first: versions, the machine, each
// device and what is wrong with it, accounts and servers, what else the zip holds — in the user's UI
// language. The JSON files beside it stay machine-readable (English keys) for support.
import { arch, cpus, freemem, platform, release, totalmem } from 'node:os';
import type { GatewayLine } from '../../../common/devices/gateway-api';
import type { HeadsetProblem, HeadsetStatus } from '../../../common/hid/headset-api';
import { pickUiLanguage, type UiLanguage } from '../../../common/i18n/ui-language';
import type { AppInfo } from '../../../common/ipc/schemas';
import type { SecretStatus } from '../../../common/settings/secret-keys';
import type { Settings } from '../../../common/settings/settings-schema';
import { portNoteText, type PortNote } from './port-notes';

export interface SummaryHeadset {
  name: string;
  vendorId: number;
  productId: number;
  status?: HeadsetStatus;
  problem?: HeadsetProblem;
  active?: boolean;
}

export interface SummaryInput {
  appInfo: AppInfo;
  settings: Settings;
  secrets: SecretStatus;
  headsets: readonly SummaryHeadset[];
  portNotes: readonly PortNote[];
  gatewayLines?: readonly GatewayLine[];
  /** the other files of the bundle, by name */
  files: readonly string[];
  now: Date;
}

type Words = {
  title: string;
  colon: string;
  listSeparator: string;
  paren: (text: string) => string;
  made: string;
  version: string;
  systemLabel: string;
  languageLabel: string;
  runtime: Record<AppInfo['runtime'], string>;
  system: (cores: number, totalGb: string, freeGb: string) => string;
  locale: (system: string, ui: string) => string;
  languages: Record<UiLanguage, string>;
  followsSystem: (language: string) => string;
  count: (what: string, n: number) => string;
  none: string;
  headsets: string;
  headsetStatus: Record<HeadsetStatus, string>;
  headsetProblem: Record<HeadsetProblem, string>;
  active: string;
  ports: string;
  lines: string;
  lineState: Record<GatewayLine['state'], string>;
  sip: string;
  disabled: string;
  binding: string;
  bindingUnset: string;
  pool: (pool: string) => string;
  secrets: string;
  secretsState: (backend: string, available: boolean, stored: number) => string;
  files: string;
  fileNotes: Record<string, string>;
  logs: string;
};

const words: Record<UiLanguage, Words> = {
  'zh-CN': {
    title: 'Dialdeck 诊断摘要',
    colon: '：',
    listSeparator: '、',
    paren: (text) => `（${text}）`,
    made: '生成时间',
    version: '版本',
    systemLabel: '系统',
    languageLabel: '语言',
    runtime: { electron: '桌面版', harness: '浏览器测试环境' },
    system: (cores, total, free) => `${platform()} ${release()} ${arch()}，${cores} 个处理器核心，内存 ${total} GB（空闲 ${free} GB）`,
    locale: (system, ui) => `系统区域设置 ${system}，界面语言为${ui}`,
    languages: { 'zh-CN': '简体中文', en: '英文' },
    followsSystem: (language) => `${language}（跟随系统）`,
    count: (what, n) => `${what}（${n} 个）`,
    none: '无',
    headsets: '话务耳机',
    headsetStatus: { ok: '就绪', 'permission-denied': '无权限打开', unsupported: '按键不受支持', error: '无法读取' },
    headsetProblem: {
      noAccess: '没有打开这个耳机的权限。请在设备配置的“耳机”一步安装耳机权限规则，然后重新插拔耳机。',
      noTelephony: '这个设备没有电话控制功能，不是话务耳机。请换一个支持 USB 话务控制的耳机。',
      noCallControls: '这个耳机没有接听、静音或拒接键。请换一个话务耳机。',
      openFailed: '无法打开这个耳机（可能正被别的程序占用）。请关闭其他通话软件，或重新插拔耳机。',
    },
    active: '当前使用',
    ports: '网关串口',
    lines: '网关线路',
    lineState: { online: '在线', offline: '离线', initialising: '正在初始化' },
    sip: 'SIP 账号',
    disabled: '已停用',
    binding: '绑定服务器',
    bindingUnset: '未设置',
    pool: (pool) => `号码池 ${pool}`,
    secrets: '密码存储',
    secretsState: (backend, available, stored) => `${backend}，${available ? '可以保存密码' : '不能保存密码'}，已保存 ${stored} 项`,
    files: '包内文件',
    fileNotes: {
      'versions.json': '版本',
      'os.json': '操作系统',
      'devices.json': '设备、串口和耳机描述符',
      'devices-live.json': '设备服务的实时状态',
      'settings.json': '设置（不含密码）',
      'secrets.json': '只有已保存密钥的名称，没有密钥本身',
    },
    logs: '最近的日志（电话号码已隐藏）',
  },
  en: {
    title: 'Dialdeck diagnostics summary',
    colon: ': ',
    listSeparator: ', ',
    paren: (text) => ` (${text})`,
    made: 'Made',
    version: 'Version',
    systemLabel: 'System',
    languageLabel: 'Language',
    runtime: { electron: 'desktop app', harness: 'browser harness' },
    system: (cores, total, free) => `${platform()} ${release()} ${arch()}, ${cores} CPU cores, ${total} GB memory (${free} GB free)`,
    locale: (system, ui) => `system locale ${system}, UI language ${ui}`,
    languages: { 'zh-CN': 'Simplified Chinese', en: 'English' },
    followsSystem: (language) => `${language} (follows the system)`,
    count: (what, n) => `${what} (${n})`,
    none: 'none',
    headsets: 'Headsets',
    headsetStatus: { ok: 'ready', 'permission-denied': 'no permission to open it', unsupported: 'buttons not supported', error: 'cannot be read' },
    headsetProblem: {
      noAccess: 'Dialdeck may not open this headset. Install the headset permission rule in the Setup wizard’s headset step, then replug it.',
      noTelephony: 'This device has no telephony controls; it is not a call-center headset. Use a headset with USB call control.',
      noCallControls: 'This headset has no answer, mute or reject button. Use another call-center headset.',
      openFailed: 'This headset cannot be opened (another program may be using it). Close other calling software, or replug it.',
    },
    active: 'active',
    ports: 'Gateway serial ports',
    lines: 'Gateway lines',
    lineState: { online: 'online', offline: 'offline', initialising: 'starting' },
    sip: 'SIP accounts',
    disabled: 'disabled',
    binding: 'Binding server',
    bindingUnset: 'not set',
    pool: (pool) => `pool ${pool}`,
    secrets: 'Password storage',
    secretsState: (backend, available, stored) => `${backend}, ${available ? 'can store passwords' : 'cannot store passwords'}, ${stored} stored`,
    files: 'Files in this bundle',
    fileNotes: {
      'versions.json': 'versions',
      'os.json': 'operating system',
      'devices.json': 'devices, serial ports and headset descriptors',
      'devices-live.json': 'the devices service’s live state',
      'settings.json': 'settings (no passwords)',
      'secrets.json': 'only the names of stored secrets, never the secrets',
    },
    logs: 'recent logs (phone numbers masked)',
  },
};

const gb = (bytes: number) => (bytes / 1024 ** 3).toFixed(1);
const hex = (n: number) => n.toString(16).padStart(4, '0');

/** The summary as plain text (one fact per line, lists as "- " items) in `language`. */
export function diagnosticsSummary(input: SummaryInput, language: UiLanguage): string {
  const w = words[language];
  const line = (label: string, value: string) => `${label}${w.colon}${value}`;
  const section = (title: string, items: string[]) => [line(w.count(title, items.length), items.length ? '' : w.none).trimEnd(), ...items.map((i) => `- ${i}`)];
  const { appInfo, settings } = input;
  const versions = Object.entries(appInfo.versions).map(([k, v]) => `${k} ${v}`).join(w.listSeparator);
  const made = `${input.now.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const chosen = settings.ui.language;
  const uiLanguage = chosen === 'system' ? w.followsSystem(w.languages[pickUiLanguage('system', appInfo.systemLocale)]) : w.languages[chosen];

  const headsets = input.headsets.map((h) => {
    const status = h.status ? w.headsetStatus[h.status] : '';
    const state = [status, h.active ? w.active : ''].filter(Boolean).join(w.listSeparator);
    const head = `${h.name}${w.paren(`${hex(h.vendorId)}:${hex(h.productId)}`)}${state ? `${w.colon}${state}` : ''}`;
    return h.problem ? `${head}${language === 'zh-CN' ? '。' : '. '}${w.headsetProblem[h.problem]}` : head;
  });
  const lines = (input.gatewayLines ?? []).map((l) => `${l.id}${w.colon}${[w.lineState[l.state], l.operator, l.port].filter(Boolean).join(w.listSeparator)}`);
  const accounts = settings.sip.accounts.map((a) => `${a.id}${w.paren(`${a.user}@${a.domain}${w.listSeparator}${a.server}`)}${a.enabled ? '' : `${w.colon}${w.disabled}`}`);
  const binding = settings.binding.url ? `${settings.binding.url}${settings.binding.poolId ? w.paren(w.pool(settings.binding.poolId)) : ''}` : w.bindingUnset;
  const files = input.files.map((f) => (f.startsWith('logs/') ? null : `${f}${w.colon}${w.fileNotes[f] ?? ''}`)).filter((f): f is string => f !== null);
  const logs = input.files.filter((f) => f.startsWith('logs/'));
  if (logs.length) files.push(`${logs.join(w.listSeparator)}${w.colon}${w.logs}`);

  return [
    w.title,
    line(w.made, made),
    line(w.version, `${appInfo.version}${w.paren(w.runtime[appInfo.runtime])}${versions ? `${w.listSeparator}${versions}` : ''}`),
    line(w.systemLabel, w.system(cpus().length, gb(totalmem()), gb(freemem()))),
    line(w.languageLabel, w.locale(appInfo.systemLocale || '—', uiLanguage)),
    '',
    ...section(w.headsets, headsets),
    ...section(w.ports, input.portNotes.map((n) => portNoteText(n, language))),
    ...section(w.lines, lines),
    ...section(w.sip, accounts),
    line(w.binding, binding),
    line(w.secrets, w.secretsState(input.secrets.backend, input.secrets.available, input.secrets.keys.length)),
    '',
    ...section(w.files, files),
  ].join('\n') + '\n';
}
