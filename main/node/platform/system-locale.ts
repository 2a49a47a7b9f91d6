// The desktop's UI language as Chromium (and so Electron's app.getLocale()) reads it on Linux: the first
// of LANGUAGE (a list), LC_ALL, LC_MESSAGES, LANG that names a language. The harness uses it so its first
// start speaks the same language the Electron app would; Node's own Intl default looks at LANG only.

/** `zh_CN.UTF-8` → `zh-CN`; `C`, `POSIX` and empty say nothing. */
function toBcp47(posix: string): string | undefined {
  const tag = posix.split(/[.@]/)[0]!.replace('_', '-');
  return tag === '' || tag === 'C' || tag === 'POSIX' ? undefined : tag;
}

export function systemLocaleFromEnv(env: NodeJS.ProcessEnv, fallback: string): string {
  const candidates = [...(env.LANGUAGE ?? '').split(':'), env.LC_ALL, env.LC_MESSAGES, env.LANG];
  for (const value of candidates) {
    const tag = value === undefined ? undefined : toBcp47(value.trim());
    if (tag) return tag;
  }
  return fallback;
}
