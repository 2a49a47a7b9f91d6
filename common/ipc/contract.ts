// The one IPC contract. Main's router (main/node/ipc/router.ts), the preload bridge (preload/) and the
// harness bridge (renderer/platform/) are all derived from these two tables, so a channel exists in all
// of them or in none. Channel names are `domain:verb`; each takes one object argument.
import type { z } from 'zod';
import { agentEvents, agentInvoke } from './channels/agent-channels';
import { appEvents, appInvoke } from './channels/app-channels';
import { bindingInvoke } from './channels/binding-channels';
import { campaignInvoke } from './channels/campaign-channels';
import { complianceInvoke } from './channels/compliance-channels';
import { crmEvents, crmInvoke } from './channels/crm-channels';
import { devicesEvents, devicesInvoke } from './channels/devices-channels';
import { diagnosticsInvoke } from './channels/diagnostics-channels';
import { dialerInvoke } from './channels/dialer-channels';
import { filesInvoke } from './channels/files-channels';
import { gatewayEvents, gatewayInvoke } from './channels/gateway-channels';
import { headsetEvents, headsetInvoke } from './channels/headset-channels';
import { logInvoke } from './channels/log-channels';
import { privacyInvoke } from './channels/privacy-channels';
import { profileInvoke } from './channels/profile-channels';
import { recordingsInvoke } from './channels/recordings-channels';
import { secretsEvents, secretsInvoke } from './channels/secrets-channels';
import { settingsEvents, settingsInvoke } from './channels/settings-channels';
import { setupInvoke } from './channels/setup-channels';
import { shellInvoke } from './channels/shell-channels';
import { sipInvoke } from './channels/sip-channels';
import { statsInvoke } from './channels/stats-channels';

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
