// The one place a pane action's failure is caught. Every button goes through run(), so a
// HostError becomes a plain-words message bar, anything unexpected is shown with its text and
// logged, and no click can end in an unhandled rejection or a blank pane.
import { useCallback, useState } from 'react';
import { HostError, type HostErrorKind } from '../excel/host';
import type { Texts } from '../core/i18n/pane';

/** A follow-up the user can take from a confirmation ("Kiểm tra lại" after new settings). */
export interface FollowUp {
  label: (t: Texts) => string;
  run: () => void;
}

export type Notice =
  | { type: 'success'; text: (t: Texts) => string; followUp?: FollowUp }
  | { type: 'host-error'; kind: HostErrorKind; detail: string; retry: (() => void) | null }
  | { type: 'unexpected'; detail: string; retry: (() => void) | null };

/** An action may return a confirmation to show (as a function of the texts, so it follows the language switch). */
export type Confirmation = ((t: Texts) => string) | { text: (t: Texts) => string; followUp: FollowUp };
export type Action = () => Promise<Confirmation | void>;

// Kinds where trying again after the user does something in Excel can succeed.
const RETRYABLE: ReadonlySet<HostErrorKind> = new Set<HostErrorKind>(['busy', 'other', 'too-large']);

export interface ActionRunner {
  run: (action: Action) => Promise<void>;
  pending: boolean;
  notice: Notice | null;
  dismiss: () => void;
  /** Shows a confirmation or validation text without running anything. */
  show: (notice: Notice) => void;
}

export function useActionRunner(): ActionRunner {
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const run = useCallback(async (action: Action): Promise<void> => {
    setPending(true);
    setNotice(null);
    const retry = () => void run(action);
    try {
      const confirmation = await action();
      if (typeof confirmation === 'function') setNotice({ type: 'success', text: confirmation });
      else if (confirmation) setNotice({ type: 'success', ...confirmation });
    } catch (error) {
      if (error instanceof HostError) {
        if (error.kind === 'other') console.error('[ngansach] Excel error:', error);
        setNotice({ type: 'host-error', kind: error.kind, detail: error.message, retry: RETRYABLE.has(error.kind) ? retry : null });
      } else {
        // Not a failure we know how to explain: show its text and keep it for the developer.
        console.error('[ngansach] unexpected error in a pane action:', error);
        const detail = error instanceof Error ? error.message : String(error);
        setNotice({ type: 'unexpected', detail, retry });
      }
    } finally {
      setPending(false);
    }
  }, []);

  const dismiss = useCallback(() => setNotice(null), []);
  return { run, pending, notice, dismiss, show: setNotice };
}
