// Pairing a voice modem's audio port with its AT port from USB identity alone, over listings as serialport's
// Linux list() reports them (pnpId = the /dev/serial/by-id name, location = the /dev/serial/by-path name).
import { describe, expect, it } from 'vitest';
import { AUDIO_LAYOUTS, findAudioPairs, isAudioPort, PCM_8K, usbDeviceOf, type AudioPair, type UsbPortIdentity } from '../../../../common/devices/audio-ports';
import { huaweiE1550, quectelEc25, simcom7600 } from '../../../support/devices/voice-modem-listings';

const SOCKET_A = 'pci-0000:00:14.0-usb-0:2';
const SOCKET_B = 'pci-0000:00:14.0-usb-0:3';

describe('audio interfaces by vid:pid', () => {
  it.each<[string, UsbPortIdentity, boolean]>([
    ['Huawei E1550 if01', { path: '/dev/ttyUSB1', vendorId: '12d1', productId: '1001', pnpId: 'usb-HUAWEI_Technology_HUAWEI_Mobile-if01-port0' }, true],
    ['Huawei E1550 if02 (AT)', { path: '/dev/ttyUSB2', vendorId: '12d1', productId: '1001', pnpId: 'usb-HUAWEI_Technology_HUAWEI_Mobile-if02-port0' }, false],
    ['Huawei E17xx if02', { path: '/dev/ttyUSB2', vendorId: '12d1', productId: '140c', pnpId: 'usb-HUAWEI_Technology_HUAWEI_Mobile-if02-port0' }, true],
    ['Huawei E1750 if03', { path: '/dev/ttyUSB3', vendorId: '12d1', productId: '1436', pnpId: 'usb-HUAWEI_Technology_HUAWEI_Mobile-if03-port0' }, true],
    ['Huawei E153Du-1 if03', { path: '/dev/ttyUSB3', vendorId: '12d1', productId: '14ac', pnpId: 'usb-HUAWEI_Technology_HUAWEI_Mobile-if03-port0' }, true],
    ['Huawei E171 if02', { path: '/dev/ttyUSB2', vendorId: '12d1', productId: '1506', pnpId: 'usb-HUAWEI_Technology_HUAWEI_Mobile-if02-port0' }, true],
    ['Huawei E1750 if02 (not its audio)', { path: '/dev/ttyUSB2', vendorId: '12d1', productId: '1436', pnpId: 'usb-HUAWEI_Technology_HUAWEI_Mobile-if02-port0' }, false],
    ['Huawei E171 if01 (not its audio)', { path: '/dev/ttyUSB1', vendorId: '12d1', productId: '1506', pnpId: 'usb-HUAWEI_Technology_HUAWEI_Mobile-if01-port0' }, false],
    ['SIMCom SIM7600 if04', { path: '/dev/ttyUSB4', vendorId: '1e0e', productId: '9001', serialNumber: '0123456789ABCDEF', pnpId: 'usb-SimTech__Incorporated_SimTech__Incorporated_0123456789ABCDEF-if04-port0' }, true],
    ['Quectel EC25 if01 (QPCMV=1,0)', { path: '/dev/ttyUSB1', vendorId: '2c7c', productId: '0125', pnpId: 'usb-Quectel_EC25-if01-port0' }, true],
    ['Quectel EG91 if01', { path: '/dev/ttyUSB1', vendorId: '2c7c', productId: '0191', pnpId: 'usb-Quectel_EG91-if01-port0' }, true],
    ['Quectel RM500 (no serial voice) if01', { path: '/dev/ttyUSB1', vendorId: '2c7c', productId: '0800', pnpId: 'usb-Quectel_RM500Q-GL-if01-port0' }, false],
    ['upper-case ids (Windows spelling)', { path: 'COM7', vendorId: '2C7C', productId: '0125', pnpId: 'usb-Quectel_EC25-if01-port0' }, true],
    ['Conexant: audio in-band, no audio port', { path: '/dev/ttyACM0', vendorId: '0572', productId: '1340', pnpId: 'usb-Conexant_USB_Modem_24680246-if00' }, false],
    ['a CH340 cable', { path: '/dev/ttyUSB0', vendorId: '1a86', productId: '7523', pnpId: 'usb-1a86_USB2.0-Serial-if01-port0' }, false],
    ['a SIMCom port with no interface number', { path: '/dev/ttyUSB4', vendorId: '1e0e', productId: '9001' }, false],
  ])('%s', (_what, port, audio) => {
    expect(isAudioPort(port)).toBe(audio);
  });

  it('keys every layout by four lowercase hex digits each', () => {
    for (const key of Object.keys(AUDIO_LAYOUTS)) expect(key).toMatch(/^[0-9a-f]{4}:[0-9a-f]{4}$/);
  });
});

