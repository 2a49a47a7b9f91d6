import type { AtResponse } from '../engine';
import { intField, splitPrefix } from '../fields';
import { isSuccess } from '../final-codes';
import type { SmsSendStep } from './send';

/** A part of a message was refused (`+CMS ERROR`, `ERROR`): the parts before it were sent, the rest were not. */
export class SmsSendError extends Error {
  constructor(
    readonly response: AtResponse,
    /** Message references of the parts the network accepted before the failure. */
    readonly sentReferences: number[],
    readonly totalParts: number,
  ) {
    const code = 'code' in response.result && response.result.code !== null ? ` ${response.result.code}` : '';
    super(`SMS part ${sentReferences.length + 1} of ${totalParts} refused: ${response.result.kind}${code}`);
  }
}

/** Sends an AT command (with its `> ` payload) and resolves with its response, error results included. */
export type SendWithPayload = (command: string, payload: string) => Promise<AtResponse>;

/**
 * Runs the AT+CMGS steps of one message in order, stopping at the first refused part (sending the later
 * parts of a concatenated message alone would only deliver fragments). Resolves with each part's `+CMGS`
 * message reference, the key of its delivery report; -1 when a module omits it.
 */
export async function sendSmsSteps(send: SendWithPayload, steps: SmsSendStep[]): Promise<number[]> {
  const references: number[] = [];
  for (const step of steps) {
    const response = await send(step.command, step.payload);
    if (!isSuccess(response.result)) throw new SmsSendError(response, references, steps.length);
    const cmgs = response.lines.map(splitPrefix).find((s) => s?.prefix === '+CMGS');
    references.push(intField(cmgs?.params) ?? -1);
  }
  return references;
}
