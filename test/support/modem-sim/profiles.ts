/** How each simulated vendor family answers identity queries and reports calls (bytes as the fixtures show them). */
export interface SimProfile {
  manufacturer: string;
  model: string;
  ring: string;
  answered: string;
}

export const SIM_PROFILES: Readonly<Record<string, SimProfile>> = {
  simcom: {
    manufacturer: 'SIMCOM INCORPORATED',
    model: 'SIMCOM_SIM7600E-H',
    // CR CR LF framing as in simcom-sim7600-incoming-answer-dtmf-remote-hangup.json
    ring: '\r\r\n+CRING: VOICE\r\r\n',
    answered: '\r\nVOICE CALL: BEGIN\r\n',
  },
  huawei: { manufacturer: 'huawei', model: 'E1752', ring: '\r\nRING\r\n', answered: '\r\n^CONN:1,0\r\n' },
  quectel: { manufacturer: 'Quectel', model: 'EC25', ring: '\r\nRING\r\n', answered: '\r\n^DSCI: 1,1,3,0,+15551230000,145\r\n' },
  generic: { manufacturer: 'Generic', model: 'Modem', ring: '\r\nRING\r\n', answered: '' },
};
