import type { Database } from 'better-sqlite3';
import {
  AddNoteRequest, CompleteFollowUpRequest, DncAddRequest, DncListRequest, DncRemoveRequest, GetContactRequest, ImportReportRequest,
  LogCallRequest, PreviewImportRequest, ScheduleFollowUpRequest, SearchRequest, SetDispositionRequest, SetTagsRequest, UpdateContactRequest,
} from '../../../../common/crm';
import { countContacts, searchContacts } from '../repo/searchContacts';
import { getContactCard } from '../repo/contactCard';
import { addNote, completeFollowUp, logCall, scheduleFollowUp, setDisposition, setTags, updateContact } from '../repo/contactEdits';
import { addDnc, listDnc, removeDnc } from '../repo/dncList';
import { importIssues, importReportCsv } from '../repo/importReport';
import { listCallLists } from '../repo/callLists';
import { previewImport } from '../import/previewImport';
import { campaignDbHandlers } from '../../campaign/db/campaignDbHandlers';
import { statsDbHandlers } from '../../stats/statsDbHandlers';
import { dialerDbHandlers } from '../../dialer/db/dialerDbHandlers';

/** Every service method: params are validated with the shared zod schemas before touching SQL. */
export function crmHandlers(db: Database) {
  return {
    search: (p: unknown) => searchContacts(db, SearchRequest.parse(p)),
    count: (p: unknown) => countContacts(db, SearchRequest.parse(p)),
    getContact: (p: unknown) => getContactCard(db, GetContactRequest.parse(p).id),
    updateContact: (p: unknown) => updateContact(db, UpdateContactRequest.parse(p)),
    addNote: (p: unknown) => {
      const r = AddNoteRequest.parse(p);
      return addNote(db, r.contactId, r.body);
    },
    setTags: (p: unknown) => {
      const r = SetTagsRequest.parse(p);
      setTags(db, r.contactId, r.tags);
    },
    scheduleFollowUp: (p: unknown) => {
      const r = ScheduleFollowUpRequest.parse(p);
      return scheduleFollowUp(db, r.contactId, r.dueAt, r.reason);
    },
    completeFollowUp: (p: unknown) => {
      const r = CompleteFollowUpRequest.parse(p);
      completeFollowUp(db, r.id, r.doneAt);
    },
    setDisposition: (p: unknown) => {
      const r = SetDispositionRequest.parse(p);
      setDisposition(db, r.callId, r.disposition);
    },
    logCall: (p: unknown) => logCall(db, LogCallRequest.parse(p)),
    dncAdd: (p: unknown) => {
      const r = DncAddRequest.parse(p);
      return addDnc(db, r.number, r.reason, r.source, r.note, Date.now(), 'desk'); // the agents' panel: hidden entries stay untouched
    },
    dncRemove: (p: unknown) => removeDnc(db, DncRemoveRequest.parse(p).number),
    dncList: (p: unknown) => {
      const r = DncListRequest.parse(p);
      return listDnc(db, r.afterKey, r.limit);
    },
    previewImport: (p: unknown) => {
      const r = PreviewImportRequest.parse(p);
      return previewImport(r.file, r.rows);
    },
    importIssues: (p: unknown) => importIssues(db, ImportReportRequest.parse(p).jobId),
    importReportCsv: (p: unknown) => importReportCsv(db, ImportReportRequest.parse(p).jobId),
    lists: () => listCallLists(db),
    ...campaignDbHandlers(db),
    ...statsDbHandlers(db),
    ...dialerDbHandlers(db),
  };
}

export type CrmHandlers = ReturnType<typeof crmHandlers>;
export type CrmMethod = keyof CrmHandlers;
