import { useEffect } from 'react';

export interface UndoBarProps {
  message: string;
  onUndo: () => void;
  onExpire: () => void;
  timeoutMs?: number;
}

/** "Deleted … · Undo" for a few seconds after a delete. */
export function UndoBar({ message, onUndo, onExpire, timeoutMs = 8000 }: UndoBarProps) {
  useEffect(() => {
    const timer = setTimeout(onExpire, timeoutMs);
    return () => clearTimeout(timer);
  }, [message, onExpire, timeoutMs]);
  return (
    <div className="gm-saved-undo" role="status">
      <span>{message}</span>
      <button type="button" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
