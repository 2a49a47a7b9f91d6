// A failure, announced to screen readers, with what to do next (see errorText).
export function ErrorLine({ message, testId }: { message?: string; testId?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="error" data-testid={testId}>
      {message}
    </p>
  );
}
