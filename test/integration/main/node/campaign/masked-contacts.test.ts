// A customer of a campaign that masks numbers is masked everywhere the CRM shows them: the contact list,
// the card's phones and its call history. Archiving the campaign (or not masking) shows numbers again.
import { afterEach, describe, expect, it } from 'vitest';
import { crmDbHandlers } from '../../../../../main/node/crm/crm-db-handlers';
import { handlersOn } from '../../../../support/store/in-process-store';
import { ContactCard, SearchPage } from '../../../../../common/crm';
import { campaignDesk, campaignInput, type CampaignDesk } from './campaign-env';

let desk: CampaignDesk;
afterEach(() => desk.cleanup());

const REAL = ['13800138001', '62345001', '0138', '138 0013'];

describe('masked campaign customers in the CRM', () => {
  it.each([
    ['masks a list member of a masking campaign', { maskNumbers: true }, false, true],
    ['shows numbers when the campaign does not mask', { maskNumbers: false }, false, false],
    ['shows numbers again once the masking campaign is archived', { maskNumbers: true }, true, false],
  ])('%s', async (_name, overrides, archive, masked) => {
    desk = await campaignDesk();
    await desk.call('campaign:save', { campaign: campaignInput(overrides) });
    if (archive) await desk.call('campaign:archive', { id: 'spring', archived: true });
    const crm = handlersOn(crmDbHandlers, desk.db);
    const id = desk.idOf('张伟');
    desk.db.prepare("INSERT INTO call_log(contact_id, line, direction, number, started_at, outcome, campaign_id) VALUES (?, 'sip:a', 'outbound', '+8613800138001', 1, 'busy', 'spring')").run(id);

    const page = SearchPage.parse(crm.search({ query: '张伟' }));
    const card = ContactCard.parse(crm.getContact({ id }));
    expect(page.items[0]!.masked).toBe(masked);
    expect(card.masked).toBe(masked);
    const shown = JSON.stringify({ row: page.items[0], phones: card.phones, calls: card.calls });
    if (masked) {
      expect(page.items[0]!.primaryPhone).toBe('138****8001');
      expect(card.phones.map((p) => p.e164)).toEqual(['138****8001', '010****5001']);
      expect(card.calls[0]!.number).toBe('138****8001');
      for (const digits of REAL) expect(shown).not.toContain(digits);
    } else {
      expect(card.phones[0]!.e164).toBe('+8613800138001');
      expect(shown).toContain('13800138001');
    }
  });
});
