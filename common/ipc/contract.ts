// The one IPC contract. Main's router (main/node/ipc/router.ts), the preload bridge (preload/) and the
// harness bridge (renderer/platform/) are all derived from these two tables, so a channel exists in all
// of them or in none. Channel names are `domain:verb`; each takes one object argument.
import type { z } from 'zod';
import { coreEvents, coreInvoke } from './channels/core';
import { campaignEvents, campaignInvoke } from './channels/campaign';
import { crmEvents, crmInvoke } from './channels/crm';
import { devicesEvents, devicesInvoke } from './channels/devices';
import { dialerEvents, dialerInvoke } from './channels/dialer';
import { filesInvoke } from './channels/files';
import { setupInvoke } from './channels/setup';
import { statsInvoke } from './channels/stats';
import { telephonyInvoke } from './channels/telephony';

/** renderer → main, request/response */
export const invokeChannels = { ...coreInvoke, ...devicesInvoke, ...telephonyInvoke, ...setupInvoke, ...filesInvoke, ...crmInvoke, ...campaignInvoke, ...statsInvoke, ...dialerInvoke } as const;

/** main → renderer, fire-and-forget events */
export const eventChannels = { ...coreEvents, ...devicesEvents, ...crmEvents, ...campaignEvents, ...dialerEvents } as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type EventChannel = keyof typeof eventChannels;
export type Req<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['req']>;
export type ParsedReq<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['req']>;
export type Res<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['res']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventChannels)[E]>;

export const isInvokeChannel = (c: string): c is InvokeChannel => Object.hasOwn(invokeChannels, c);
export const isEventChannel = (c: string): c is EventChannel => Object.hasOwn(eventChannels, c);
