// The buttons for one call, only those that make sense in its state and on its kind of line.
import { useTranslation } from 'react-i18next';
import * as act from '../../phone/call-actions';
import { displayNumber, useCallContexts, findPlaced } from '../../phone/call-context';
import type { LineCall } from '../../phone/line-call';
import { ActionButton } from './action-button';
import { useDialerUi } from './dialer-ui';

interface Props {
  call: LineCall;
  /** another SIP call this one can be joined with or transferred to */
  partner: LineCall | undefined;
  /** another call is connected: answering puts it on hold */
  waiting: boolean;
  recordingPolicy: 'off' | 'on-demand' | 'always';
}

export function CallControls({ call, partner, waiting, recordingPolicy }: Props) {
  const { t } = useTranslation();
  const openTransfer = useDialerUi((s) => s.openTransfer);
  const partnerNumber = useCallContexts((s) => (partner ? displayNumber(partner, findPlaced(s, partner)) : ''));
  const sip = call.via === 'sip';
  const inCall = call.state === 'connected' || call.state === 'held';
  if (call.state === 'ringing') {
    return (
      <div className="call-controls">
        <ActionButton command="answer" tone="go" label={waiting ? t('call.answerHold') : t('call.answer')} onClick={() => void act.answer(call)} testId="call-answer" />
        <ActionButton command="reject" tone="stop" label={t('call.reject')} onClick={() => void act.reject(call)} testId="call-reject" />
      </div>
    );
  }
  return (
    <div className="call-controls">
      <ActionButton command="hangup" tone="stop" label={t('call.hangup')} onClick={() => void act.hangup(call)} testId="call-hangup" />
      {sip && inCall && (
        <>
          <ActionButton command="hold" label={call.state === 'held' ? t('call.resume') : t('call.hold')} pressed={call.state === 'held'} onClick={() => void act.toggleHold(call)} testId="call-hold" />
          <ActionButton command="mute" label={call.muted ? t('call.unmute') : t('call.mute')} pressed={call.muted} onClick={() => void act.setMuted(call, !call.muted)} testId="call-mute" />
          <ActionButton command="transfer" label={t('call.transfer')} onClick={() => openTransfer(call.key)} testId="call-transfer" />
          {partner && !call.conferenced && <ActionButton command="conference" label={t('call.conference')} onClick={() => void act.conference(call, partner)} testId="call-conference" />}
          {partner && call.state === 'held' && partner.lineId === call.lineId && (
            <button type="button" className="call-action" onClick={() => void act.completeTransfer(call, partner)} data-testid="call-complete-transfer">
              {t('call.completeTransfer', { number: partnerNumber })}
            </button>
          )}
          {recordingPolicy === 'on-demand' && (
            <ActionButton command="record" label={call.recording ? t('call.stopRecording') : t('call.record')} pressed={call.recording} onClick={() => void act.toggleRecording(call)} testId="call-record" />
          )}
        </>
      )}
    </div>
  );
}
