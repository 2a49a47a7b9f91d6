// What the page says when it cannot start, before translations are loaded: in the browser's language,
// naming the fix. Raw error text goes to the console only.
import { pickUiLanguage, type UiLanguage } from '../../../common/i18n/ui-language';
import { BridgeUnavailableError } from './page-bridge';
import { HarnessUnreachableError } from './ws-transport';

type Kind = 'no-token' | 'not-local' | 'unreachable' | 'other';

const sentences: Record<UiLanguage, Record<Kind, string>> = {
  'zh-CN': {
    'no-token': '这个页面缺少访问令牌，无法连接 Dialdeck 测试环境。请打开运行 npm run harness 的终端里打印的完整地址（以 #token=… 结尾）。',
    'not-local': 'Dialdeck 只能在它的桌面应用里运行，或在本机测试环境（npm run harness）打印的 http://127.0.0.1 地址上运行。',
    unreachable: '无法连接 Dialdeck 测试环境：令牌不对或已过期（每次启动 npm run harness 都会生成新令牌），或者测试环境已经停止。请打开终端里最新打印的地址。',
    other: 'Dialdeck 无法启动。请重新启动应用；如果问题仍在，请在设置向导里导出诊断包发给技术支持。',
  },
  en: {
    'no-token': 'This page has no access token, so it cannot connect to the Dialdeck harness. Open the full address printed in the terminal running npm run harness (it ends in #token=…).',
    'not-local': 'Dialdeck runs only in its desktop app, or at the http://127.0.0.1 address printed by the local harness (npm run harness).',
    unreachable: 'Cannot connect to the Dialdeck harness: the token is wrong or out of date (npm run harness makes a new one each time it starts), or the harness has stopped. Open the address it printed last.',
    other: 'Dialdeck could not start. Restart the app; if it happens again, export a diagnostics bundle from the setup wizard for support.',
  },
};

function kindOf(error: unknown): Kind {
  if (error instanceof BridgeUnavailableError) return error.reason;
  if (error instanceof HarnessUnreachableError) return 'unreachable';
  return 'other';
}

export function startupProblem(error: unknown, browserLanguage: string): { language: UiLanguage; text: string } {
  const language = pickUiLanguage('system', browserLanguage);
  return { language, text: sentences[language][kindOf(error)] };
}
