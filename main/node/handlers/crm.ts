// The CRM channels over CrmClient (SQLite in worker threads). Worker error codes become IPC codes;
// imports run as jobs whose progress and end are pushed to the page as events.
import { CrmError, type CrmClient, type ImportJob } from '../crm/service/CrmClient';
import type { UploadStore } from '../files/upload-store';
import type { EventHub } from '../ipc/event-hub';
import type { Handlers } from '../ipc/router';
import { viaCrm } from './crm-errors';
import type { Logger } from '../logging/logger';

type CrmChannel = Extract<keyof Handlers, `crm:${string}`>;
type CrmHandlers = Pick<Handlers, CrmChannel>;

const crm = viaCrm;

export function crmHandlers(client: CrmClient, uploads: UploadStore, events: EventHub, log: Logger): CrmHandlers {
  const jobs = new Map<number, ImportJob>();
  let nextImportId = 1;
  const card = (id: number) => crm(() => client.getContact(id));

  /** Registers a running import and pushes its progress and its end to the page. */
  const follow = (job: ImportJob) => {
    const importId = nextImportId++;
    jobs.set(importId, job);
    job.on('progress', (progress) => events.emit('crm:importProgress', { importId, progress }));
    job.done
      .then(
        (summary) => events.emit('crm:importFinished', { importId, summary }),
        (error: Error) => {
          log.warn('crm: import failed', { importId, error: error.message, details: error instanceof CrmError ? error.details : undefined }); // name, code, exit code, stack for support
          events.emit('crm:importFinished', { importId, error: { code: error instanceof CrmError ? error.code : 'internal', message: error.message } });
        },
      )
      .finally(() => jobs.delete(importId));
    return { importId };
  };

  return {
    'crm:search': (req) => crm(() => client.search(req)),
    'crm:count': (req) => crm(() => client.count(req)),
    'crm:contact': ({ id }) => card(id),
    'crm:updateContact': async (req) => (await crm(() => client.updateContact(req)), card(req.id)),
    'crm:addNote': async ({ contactId, body }) => (await crm(() => client.addNote(contactId, body)), card(contactId)),
    'crm:setTags': async ({ contactId, tags }) => (await crm(() => client.setTags(contactId, tags)), card(contactId)),
    'crm:scheduleFollowUp': async ({ contactId, dueAt, reason }) => (await crm(() => client.scheduleFollowUp(contactId, dueAt, reason)), card(contactId)),
    'crm:completeFollowUp': async ({ contactId, id, doneAt }) => (await crm(() => client.completeFollowUp(id, doneAt)), card(contactId)),
    'crm:setDisposition': async ({ contactId, callId, disposition }) => (await crm(() => client.setDisposition(callId, disposition)), card(contactId)),
    'crm:logCall': async (req) => ({ id: await crm(() => client.logCall(req)) }),
    'crm:dncAdd': (req) => crm(() => client.dncAdd(req)),
    'crm:dncRemove': async ({ number }) => ({ removed: await crm(() => client.dncRemove(number)) }),
    'crm:dncList': ({ afterKey, limit }) => crm(() => client.dncList(afterKey, limit)),
    'crm:previewImport': async ({ fileId, rows }) => crm(() => client.previewImport(uploads.pathOf(fileId), rows)),
    'crm:startImport': ({ fileId, mapping, listName }) =>
      follow(client.startImport({ file: uploads.pathOf(fileId), ...(mapping ? { mapping } : {}), ...(listName ? { listName } : {}) })),
    'crm:resumeImport': ({ jobId }) => follow(client.resumeImport(jobId)),
    'crm:lists': () => crm(() => client.lists()),
    'crm:cancelImport': ({ importId }) => {
      const job = jobs.get(importId);
      job?.cancel();
      return { cancelled: job !== undefined };
    },
    'crm:importReport': async ({ jobId }) => {
      const [issues, csv] = await Promise.all([crm(() => client.importIssues(jobId)), crm(() => client.importReportCsv(jobId))]);
      return { issues: issues.slice(0, 1000), csv };
    },
  };
}
