import { HUAWEI_INIT } from './huawei';
import { QUECTEL_INIT } from './quectel';
import { SIMCOM_INIT } from './simcom';

export type Family = 'generic' | 'huawei' | 'quectel' | 'simcom' | 'fxo';
export const FAMILIES: readonly Family[] = ['generic', 'huawei', 'quectel', 'simcom', 'fxo'];

/** Picks the driver family from the AT+CGMI answer (or a device description). */
export function familyFromManufacturer(text: string): Family {
  if (/huawei/i.test(text)) return 'huawei';
  if (/quectel/i.test(text)) return 'quectel';
  if (/simcom|sim\d{3,4}|a76\d\d/i.test(text)) return 'simcom';
  if (/voice modem|fxo|analog|rockwell|conexant|u\.?s\.? ?robotics|usr|zoom/i.test(text)) return 'fxo';
  return 'generic';
}

/**
 * GSM initialisation after the identity probe (notes §3, "Recommended for the workstation"). Each entry is
 * sent once; failures of optional entries are tolerated by the session.
 */
export const GSM_INIT = [
  'AT+CMEE=1',
  'AT+CLIP=1',
  'AT+CRC=1',
  'AT+CCWA=1',
  'AT+CVHU=0',
  'AT+COPS=3,0',
  'AT+CREG=2',
  'AT+CMGF=0',
  'AT+CNMI=2,1,0,2,0',
];

export const VENDOR_INIT: Readonly<Record<Family, readonly string[]>> = {
  generic: [],
  huawei: HUAWEI_INIT,
  quectel: QUECTEL_INIT,
  simcom: SIMCOM_INIT,
  fxo: [],
};

/** Analog voice modem: formatted caller ID (V.253 and the Rockwell/USR variant), voice mode for <DLE> events. */
export const FXO_INIT = ['AT+VCID=1', 'AT#CID=1'];
