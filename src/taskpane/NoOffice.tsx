// What a plain browser shows instead of the pane: where to open it, and the offline preview.
import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { texts } from '../core/i18n/pane';

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalM } });

export function NoOffice({ previewUrl }: { previewUrl: string }) {
  const styles = useStyles();
  // Excel is absent, so its language setting is too: show both languages.
  return (
    <div className={styles.root}>
      {[texts.vi, texts.en].map((t) => (
        <MessageBar key={t.appTitle} intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.noOffice.title}</MessageBarTitle>
            {t.noOffice.body} <Link href={previewUrl}>{t.noOffice.previewLink}</Link>
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
