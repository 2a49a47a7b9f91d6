// The local CRM cache: search, the contact card, DNC and list imports. DTOs are the CRM's own schemas.
import { z } from 'zod';
import {
  AddNoteRequest,
  CompleteFollowUpRequest,
  ContactCard,
  CountResult,
  DncAddPhoneRequest,
  DncAddRequest,
  DncEntry,
  DncListRequest,
  DncRemoveRequest,
  GetContactRequest,
  HeaderMapping,
  ImportPreview,
  ImportProgress,
  ImportSummary,
  ListDto,
  LogCallRequest,
  RowIssue,
  ScheduleFollowUpRequest,
  SearchPage,
  SearchRequest,
  SetDispositionRequest,
  SetTagsRequest,
  UpdateContactRequest,
} from '../../crm';
import { UiLanguage } from '../../i18n/ui-language';
import { FailureReasonSchema } from '../failure-reason';
import { FileId } from './files-channels';

const ContactId = z.object({ contactId: z.number().int().positive() });
const JobId = z.object({ jobId: z.number().int().positive() });
/** main's handle for a running import (the database's job id is known only once the worker starts) */
const ImportId = z.object({ importId: z.number().int().positive() });

export const crmInvoke = {
  'crm:search': { req: SearchRequest, res: SearchPage },
  'crm:count': { req: SearchRequest, res: CountResult },
  'crm:contact': { req: GetContactRequest, res: ContactCard },
  'crm:updateContact': { req: UpdateContactRequest, res: ContactCard },
  'crm:addNote': { req: AddNoteRequest, res: ContactCard },
  'crm:setTags': { req: SetTagsRequest, res: ContactCard },
  'crm:scheduleFollowUp': { req: ScheduleFollowUpRequest, res: ContactCard },
  'crm:completeFollowUp': { req: CompleteFollowUpRequest.extend(ContactId.shape), res: ContactCard },
  'crm:setDisposition': { req: SetDispositionRequest.extend(ContactId.shape), res: ContactCard },
  'crm:logCall': { req: LogCallRequest, res: z.object({ id: z.number().int().positive() }) },
  'crm:dncAdd': { req: DncAddRequest, res: DncEntry },
  /** from the contact card: that number of the contact goes on the list; answers the card */
  'crm:dncAddPhone': { req: DncAddPhoneRequest, res: ContactCard },
  'crm:dncRemove': { req: DncRemoveRequest, res: z.object({ removed: z.boolean() }) },
  'crm:dncList': { req: DncListRequest, res: z.array(DncEntry) },
  'crm:previewImport': { req: z.object({ fileId: FileId, rows: z.number().int().min(1).max(100).default(10) }), res: ImportPreview },
  'crm:startImport': {
    req: z.object({ fileId: FileId, mapping: HeaderMapping.optional(), listName: z.string().trim().min(1).max(200).optional() }),
    res: ImportId,
  },
  /** carries on an import a crash interrupted, from its last committed batch */
  'crm:resumeImport': { req: JobId, res: ImportId },
  'crm:lists': { req: z.object({}).strict(), res: z.array(ListDto) },
  'crm:cancelImport': { req: ImportId, res: z.object({ cancelled: z.boolean() }) },
  /** the first 1,000 rows not imported and why (facts the page says in its language), and the full report file in `language` */
  'crm:importReport': { req: JobId.extend({ language: UiLanguage }), res: z.object({ issues: z.array(RowIssue), csv: z.string() }) },
} as const;

export const crmEvents = {
  'crm:importProgress': ImportId.extend({ progress: ImportProgress }),
  /** error: the store's code, main's English message for the log, and the reason the page says */
  'crm:importFinished': ImportId.extend({
    summary: ImportSummary.optional(),
    error: z.object({ code: z.string(), message: z.string(), reason: FailureReasonSchema.optional() }).optional(),
  }),
} as const;
