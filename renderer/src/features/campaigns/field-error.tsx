export function FieldError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <span className="error field-error" role="alert">
      {message}
    </span>
  );
}
