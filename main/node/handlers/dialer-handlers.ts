// The dialer's channels: contact numbers for dialling, recent calls, the call log of placed calls and
// privacy bindings. Contact subjects are resolved here, so the page of a masked call only ever gets
// the mask (or, for privacy calls, nothing but X).
import type { DialSubject } from '../../../common/dialer/dial-subject';
import { maskNumber } from '../../../common/privacy/mask-number';
import type { ContactPhone } from '../dialer/db/dialer-db-handlers';
import type { Handlers } from '../ipc/router';
import { viaCrm } from './crm-errors';
import { bindPrivacyCall, releasePrivacyBinding, type PrivacyDeps } from '../privacy/privacy-calls';
import type { MainServices } from '../services';
import { maskedText } from '../crm/repo/mask-extra-fields';

type DialerHandlers = Pick<Handlers, Extract<keyof Handlers, `dialer:${string}` | `privacy:${string}`>>;

const db = viaCrm;

/** What a phone of a contact dials: E.164, with its extension for SIP/AT to send after the answer. */
const dialString = (p: ContactPhone) => p.e164;

export function dialerHandlers(s: MainServices, privacyDeps: Partial<PrivacyDeps> = {}): DialerHandlers {
  const phone = (contactId: number, phoneIndex: number) => db(() => s.store.api.dialerContactPhone({ contactId, phoneIndex }));
  const customer = async (subject: DialSubject): Promise<string> => ('number' in subject ? subject.number : dialString(await phone(subject.contactId, subject.phoneIndex)));
  const privacy: PrivacyDeps = { settings: () => s.settings.get().binding, secrets: s.secrets, ...privacyDeps };
  return {
    'dialer:resolve': async ({ subject, masked }) => {
      const p = await phone(subject.contactId, subject.phoneIndex);
      const number = dialString(p);
      return { number, display: masked ? maskNumber(number) : number, contactName: maskedText(p.contactName, masked) };
    },
    'dialer:recent': ({ limit }) => db(() => s.store.api.dialerRecentCalls({ limit })),
    'dialer:logCall': async ({ subject, dialled, ...row }) => {
      const number = await customer(subject).catch(() => dialled);
      const contactId = row.contactId ?? ('contactId' in subject ? subject.contactId : null);
      return { id: await db(() => s.store.api.logCall({ ...row, contactId, number })) };
    },
    'privacy:bind': async ({ subject, mode, masked }) => bindPrivacyCall(privacy, await customer(subject), mode, masked),
    'privacy:release': async ({ bindingId }) => ({ released: await releasePrivacyBinding(privacy, bindingId) }),
  };
}
