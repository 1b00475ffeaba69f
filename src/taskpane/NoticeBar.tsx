// Shows the last action's outcome: a confirmation, or what went wrong in plain words.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Notice } from './useActionRunner';
import type { Texts } from '../core/i18n/pane';

export interface NoticeBarProps {
  notice: Notice | null;
  t: Texts;
  onDismiss: () => void;
}

export function NoticeBar({ notice, t, onDismiss }: NoticeBarProps) {
  if (!notice) return null;
  if (notice.type === 'success') {
    return (
      <MessageBar intent="success" data-testid="notice">
        <MessageBarBody>{notice.text(t)}</MessageBarBody>
        <MessageBarActions>
          {notice.followUp && <Button size="small" onClick={notice.followUp.run}>{notice.followUp.label(t)}</Button>}
          <Button appearance="transparent" size="small" onClick={onDismiss}>{t.dismiss}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  const text = notice.type === 'host-error' ? t.errors[notice.kind] : t.errors.unexpected(notice.detail);
  // A busy Excel is a wait, not a failure.
  const intent = notice.type === 'host-error' && notice.kind === 'busy' ? 'warning' : 'error';
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="notice" data-kind={notice.type === 'host-error' ? notice.kind : 'unexpected'}>
      <MessageBarBody>
        <MessageBarTitle>{t.errors.title}</MessageBarTitle>
        {text}
      </MessageBarBody>
      <MessageBarActions>
        {notice.retry && <Button size="small" onClick={notice.retry}>{t.retry}</Button>}
        <Button appearance="transparent" size="small" onClick={onDismiss}>{t.dismiss}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
