/** How each simulated vendor family answers identity queries and reports calls (bytes as the fixtures show them). */
export interface SimProfile {
  manufacturer: string;
  model: string;
  ring: string;
  answered: string;
  /** GSM modules have a SIM, IMEI and network; an analog FXO modem answers those queries with ERROR. */
  gsm: boolean;
  /** What the module prints when it comes back from a reboot (notes §4). */
  boot: string;
}

/** Huawei prints this at boot and also periodically as a keep-alive. */
export const HUAWEI_BOOT = '\r\n^BOOT:20952548,0,0,0,72\r\n';

export const SIM_PROFILES: Readonly<Record<string, SimProfile>> = {
  simcom: {
    manufacturer: 'SIMCOM INCORPORATED',
    model: 'SIMCOM_SIM7600E-H',
    // CR CR LF framing as in simcom-sim7600-incoming-answer-dtmf-remote-hangup.json
    ring: '\r\r\n+CRING: VOICE\r\r\n',
    answered: '\r\nVOICE CALL: BEGIN\r\n',
    gsm: true,
    // SIM7600 after a reset (LilyGO T-SIM7600X PR #41)
    boot: '\r\nRDY\r\n\r\n+CPIN: READY\r\n\r\nSMS DONE\r\n\r\nPB DONE\r\n',
  },
  huawei: { manufacturer: 'huawei', model: 'E1752', ring: '\r\nRING\r\n', answered: '\r\n^CONN:1,0\r\n', gsm: true, boot: HUAWEI_BOOT },
  quectel: { manufacturer: 'Quectel', model: 'EC25', ring: '\r\nRING\r\n', answered: '\r\n^DSCI: 1,1,3,0,+15551230000,145\r\n', gsm: true, boot: '\r\nRDY\r\n\r\n+CFUN: 1\r\n\r\n+CPIN: READY\r\n\r\n+QIND: SMS DONE\r\n' },
  generic: { manufacturer: 'Generic', model: 'Modem', ring: '\r\nRING\r\n', answered: '', gsm: true, boot: '\r\n+CPIN: READY\r\n' },
  // U.S. Robotics 56K voice modem as in fxo-usr-formatted-caller-id.json
  fxo: { manufacturer: 'U.S. Robotics', model: '56K FAX EXT', ring: '\r\nRING\r\n', answered: '\r\nVCON\r\n', gsm: false, boot: '' },
};
