// Where an agent without a usable line is sent: the setup wizard's SIP account step (gateways are the
// next step over), rather than the wizard's first step.
import { useApp } from '../../ui-shared/app-store';
import { useWizard } from '../setup/parts/wizard-store';

export function openLineSetup(): void {
  useWizard.getState().go('sip');
  useApp.getState().go('setup');
}
