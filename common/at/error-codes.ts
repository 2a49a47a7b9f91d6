/**
 * 27.007 (+CME) and 27.005 (+CMS) error texts, used to map verbose answers (CMEE=2) back to the numeric
 * code the rest of the app reasons about. Only the codes modules are known to print verbosely are listed;
 * unknown texts keep code null and their message.
 */
const CME_TEXTS: ReadonlyArray<[number, string]> = [
  [0, 'phone failure'],
  [1, 'no connection to phone'],
  [3, 'operation not allowed'],
  [4, 'operation not supported'],
  [5, 'PH-SIM PIN required'],
  [10, 'SIM not inserted'],
  [11, 'SIM PIN required'],
  [12, 'SIM PUK required'],
  [13, 'SIM failure'],
  [14, 'SIM busy'],
  [15, 'SIM wrong'],
  [16, 'incorrect password'],
  [17, 'SIM PIN2 required'],
  [18, 'SIM PUK2 required'],
  [20, 'memory full'],
  [21, 'invalid index'],
  [22, 'not found'],
  [23, 'memory failure'],
  [24, 'text string too long'],
  [25, 'invalid characters in text string'],
  [26, 'dial string too long'],
  [27, 'invalid characters in dial string'],
  [30, 'no network service'],
  [31, 'network timeout'],
  [32, 'network not allowed - emergency calls only'],
  [100, 'unknown'],
];

const CMS_TEXTS: ReadonlyArray<[number, string]> = [
  [300, 'ME failure'],
  [301, 'SMS service of ME reserved'],
  [302, 'operation not allowed'],
  [303, 'operation not supported'],
  [304, 'invalid PDU mode parameter'],
  [305, 'invalid text mode parameter'],
  [310, 'SIM not inserted'],
  [311, 'SIM PIN required'],
  [313, 'SIM failure'],
  [314, 'SIM busy'],
  [320, 'memory failure'],
  [321, 'invalid memory index'],
  [322, 'memory full'],
  [330, 'SMSC address unknown'],
  [331, 'no network service'],
  [332, 'network timeout'],
  [340, 'no +CNMA acknowledgement expected'],
  [500, 'unknown error'],
];

const normalise = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const byText = (table: ReadonlyArray<[number, string]>): Map<string, number> =>
  new Map(table.map(([code, text]) => [normalise(text), code]));

const CME_BY_TEXT = byText(CME_TEXTS);
const CMS_BY_TEXT = byText(CMS_TEXTS);

export function cmeCodeForText(text: string): number | null {
  return CME_BY_TEXT.get(normalise(text)) ?? null;
}

export function cmsCodeForText(text: string): number | null {
  return CMS_BY_TEXT.get(normalise(text)) ?? null;
}
