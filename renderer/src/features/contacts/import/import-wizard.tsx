// Import a customer list: choose → upload → preview & map columns → import → summary.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeaderMapping, ImportPreview } from '../../../../../common/crm';
import { crm } from '../parts/crm-api';
import { ErrorLine } from '../../../ui-shared/error-line';
import { errorText, reasonSentence } from '../../../ui-shared/error-text';
import { ChooseStep } from './choose-step';
import { MappingStep } from './mapping-step';
import { RunningStep } from './running-step';
import { SummaryStep } from './import-summary-step';
import { UploadStep } from './upload-step';
import { UploadTooLargeError, uploadFile } from './upload-file';
import { useImportJob } from './use-import-job';

type Step =
  | { step: 'choose' }
  | { step: 'upload'; name: string; sent: number; size: number }
  | { step: 'map'; fileId: string; name: string; preview: ImportPreview }
  | { step: 'run' };

/** The import worker's error codes, in the IPC vocabulary the error texts are keyed by. */
const FAILURE_CODES: Record<string, string> = { badInput: 'INVALID_INPUT', notFound: 'NOT_FOUND' };

const STEPS = ['choose', 'upload', 'map', 'run', 'done'] as const;

export function ImportWizard({ onShowContacts }: { onShowContacts(): void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const upload = useRef<AbortController | null>(null);
  const job = useImportJob();
  const heading = useRef<HTMLHeadingElement>(null);

  const finished = state.step === 'run' && job.end;
  const current = finished ? 'done' : state.step;
  useEffect(() => heading.current?.focus(), [current]);
  useEffect(() => {
    if (!finished || !job.end) return;
    setCancelling(false);
    if ('error' in job.end) {
      const { code, reason } = job.end.error;
      setError(`${t('import.failed')}${t('punctuation.sentenceGap')}${reasonSentence(t, reason) ?? t(`contacts.errors.${FAILURE_CODES[code] ?? 'INTERNAL'}`)}`);
    }
  }, [finished, job.end, t]);
  useEffect(() => () => upload.current?.abort(), []);

  const choose = async (file: File) => {
    setError(undefined);
    const abort = new AbortController();
    upload.current = abort;
    setState({ step: 'upload', name: file.name, sent: 0, size: file.size });
    try {
      const fileId = await uploadFile(file, (sent) => setState({ step: 'upload', name: file.name, sent, size: file.size }), abort.signal);
      const preview = await crm.previewImport({ fileId, rows: 10 });
      setState({ step: 'map', fileId, name: file.name, preview });
    } catch (e) {
      setState({ step: 'choose' });
      if (abort.signal.aborted) return;
      setError(e instanceof UploadTooLargeError ? t('import.tooLarge') : errorText(t, e, 'import.uploadFailed'));
    }
  };
  const start = async (fileId: string, mapping: HeaderMapping, listName: string) => {
    setError(undefined);
    setBusy(true);
    try {
      await job.start(fileId, mapping, listName);
      setState({ step: 'run' });
    } catch (e) {
      setError(errorText(t, e, 'import.startFailed'));
    } finally {
      setBusy(false);
    }
  };
  const cancel = async () => {
    setCancelling(true);
    try {
      await job.cancel();
    } catch (e) {
      setCancelling(false);
      setError(errorText(t, e, 'import.cancelFailed'));
    }
  };
  const again = () => {
    setError(undefined);
    setState({ step: 'choose' });
  };

  return (
    <section className="import-wizard" aria-labelledby="import-title" data-testid="import-wizard">
      <h2 id="import-title" ref={heading} tabIndex={-1}>
        {t('import.title')}
      </h2>
      <ol className="wizard-steps">
        {STEPS.filter((s) => s !== 'upload').map((s) => (
          <li key={s} aria-current={s === current || (s === 'choose' && current === 'upload') ? 'step' : undefined}>
            {t(`import.steps.${s}`)}
          </li>
        ))}
      </ol>
      <ErrorLine message={error} testId="import-error" />
      {state.step === 'choose' && <ChooseStep onFile={(f) => void choose(f)} disabled={false} />}
      {state.step === 'upload' && <UploadStep name={state.name} sent={state.sent} size={state.size} onCancel={() => upload.current?.abort()} />}
      {state.step === 'map' && (
        <MappingStep key={state.fileId} preview={state.preview} fileName={state.name} busy={busy} onBack={again} onStart={(m, l) => void start(state.fileId, m, l)} />
      )}
      {state.step === 'run' && !job.end && <RunningStep progress={job.progress} cancelling={cancelling} onCancel={() => void cancel()} />}
      {finished && job.end && 'summary' in job.end && <SummaryStep summary={job.end.summary} onAgain={again} onShowContacts={onShowContacts} />}
      {finished && job.end && 'error' in job.end && (
        <button type="button" onClick={again}>{t('import.again')}</button>
      )}
    </section>
  );
}
