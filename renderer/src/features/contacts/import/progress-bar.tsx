/** A labelled progress bar; `value` null means indeterminate. */
export function ProgressBar({ label, value, testId }: { label: string; value: number | null; testId?: string }) {
  return (
    <div className="progress">
      <progress aria-label={label} max={1} {...(value === null ? {} : { value })} data-testid={testId} />
      {value !== null && <span className="progress-pct">{Math.round(value * 100)}%</span>}
    </div>
  );
}
