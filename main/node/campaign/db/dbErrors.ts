import { ImportInputError } from '../../crm/import/importErrors';

/** Bad campaign input the agent can fix; the worker maps it to badInput like the CRM's own input errors. */
export class CampaignInputError extends ImportInputError {}
