// USB identities of GSM/LTE modules and analog (FXO) voice modems, so the gateway service opens only
// ports that are modems. A serial port is probed by writing AT commands to it; on a label printer, a scale,
// a serial console or a USB-serial adapter wired to anything else that is a stray write, so the table
// names modem makers (or a maker's modem products), never generic USB-serial chips (FTDI, CH340, CP210x,
// PL2303): a SIM800 behind such an adapter is enabled by the installer instead.
// IDs as Linux's usb-serial option/qcserial drivers and the makers' USB guides list them.

export interface ModemMaker {
  /** USB vendor id, four lowercase hex digits as serialport reports it on Linux */
  vendorId: string;
  maker: string;
  /** only these products are modems (the vendor also makes other serial devices); absent = every product */
  products?: readonly string[];
}

export const MODEM_MAKERS: readonly ModemMaker[] = [
  { vendorId: '1e0e', maker: 'SIMCom' }, // SIM7100/SIM7600/SIM7000/A76xx
  { vendorId: '2c7c', maker: 'Quectel' }, // EC2x, EG25, BG96, EC200, RM500...
  { vendorId: '12d1', maker: 'Huawei' }, // E1550/E173/E3372 dongles, ME909/MU709 modules
  { vendorId: '19d2', maker: 'ZTE' },
  { vendorId: '1199', maker: 'Sierra Wireless' },
  { vendorId: '1bc7', maker: 'Telit' },
  { vendorId: '2cb7', maker: 'Fibocom' },
  { vendorId: '1c9e', maker: 'Longcheer' }, // white-label 3G/4G dongles sold in China
  { vendorId: '2dee', maker: 'MeiG' },
  { vendorId: '1410', maker: 'Novatel Wireless' },
  { vendorId: '0af0', maker: 'Option' },
  // u-blox also sells GNSS receivers (01a4-01a9) that enumerate as serial ports: cellular products only
  { vendorId: '1546', maker: 'u-blox', products: ['1102', '1141', '1143', '1146', '1311', '1312', '1313', '1341', '1342', '1343'] },
  // modules on Qualcomm's vendor id; Qualcomm's other ids include phones and 9008 (flashing mode), never opened
  { vendorId: '05c6', maker: 'Quectel', products: ['9215'] }, // EC20 with early firmware
  { vendorId: '05c6', maker: 'u-blox', products: ['90b2', '908b'] }, // SARA-R410M, LARA-R6 00B
  // analog voice modems (FXO)
  { vendorId: '0572', maker: 'Conexant' }, // USB data/fax/voice modems, also sold under other brands
  { vendorId: '0baf', maker: 'U.S. Robotics' },
  { vendorId: '0803', maker: 'Zoom Telephonics' },
];

/**
 * Makers recognised by the manufacturer string alone, for ports the OS lists without USB ids (some
 * Windows drivers do). Anchored words, so "Huawei" matches but a "Simcomm Scales Ltd" does not.
 */
export const MODEM_MANUFACTURERS: ReadonlyArray<[pattern: RegExp, maker: string]> = [
  [/\b(simcom|simtech)\b/i, 'SIMCom'],
  [/\bquectel\b/i, 'Quectel'],
  [/\bhuawei\b/i, 'Huawei'],
  [/\bzte\b/i, 'ZTE'],
  [/\bsierra wireless\b/i, 'Sierra Wireless'],
  [/\btelit\b/i, 'Telit'],
  [/\bfibocom\b/i, 'Fibocom'],
  [/\bconexant\b/i, 'Conexant'],
  [/\bu\.?s\.? ?robotics\b/i, 'U.S. Robotics'],
];

/** A USB id as four lowercase hex digits ("0x12D1" → "12d1"), or undefined when it is not one. */
export const hex4 = (id: string | undefined): string | undefined => {
  const bare = id?.trim().toLowerCase().replace(/^0x/, '');
  return bare && /^[0-9a-f]{1,4}$/.test(bare) ? bare.padStart(4, '0') : undefined;
};

/** The modem maker a port belongs to, or undefined when nothing says it is a modem. */
export function modemMakerOf(port: { vendorId?: string; productId?: string; manufacturer?: string }): string | undefined {
  const vendorId = hex4(port.vendorId);
  if (vendorId) {
    // with USB ids the ids decide: a generic adapter's manufacturer string may be anything
    const productId = hex4(port.productId);
    return MODEM_MAKERS.find((m) => m.vendorId === vendorId && (!m.products || (productId !== undefined && m.products.includes(productId))))?.maker;
  }
  const manufacturer = port.manufacturer ?? '';
  return MODEM_MANUFACTURERS.find(([pattern]) => pattern.test(manufacturer))?.[1];
}
