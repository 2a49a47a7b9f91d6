// What the app offers when a headset is 'permission-denied' on Linux: install the bundled udev rule.
export const UDEV_RULE_FILE = '70-dialdeck-headsets.rules';

/** Commands to run as root (e.g. through pkexec), given where the packaged app keeps deploy/udev/. */
export function udevInstallCommands(bundledRulePath: string): string[][] {
  return [
    ['install', '-m', '0644', bundledRulePath, `/etc/udev/rules.d/${UDEV_RULE_FILE}`],
    ['udevadm', 'control', '--reload-rules'],
    // Re-applies rules to hidraw nodes already present, so no re-plug is needed.
    ['udevadm', 'trigger', '--subsystem-match=hidraw', '--action=change'],
  ];
}
