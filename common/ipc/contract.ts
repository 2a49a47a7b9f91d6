// The one IPC contract. Main's router (main/node/ipc/router.ts), the preload bridge (preload/) and the
// harness bridge (renderer/platform/) are all derived from these two tables, so a channel exists in all
// of them or in none. Channel names are `domain:verb`; each takes one object argument.
import type { z } from 'zod';
import { agentEvents, agentInvoke } from './channels/agent';
import { appEvents, appInvoke } from './channels/app';
import { bindingInvoke } from './channels/binding';
import { campaignInvoke } from './channels/campaign';
import { complianceInvoke } from './channels/compliance';
import { crmEvents, crmInvoke } from './channels/crm';
import { devicesEvents, devicesInvoke } from './channels/devices';
import { diagnosticsInvoke } from './channels/diagnostics';
import { dialerInvoke } from './channels/dialer';
import { filesInvoke } from './channels/files';
import { gatewayEvents, gatewayInvoke } from './channels/gateway';
import { headsetEvents, headsetInvoke } from './channels/headset';
import { logInvoke } from './channels/log';
import { privacyInvoke } from './channels/privacy';
import { profileInvoke } from './channels/profile';
import { recordingsInvoke } from './channels/recordings';
import { secretsEvents, secretsInvoke } from './channels/secrets';
import { settingsEvents, settingsInvoke } from './channels/settings';
import { setupInvoke } from './channels/setup';
import { shellInvoke } from './channels/shell';
import { sipInvoke } from './channels/sip';
import { statsInvoke } from './channels/stats';

/** renderer → main, request/response; each namespace's channels live in channels/<namespace>.ts */
export const invokeChannels = {
  ...appInvoke, ...settingsInvoke, ...secretsInvoke, ...shellInvoke, ...logInvoke, ...devicesInvoke, ...headsetInvoke, ...gatewayInvoke, ...sipInvoke, ...recordingsInvoke, ...setupInvoke, ...bindingInvoke, ...profileInvoke, ...diagnosticsInvoke, ...filesInvoke, ...crmInvoke, ...campaignInvoke, ...complianceInvoke, ...agentInvoke, ...statsInvoke, ...dialerInvoke, ...privacyInvoke,
} as const;

/** main → renderer, fire-and-forget events */
export const eventChannels = { ...appEvents, ...settingsEvents, ...secretsEvents, ...devicesEvents, ...headsetEvents, ...gatewayEvents, ...crmEvents, ...agentEvents } as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type EventChannel = keyof typeof eventChannels;
export type Req<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['req']>;
export type ParsedReq<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['req']>;
export type Res<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['res']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventChannels)[E]>;

export const isInvokeChannel = (c: string): c is InvokeChannel => Object.hasOwn(invokeChannels, c);
export const isEventChannel = (c: string): c is EventChannel => Object.hasOwn(eventChannels, c);
