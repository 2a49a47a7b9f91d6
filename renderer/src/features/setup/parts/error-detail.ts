import { IpcCallError } from '../../../platform/page-bridge';

/** The message of whatever a bridge call threw, for a "what happened" line (shown as text). */
export const errorText = (error: unknown): string => (error instanceof IpcCallError || error instanceof Error ? error.message : String(error));
