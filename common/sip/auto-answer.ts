// Auto-answer: the agent's policy combined with what the INVITE asks for.
// Recognised requests: Call-Info ";answer-after=N" (seconds), Alert-Info with "auto-answer"
// / "autoanswer" / "Auto Answer" (optional ";delay=N"), and RFC 5373 "Answer-Mode: Auto".

export type AutoAnswerPolicy =
  | { readonly mode: 'off' }
  | { readonly mode: 'after-delay'; readonly delayMs: number }
  | { readonly mode: 'when-requested' };

export interface AutoAnswerHeaders {
  readonly callInfo: readonly string[];
  readonly alertInfo: readonly string[];
  readonly answerMode: readonly string[];
}

const secondsParam = (value: string, name: string): number | undefined => {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(\\d{1,4})`, 'i').exec(value);
  return match?.[1] === undefined ? undefined : Number(match[1]) * 1000;
};

/** Delay in ms the INVITE asks to be answered after, or undefined when it does not ask. */
export function requestedAutoAnswerDelay(headers: AutoAnswerHeaders): number | undefined {
  for (const value of headers.callInfo) {
    const delay = secondsParam(value, 'answer-after');
    if (delay !== undefined) return delay;
  }
  for (const value of headers.alertInfo) {
    if (/auto[-\s]?answer/i.test(value)) return secondsParam(value, 'delay') ?? 0;
  }
  if (headers.answerMode.some((value) => /^\s*auto\b/i.test(value))) return 0;
  return undefined;
}

export function autoAnswerDelay(policy: AutoAnswerPolicy, headers: AutoAnswerHeaders): number | undefined {
  switch (policy.mode) {
    case 'off':
      return undefined;
    case 'after-delay':
      return policy.delayMs;
    case 'when-requested':
      return requestedAutoAnswerDelay(headers);
  }
}
