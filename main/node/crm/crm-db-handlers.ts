// The CRM's methods of the store (contacts, search, do-not-call, import reports), served by the DB worker.
import {
  AddNoteRequest, CompleteFollowUpRequest, DncAddPhoneRequest, DncAddRequest, DncListRequest, DncRemoveRequest, GetContactRequest, ImportReportRequest,
  LogCallRequest, PreviewImportRequest, ScheduleFollowUpRequest, SearchRequest, SetDispositionRequest, SetTagsRequest, UpdateContactRequest,
} from '../../../common/crm';
import { defineHandler, noParams } from '../store/define-handler';
import { countContacts, searchContacts } from './repo/search-contacts';
import { getContactCard } from './repo/contact-card';
import { addNote, completeFollowUp, logCall, scheduleFollowUp, setDisposition, setTags, updateContact } from './repo/contact-edits';
import { addContactPhoneToDnc, addDnc, listDnc, removeDnc } from './repo/dnc-list';
import { importIssues, importReportCsv } from './repo/import-report';
import { listCallLists } from './repo/call-lists';
import { previewImport } from './import/preview-import';
import { loadResumableJob } from './import/import-jobs';

export const crmDbHandlers = {
  search: defineHandler(SearchRequest, (db, r) => searchContacts(db, r)),
  count: defineHandler(SearchRequest, (db, r) => countContacts(db, r)),
  getContact: defineHandler(GetContactRequest, (db, r) => getContactCard(db, r.id)),
  updateContact: defineHandler(UpdateContactRequest, (db, r) => updateContact(db, r)),
  addNote: defineHandler(AddNoteRequest, (db, r) => addNote(db, r.contactId, r.body)),
  setTags: defineHandler(SetTagsRequest, (db, r) => {
    setTags(db, r.contactId, r.tags);
  }),
  scheduleFollowUp: defineHandler(ScheduleFollowUpRequest, (db, r) => scheduleFollowUp(db, r.contactId, r.dueAt, r.reason)),
  completeFollowUp: defineHandler(CompleteFollowUpRequest, (db, r) => {
    completeFollowUp(db, r.id, r.doneAt);
  }),
  setDisposition: defineHandler(SetDispositionRequest, (db, r) => {
    setDisposition(db, r.callId, r.disposition);
  }),
  logCall: defineHandler(LogCallRequest, (db, r) => logCall(db, r)),
  // the agents' panel: hidden entries stay untouched
  dncAdd: defineHandler(DncAddRequest, (db, r) => addDnc(db, r.number, r.reason, r.source, r.note, Date.now(), 'desk')),
  dncAddContactPhone: defineHandler(DncAddPhoneRequest, (db, r) => addContactPhoneToDnc(db, r.contactId, r.phoneIndex, r.reason)),
  dncRemove: defineHandler(DncRemoveRequest, (db, r) => removeDnc(db, r.number)),
  dncList: defineHandler(DncListRequest, (db, r) => listDnc(db, r.afterKey, r.limit)),
  previewImport: defineHandler(PreviewImportRequest, (_db, r) => previewImport(r.file, r.rows)),
  importIssues: defineHandler(ImportReportRequest, (db, r) => importIssues(db, r.jobId)),
  /** refuses at once an import that cannot be resumed (unknown, not interrupted, too old); the file is checked by the import */
  checkResumable: defineHandler(ImportReportRequest.pick({ jobId: true }), (db, r) => void loadResumableJob(db, r.jobId)),
  importReportCsv: defineHandler(ImportReportRequest, (db, r) => importReportCsv(db, r.jobId, r.language)),
  /** Call lists with their member counts, by name (the Contacts filter). */
  lists: defineHandler(noParams, (db) => listCallLists(db)),
};
