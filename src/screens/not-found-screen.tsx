import { Link } from '../lib/router.tsx';
import { paths } from '../lib/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../lib/use-page.ts';

export function NotFoundScreen() {
  useDocumentTitle('Page not found');
  const headingRef = useHeadingFocus<HTMLHeadingElement>('not-found');
  return (
    <div className="page narrow">
      <h1 ref={headingRef} tabIndex={-1}>
        Page not found
      </h1>
      <p>There is nothing at this address. Your saved answers are safe.</p>
      <p className="actions">
        <Link className="button primary" to={paths.start}>
          Go to the start
        </Link>
      </p>
    </div>
  );
}
