// The desk as the proofs see it, read from the app's and the phone's stores at this moment.
import { usePhone } from '../../../phone/phone-store';
import { useApp } from '../../../ui-shared/app-store';
import type { DeskNow } from './live-proofs';

export const deskNow = (): DeskNow => {
  const { devices, settings } = useApp.getState();
  return { devices, settings, accounts: usePhone.getState().accounts };
};
