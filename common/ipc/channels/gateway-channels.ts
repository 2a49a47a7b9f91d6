// GSM and FXO gateways on serial ports: commands to a line and what the modems report.
import { GatewayCommand, GatewayEventMessage } from '../../devices/gateway-api';
import { NoArgs } from '../schemas';

export const gatewayInvoke = {
  'gateway:command': { req: GatewayCommand, res: NoArgs },
} as const;

export const gatewayEvents = {
  'gateway:event': GatewayEventMessage,
} as const;
