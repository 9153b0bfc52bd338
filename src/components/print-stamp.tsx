import { i18n } from '@lingui/core';
import { Trans } from '@lingui/react/macro';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import './print-stamp.css';

/**
 * Printed only: the date and the address that opens this result again, since paper has neither a
 * share button nor links to follow. The date is taken again as the page is printed, so a page left
 * open overnight prints today's.
 */
export function PrintStamp({ link, more }: { link: string; more?: string }) {
  const [printedOn, setPrintedOn] = useState(() => new Date());
  useEffect(() => {
    // Flushed at once: the browser lays out the printed page right after this event.
    const onBeforePrint = () => flushSync(() => setPrintedOn(new Date()));
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);
  // In the page's language, not the browser's: the sentence around it is in the page's language.
  const date = i18n.date(printedOn, { dateStyle: 'long' });
  return (
    <footer className="print-stamp">
      <p>
        <Trans>
          Printed from Which TPM? on <time dateTime={printedOn.toISOString().slice(0, 10)}>{date}</time>. Open
          this result again at: <span className="print-link">{link}</span>
        </Trans>
      </p>
      {more ? <p>{more}</p> : null}
    </footer>
  );
}
