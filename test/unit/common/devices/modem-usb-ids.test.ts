import { describe, expect, it } from 'vitest';
import { MODEM_MAKERS, modemMakerOf } from '../../../../common/devices/modem-usb-ids';

describe('modem makers by USB id', () => {
  it.each([
    // [what, port, maker]
    ['SIMCom SIM7600', { vendorId: '1e0e', productId: '9001' }, 'SIMCom'],
    ['Quectel EC25', { vendorId: '2c7c', productId: '0125' }, 'Quectel'],
    ['Huawei E1550', { vendorId: '12d1', productId: '1001' }, 'Huawei'],
    ['ZTE MF190', { vendorId: '19d2', productId: '0117' }, 'ZTE'],
    ['Sierra MC7455', { vendorId: '1199', productId: '9071' }, 'Sierra Wireless'],
    ['Telit LE910', { vendorId: '1bc7', productId: '1201' }, 'Telit'],
    ['Fibocom L610', { vendorId: '2cb7', productId: '0001' }, 'Fibocom'],
    ['u-blox SARA-U2 (cellular product)', { vendorId: '1546', productId: '1102' }, 'u-blox'],
    ['Quectel EC20 on Qualcomm ids', { vendorId: '05c6', productId: '9215' }, 'Quectel'],
    ['Conexant USB voice modem', { vendorId: '0572', productId: '1329' }, 'Conexant'],
    ['U.S. Robotics modem', { vendorId: '0baf', productId: '0303' }, 'U.S. Robotics'],
    ['Windows spelling: upper case', { vendorId: '2C7C', productId: '0125' }, 'Quectel'],
    ['0x prefix', { vendorId: '0x12d1', productId: '0x1001' }, 'Huawei'],
  ])('%s is a modem', (_what, port, maker) => {
    expect(modemMakerOf(port)).toBe(maker);
  });

  it.each([
    ['FTDI FT232 adapter', { vendorId: '0403', productId: '6001', manufacturer: 'FTDI' }],
    ['WCH CH340 adapter (a SIM800 may sit behind it, or a scale)', { vendorId: '1a86', productId: '7523', manufacturer: '1a86' }],
    ['Silicon Labs CP2102', { vendorId: '10c4', productId: 'ea60', manufacturer: 'Silicon Labs' }],
    ['Prolific PL2303', { vendorId: '067b', productId: '2303' }],
    ['u-blox GNSS receiver', { vendorId: '1546', productId: '01a8', manufacturer: 'u-blox AG - www.u-blox.com' }],
    ['Qualcomm flashing mode (EDL)', { vendorId: '05c6', productId: '9008' }],
    ['Qualcomm id without product', { vendorId: '05c6' }],
    ['adapter whose string claims a modem maker: the ids decide', { vendorId: '1a86', productId: '7523', manufacturer: 'Quectel' }],
    ['serial console without ids', { manufacturer: undefined }],
    ['Bluetooth SPP link', { manufacturer: 'Microsoft' }],
    ['a maker name inside another word', { manufacturer: 'Simcomm Scales Ltd' }],
    ['garbage vendor id', { vendorId: 'zzzz', productId: '0001' }],
  ])('%s is not', (_what, port) => {
    expect(modemMakerOf(port)).toBeUndefined();
  });

  it.each([
    ['SimTech, Incorporated', 'SIMCom'],
    ['Quectel', 'Quectel'],
    ['HUAWEI Incorporated', 'Huawei'],
    ['ZTE Corporation', 'ZTE'],
    ['Conexant', 'Conexant'],
    ['U.S.Robotics', 'U.S. Robotics'],
  ])('without USB ids, manufacturer "%s" is %s', (manufacturer, maker) => {
    expect(modemMakerOf({ manufacturer })).toBe(maker);
  });

  it('holds well-formed ids only (a typo would silently never match)', () => {
    for (const m of MODEM_MAKERS) {
      expect(m.vendorId).toMatch(/^[0-9a-f]{4}$/);
      for (const p of m.products ?? []) expect(p).toMatch(/^[0-9a-f]{4}$/);
    }
  });
});