describe('one USB device, whatever its ttyUSB numbers', () => {
  it('is its serial number, else its socket (all interfaces of a dongle share it), else its by-id name', () => {
    const [, audio, at] = huaweiE1550(['/dev/ttyUSB0', '/dev/ttyUSB1', '/dev/ttyUSB2'], { location: SOCKET_A });
    expect(usbDeviceOf(audio!)).toBe(usbDeviceOf(at!));
    expect(usbDeviceOf(audio!)).toBe(`12d1:1001@${SOCKET_A}-port0`);
    const [, other] = huaweiE1550(['/dev/ttyUSB3', '/dev/ttyUSB4', '/dev/ttyUSB5'], { location: SOCKET_B });
    expect(usbDeviceOf(other!)).not.toBe(usbDeviceOf(audio!));
    expect(usbDeviceOf(simcom7600(['a', 'b', 'c', 'd', 'e'])[4]!)).toBe('1e0e:9001#0123456789ABCDEF');
    expect(usbDeviceOf(huaweiE1550(['a', 'b', 'c'])[1]!)).toBe('12d1:1001~usb-HUAWEI_Technology_HUAWEI_Mobile');
  });
});

describe('audio pairs', () => {
  const pair = (atPort: string, family: AudioPair['family'], audioPort?: string): AudioPair => ({ atPort, family, audio: 'port', audioPort: audioPort!, format: PCM_8K });

  it.each<[string, UsbPortIdentity[], AudioPair[]]>([
    ['a Huawei E1550: audio if01, AT if02', huaweiE1550(['/dev/ttyUSB0', '/dev/ttyUSB1', '/dev/ttyUSB2']), [pair('/dev/ttyUSB2', 'huawei', '/dev/ttyUSB1')]],
    [
      'a SIM7600: audio if04 with AT if02 (if03 is the second AT port)',
      simcom7600(['/dev/ttyUSB0', '/dev/ttyUSB1', '/dev/ttyUSB2', '/dev/ttyUSB3', '/dev/ttyUSB4']),
      [pair('/dev/ttyUSB2', 'simcom', '/dev/ttyUSB4')],
    ],
    ['an EC25: PCM on the NMEA port if01, AT if02', quectelEc25(['/dev/ttyUSB0', '/dev/ttyUSB1', '/dev/ttyUSB2', '/dev/ttyUSB3']), [pair('/dev/ttyUSB2', 'quectel', '/dev/ttyUSB1')]],
    ['an EC25 whose if02 is not listed pairs with if03', quectelEc25(['/dev/ttyUSB0', '/dev/ttyUSB1', '/dev/ttyUSB2', '/dev/ttyUSB3']).filter((p) => !p.pnpId?.includes('-if02')), [pair('/dev/ttyUSB3', 'quectel', '/dev/ttyUSB1')]],
    [
      'a SIM7600 whose audio interface is missing: the pair says so',
      simcom7600(['/dev/ttyUSB0', '/dev/ttyUSB1', '/dev/ttyUSB2', '/dev/ttyUSB3', '/dev/ttyUSB4']).slice(0, 4),
      [{ atPort: '/dev/ttyUSB2', family: 'simcom', audio: 'missing', format: PCM_8K }],
    ],
    ['a Conexant voice modem: audio in-band on its one tty', [{ path: '/dev/ttyACM0', vendorId: '0572', productId: '1340', pnpId: 'usb-Conexant_USB_Modem_24680246-if00' }], [{ atPort: '/dev/ttyACM0', family: 'conexant', audio: 'inBand' }]],
    ['... also listed without an interface number', [{ path: '/dev/ttyACM0', vendorId: '0572', productId: '1329' }], [{ atPort: '/dev/ttyACM0', family: 'conexant', audio: 'inBand' }]],
    ['an audio port alone (AT interface not listed): no pair', huaweiE1550(['/dev/ttyUSB0', '/dev/ttyUSB1', '/dev/ttyUSB2']).slice(0, 2), []],
    [
      'unknown devices: a CH340, a Huawei E3372 in modem mode, a console',
      [
        { path: '/dev/ttyUSB0', vendorId: '1a86', productId: '7523', pnpId: 'usb-1a86_USB2.0-Serial-if00-port0' },
        { path: '/dev/ttyUSB1', vendorId: '12d1', productId: '155e', pnpId: 'usb-HUAWEI_MOBILE_HUAWEI_MOBILE-if02-port0' },
        { path: '/dev/ttyS0' },
      ],
      [],
    ],
  ])('%s', (_what, ports, expected) => {
    expect(findAudioPairs(ports)).toEqual(expected);
  });

  it('two identical SIM7600s are told apart by serial number, in any listing order', () => {
    const a = simcom7600(['/dev/ttyUSB0', '/dev/ttyUSB1', '/dev/ttyUSB2', '/dev/ttyUSB3', '/dev/ttyUSB4'], { serialNumber: 'AAAA0001' });
    const b = simcom7600(['/dev/ttyUSB5', '/dev/ttyUSB6', '/dev/ttyUSB7', '/dev/ttyUSB8', '/dev/ttyUSB9'], { serialNumber: 'BBBB0002' });
    const interleaved = a.flatMap((p, i) => [b[4 - i]!, p]);
    expect(findAudioPairs(interleaved).map((p) => [p.atPort, p.audioPort])).toEqual([
      ['/dev/ttyUSB7', '/dev/ttyUSB9'],
      ['/dev/ttyUSB2', '/dev/ttyUSB4'],
    ]);
  });

  it('two identical serial-less Huawei dongles are told apart by the socket they are plugged into', () => {
    const a = huaweiE1550(['/dev/ttyUSB0', '/dev/ttyUSB1', '/dev/ttyUSB2'], { location: SOCKET_A });
    const b = huaweiE1550(['/dev/ttyUSB3', '/dev/ttyUSB4', '/dev/ttyUSB5'], { location: SOCKET_B });
    // the second dongle enumerated first and its ttys numbered before the first one's after a replug
    expect(findAudioPairs([...b, ...a]).map((p) => [p.atPort, p.audioPort])).toEqual([
      ['/dev/ttyUSB5', '/dev/ttyUSB4'],
      ['/dev/ttyUSB2', '/dev/ttyUSB1'],
    ]);
  });

  it('two identical dongles with neither serial nor location are not paired rather than paired wrongly', () => {
    const a = huaweiE1550(['/dev/ttyUSB0', '/dev/ttyUSB1', '/dev/ttyUSB2']);
    const b = huaweiE1550(['/dev/ttyUSB3', '/dev/ttyUSB4', '/dev/ttyUSB5']);
    expect(findAudioPairs([...a, ...b])).toEqual([]);
    expect([...a, ...b].filter(isAudioPort).map((p) => p.path)).toEqual(['/dev/ttyUSB1', '/dev/ttyUSB4']); // still never AT ports
  });
});
