import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import './print-stamp.css';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

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
  return (
    <footer className="print-stamp">
      <p>
        Printed from Which TPM? on{' '}
        <time dateTime={printedOn.toISOString().slice(0, 10)}>{dateFormat.format(printedOn)}</time>. Open this
        result again at: <span className="print-link">{link}</span>
      </p>
      {more ? <p>{more}</p> : null}
    </footer>
  );
}
