// The CRM channels over the store (SQLite in worker threads). Worker error codes become IPC codes;
// imports run as jobs whose progress and end are pushed to the page as events.
import type { ImportJob } from '../store/store-client';
import type { AppStoreClient } from '../store-worker/store-handlers';
import { StoreError } from '../store/store-errors';
import type { UploadStore } from '../files/upload-store';
import type { EventHub } from '../ipc/event-hub';
import type { Handlers } from '../ipc/router';
import { viaCrm } from './crm-errors';
import type { Logger } from '../logging/logger';

type CrmChannel = Extract<keyof Handlers, `crm:${string}`>;
type CrmHandlers = Pick<Handlers, CrmChannel>;

const crm = viaCrm;

export function crmHandlers(client: AppStoreClient, uploads: UploadStore, events: EventHub, log: Logger): CrmHandlers {
  const jobs = new Map<number, ImportJob>();
  let nextImportId = 1;
  const { api } = client;
  const card = (id: number) => crm(() => api.getContact({ id }));

  /** Registers a running import and pushes its progress and its end to the page. */
  const follow = (job: ImportJob) => {
    const importId = nextImportId++;
    jobs.set(importId, job);
    job.on('progress', (progress) => events.emit('crm:importProgress', { importId, progress }));
    job.done
      .then(
        (summary) => events.emit('crm:importFinished', { importId, summary }),
        (error: Error) => {
          log.warn('crm: import failed', { importId, error: error.message, details: error instanceof StoreError ? error.details : undefined }); // name, code, exit code, stack for support
          const failed = error instanceof StoreError ? { code: error.code, message: error.message, ...(error.reason ? { reason: error.reason } : {}) } : { code: 'internal', message: error.message };
          events.emit('crm:importFinished', { importId, error: failed });
        },
      )
      .finally(() => jobs.delete(importId));
    return { importId };
  };

  return {
    'crm:search': (req) => crm(() => api.search(req)),
    'crm:count': (req) => crm(() => api.count(req)),
    'crm:contact': ({ id }) => card(id),
    'crm:updateContact': async (req) => (await crm(() => api.updateContact(req)), card(req.id)),
    'crm:addNote': async ({ contactId, body }) => (await crm(() => api.addNote({ contactId, body })), card(contactId)),
    'crm:setTags': async ({ contactId, tags }) => (await crm(() => api.setTags({ contactId, tags })), card(contactId)),
    'crm:scheduleFollowUp': async ({ contactId, dueAt, reason }) => (await crm(() => api.scheduleFollowUp({ contactId, dueAt, reason })), card(contactId)),
    'crm:completeFollowUp': async ({ contactId, id, doneAt }) => (await crm(() => api.completeFollowUp({ id, doneAt })), card(contactId)),
    'crm:setDisposition': async ({ contactId, callId, disposition }) => (await crm(() => api.setDisposition({ callId, disposition })), card(contactId)),
    'crm:logCall': async (req) => ({ id: await crm(() => api.logCall(req)) }),
    'crm:dncAdd': (req) => crm(() => api.dncAdd(req)),
    'crm:dncAddPhone': async ({ contactId, phoneIndex, reason }) => (await crm(() => api.dncAddContactPhone({ contactId, phoneIndex, reason })), card(contactId)),
    'crm:dncRemove': async ({ number }) => ({ removed: await crm(() => api.dncRemove({ number })) }),
    'crm:dncList': ({ afterKey, limit }) => crm(() => api.dncList({ afterKey, limit })),
    'crm:previewImport': async ({ fileId, rows }) => crm(() => api.previewImport({ file: uploads.pathOf(fileId), rows })),
    'crm:startImport': ({ fileId, mapping, listName }) =>
      follow(client.startImport({ file: uploads.pathOf(fileId), ...(mapping ? { mapping } : {}), ...(listName ? { listName } : {}) })),
    'crm:resumeImport': async ({ jobId }) => {
      await crm(() => api.checkResumable({ jobId }));
      return follow(client.resumeImport(jobId));
    },
    'crm:lists': () => crm(() => api.lists()),
    'crm:cancelImport': ({ importId }) => {
      const job = jobs.get(importId);
      job?.cancel();
      return { cancelled: job !== undefined };
    },
    'crm:importReport': async ({ jobId, language }) => {
      const [issues, csv] = await Promise.all([crm(() => api.importIssues({ jobId })), crm(() => api.importReportCsv({ jobId, language }))]);
      return { issues, csv };
    },
  };
}
