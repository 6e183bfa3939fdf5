import { useEffect, useRef } from 'react';
import type { ProfileSkill } from '@/lib/schemas/profile';

interface UndoSnackbarProps {
  removed: ProfileSkill | null;
  onUndo: (skill: ProfileSkill) => void;
  onDismiss: () => void;
}

const SHOW_MS = 8000;

/**
 * "Removed X. Undo" after a removal. Focus moves to Undo so a keyboard user can take it back at once; the bar
 * stays while it has focus and goes a few seconds after it loses it.
 */
export function UndoSnackbar({ removed, onUndo, onDismiss }: UndoSnackbarProps) {
  const undoRef = useRef<HTMLButtonElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!removed) return;
    undoRef.current?.focus();
    return () => clearTimeout(timer.current);
  }, [removed]);

  if (!removed) return null;
  const startTimer = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(onDismiss, SHOW_MS);
  };
  return (
    <div
      className="gp-snackbar"
      role="status"
      onFocus={() => clearTimeout(timer.current)}
      onBlur={startTimer}
      onKeyDown={(e) => e.key === 'Escape' && onDismiss()}
    >
      <span>Removed {removed.name}.</span>
      <button
        ref={undoRef}
        type="button"
        className="gp-button gp-snackbar-undo"
        onClick={() => onUndo(removed)}
      >
        Undo
      </button>
      <button type="button" className="gp-icon-button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
