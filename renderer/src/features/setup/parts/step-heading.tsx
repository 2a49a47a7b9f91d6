import { useEffect, useRef } from 'react';

// The step's heading takes focus when the step opens, so keyboard and screen-reader users start there.
export function StepHeading({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h2 ref={ref} tabIndex={-1} className="wizard-step-title" data-testid="wizard-step-title">
      {children}
    </h2>
  );
}
