// What the <Trans> macro renders. The page's language never changes while the page is open (each
// language has its own addresses), so sentences read the one shared i18n instance and need no provider.
import { i18n } from '@lingui/core';
import { TransNoContext, type TransProps } from '@lingui/react/server';

export function Trans(props: TransProps) {
  return <TransNoContext {...props} lingui={{ i18n }} />;
}
