// Customers of a campaign that masks numbers (a member of one of its lists) reach the page with every
// number masked — in the contact list, on the card and in its call history — so an agent never reads,
// copies or exports their real number; dialling them goes by {contactId, phoneIndex}, resolved in main.
// Nothing that answers "which digits does this customer have" may reach the page either: see
// search-contacts.ts (number search) and dnc-list.ts (the DNC panel).
import type { CallLogEntry, PhoneDto } from '../../../../common/crm';
import { maskNumber } from '../../../../common/privacy/mask-number';

/** SQL subquery: the ids of live campaigns that mask numbers. */
export const MASKING_CAMPAIGN_IDS = `SELECT k.id FROM campaigns k WHERE k.archived = 0 AND json_extract(k.settings, '$.maskNumbers') = 1`;

/**
 * The lists those campaigns dial. Uncorrelated, so SQLite evaluates it once per statement rather than
 * once per contact: a number search filtering thousands of FTS hits stays one index probe per hit.
 */
const MASKED_LIST_IDS = `SELECT CAST(kl.value AS INTEGER) FROM campaigns k, json_each(k.settings, '$.listIds') kl
  WHERE k.archived = 0 AND json_extract(k.settings, '$.maskNumbers') = 1`;

/** SQL predicate: is the contact whose id is `contactId` (a column or expression) masked? */
export function isMaskedContactSql(contactId: string): string {
  return `EXISTS (SELECT 1 FROM list_members mm WHERE mm.contact_id = ${contactId} AND mm.list_id IN (${MASKED_LIST_IDS}))`;
}

/** SQL predicate on the contact aliased `c`: is it in a list of a live campaign with maskNumbers on? */
export const IS_MASKED_CONTACT = isMaskedContactSql('c.id');

/**
 * SQL predicate: does the number key `phoneKey` (an expression; E.164 with an optional ";ext=…") belong
 * to a masked contact? A bare key also covers that number's extensions, as DNC entries do.
 */
export function isMaskedNumberSql(phoneKey: string): string {
  return `EXISTS (SELECT 1 FROM contact_phones mp
    WHERE (mp.phone_key = ${phoneKey} OR (mp.phone_key > ${phoneKey} || ';ext=' AND mp.phone_key < ${phoneKey} || ';ext>'))
      AND ${isMaskedContactSql('mp.contact_id')})`;
}

export function maskPhone(phone: PhoneDto): PhoneDto {
  const masked = maskNumber(phone.e164);
  const { extension: _extension, ...rest } = phone;
  return { ...rest, e164: masked, national: masked, raw: masked }; // the DNC mark stays: it reveals no digit
}

export function maskCall(call: CallLogEntry): CallLogEntry {
  return { ...call, number: maskNumber(call.number) };
}
