import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UDEV_RULE_FILE, udevInstallCommands } from '../../../../../../main/node/devices/hid/udev-rule';
import { loadFixtures } from '../../../../common/hid/fixtures';
import { repoPath } from '../../../../../support/repo-path';

const rulePath = repoPath(`deploy/udev/${UDEV_RULE_FILE}`);
const rules = readFileSync(rulePath, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));

describe('deploy/udev rule', () => {
  it('every rule grants hidraw access to the seat user, by vendor', () => {
    for (const line of rules) {
      expect(line).toMatch(/^KERNEL=="hidraw\*", SUBSYSTEM=="hidraw", ATTRS\{idVendor\}=="[0-9a-f]{4}", TAG\+="uaccess"$/);
    }
  });

  it('covers the vendor of every known telephony headset fixture', () => {
    const vendors = new Set(rules.map((l) => /idVendor}=="([0-9a-f]{4})"/.exec(l)![1]));
    for (const fx of loadFixtures()) expect(vendors, fx.file).toContain(fx.vid.replace(/^0x/, '').toLowerCase());
  });

  it('installs under the same name and reloads udev', () => {
    expect(udevInstallCommands('/opt/Dialdeck/resources/udev/70-dialdeck-headsets.rules')).toEqual([
      ['install', '-m', '0644', '/opt/Dialdeck/resources/udev/70-dialdeck-headsets.rules', '/etc/udev/rules.d/70-dialdeck-headsets.rules'],
      ['udevadm', 'control', '--reload-rules'],
      ['udevadm', 'trigger', '--subsystem-match=hidraw', '--action=change'],
    ]);
  });
});
