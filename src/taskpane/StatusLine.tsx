// The line under the tabs: Excel waiting for a cell edit, a step's progress, "working", or the
// last action's notice. Progress changes with every batch of a long step; it lives in a small
// store that only this line subscribes to, so the tabs (forms, thousands of findings) are not
// rendered again each time the bar moves.
import { useSyncExternalStore } from 'react';
import { ProgressBar, Spinner } from '@fluentui/react-components';
import type { Texts } from '../core/i18n/pane';
import type { Phase } from './check/protocol';
import { NoticeBar } from './NoticeBar';
import type { Notice } from './useActionRunner';

/** What the progress line can be about: the worker's phases, and the host's marking and clearing. */
export type Step = Phase | 'mark' | 'clear';

export interface ProgressState {
  phase: Step;
  /** 0–1, or undefined while the step cannot say how far it is. */
  value: number | undefined;
}

type Update = ProgressState | null | ((current: ProgressState | null) => ProgressState | null);

/** The current step's progress, for the status line to show. */
export class ProgressStore {
  private state: ProgressState | null = null;
  private readonly listeners = new Set<() => void>();

  readonly get = (): ProgressState | null => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly set = (update: Update): void => {
    const next = typeof update === 'function' ? update(this.state) : update;
    if (next === this.state) return;
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  };
}

export interface StatusLineProps {
  progress: ProgressStore;
  waitingForCellEdit: boolean;
  pending: boolean;
  notice: Notice | null;
  t: Texts;
  onDismiss: () => void;
  className: string;
}

export function StatusLine({ progress: store, waitingForCellEdit, pending, notice, t, onDismiss, className }: StatusLineProps) {
  const progress = useSyncExternalStore(store.subscribe, store.get);
  return (
    <div className={className} aria-live="polite">
      {waitingForCellEdit ? (
        <div data-testid="waiting-cell-edit">
          <Spinner size="tiny" label={t.waitingForCellEdit} labelPosition="after" />
        </div>
      ) : progress ? (
        <div data-testid="progress" data-phase={progress.phase}>
          <Spinner size="tiny" label={t.check.progress[progress.phase]} labelPosition="after" />
          <ProgressBar aria-label={t.check.progressLabel} value={progress.value} thickness="medium" />
        </div>
      ) : pending ? (
        <Spinner size="tiny" label={t.working} labelPosition="after" />
      ) : (
        <NoticeBar notice={notice} t={t} onDismiss={onDismiss} />
      )}
    </div>
  );
}
