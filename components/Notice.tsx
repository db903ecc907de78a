/**
 * A short, polite message over the page when the reader cannot open there (the trigger was the
 * shortcut or the context menu, so no popup is there to say why). It closes itself, on Esc, or on click.
 */
import { useEffect, useRef } from 'preact/hooks';

export interface NoticeProps {
  /** The message, already translated. */
  message: string;
  /** Called when the notice should go away. */
  onDismiss: () => void;
  /** Milliseconds before it dismisses itself. */
  timeoutMs?: number;
}

export function Notice({ message, onDismiss, timeoutMs = 4000 }: NoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [onDismiss, timeoutMs]);
  return (
    <div
      ref={ref}
      class="bs-notice"
      role="status"
      data-testid="reader-notice"
      tabIndex={-1}
      onClick={onDismiss}
      onKeyDown={(event) => event.key === 'Escape' && onDismiss()}
    >
      {message}
    </div>
  );
}
