// Customers of a campaign that masks numbers (a member of one of its lists) reach the page with every
// number masked — in the contact list, on the card and in its call history — so an agent never reads,
// copies or exports their real number; dialling them goes by {contactId, phoneIndex}, resolved in main.
import type { CallLogEntry, PhoneDto } from '../../../../common/crm';
import { maskNumber } from '../../../../common/privacy/mask-number';

/** SQL predicate on the contact aliased `c`: is it in a list of a live campaign with maskNumbers on? */
export const IS_MASKED_CONTACT = `EXISTS (
  SELECT 1 FROM list_members mm
  JOIN campaigns k ON k.archived = 0 AND json_extract(k.settings, '$.maskNumbers') = 1
  JOIN json_each(k.settings, '$.listIds') kl ON CAST(kl.value AS INTEGER) = mm.list_id
  WHERE mm.contact_id = c.id)`;

export function maskPhone(phone: PhoneDto): PhoneDto {
  const masked = maskNumber(phone.e164);
  const { extension: _extension, ...rest } = phone;
  return { ...rest, e164: masked, national: masked, raw: masked };
}

export function maskCall(call: CallLogEntry): CallLogEntry {
  return { ...call, number: maskNumber(call.number) };
}
