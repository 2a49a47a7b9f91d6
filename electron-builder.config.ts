// Packaging (npm run dist, on a machine with the Electron binary). Every fuse is set explicitly and the
// type makes a fuse that is left out a compile error (Element's Required<> trick);
// test/unit/electron-builder-config.test.ts checks the list against @electron/fuses' own enum.
import type { Configuration } from 'electron-builder';

type Fuses = Required<Omit<NonNullable<Configuration['electronFuses']>, 'resetAdHocDarwinSignature'>>;

export const fuses: Fuses = {
  runAsNode: false, // the devices process is a utilityProcess, not ELECTRON_RUN_AS_NODE
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false, // the UI comes from app://, never file://
};

const config: Configuration = {
  appId: 'com.dialdeck.workstation',
  productName: 'Dialdeck',
  directories: { output: 'dist', buildResources: 'deploy/packaging' },
  files: ['out/**', 'package.json'],
  asar: true,
  // native modules must live outside the asar to be loadable
  asarUnpack: ['**/*.node'],
  electronFuses: fuses,
  protocols: [{ name: 'Telephone links', schemes: ['tel', 'callto'] }],
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    // ships the udev rule that gives the logged-in agent access to telephony headsets
    extraFiles: [{ from: 'deploy/udev', to: 'udev', filter: ['*.rules'] }],
  },
  win: { target: ['nsis'] },
  mac: {
    target: ['dmg'],
    hardenedRuntime: true,
    extendInfo: { NSMicrophoneUsageDescription: 'Dialdeck uses the microphone for phone calls.' },
  },
};

export default config;
