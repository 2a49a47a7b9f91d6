// What a screen shows before there is anything to work with: what is missing and what to do next.
export function EmptyState({ title, message, hint, action }: { title: string; message: string; hint: string; action?: React.ReactNode }) {
  return (
    <section className="screen">
      <h1>{title}</h1>
      <div className="empty-state">
        <p className="empty-message">{message}</p>
        <p className="empty-hint">{hint}</p>
        {action}
      </div>
    </section>
  );
}
