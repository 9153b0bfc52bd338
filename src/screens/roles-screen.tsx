import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { Link } from '../lib/router.tsx';
import { paths } from '../lib/paths.ts';
import { translate } from '../lib/translate.ts';
import { useDocumentTitle, useHeadingFocus } from '../lib/use-page.ts';
import { ClaimText } from '../components/claim.tsx';
import { programManagerNaming } from '../content/program-manager-naming.ts';
import { roleComparison, roleProfiles } from '../content/roles.ts';
import type { ComparisonRow } from '../content/roles.ts';

export function RolesScreen() {
  useDocumentTitle(t`Compare the roles`);
  const headingRef = useHeadingFocus<HTMLHeadingElement>('roles');
  const productTitle = translate(roleProfiles.product.title);
  const projectTitle = translate(roleProfiles.project.title);
  return (
    <div className="page roles">
      <h1 ref={headingRef} tabIndex={-1}>
        <Trans>Compare the roles</Trans>
      </h1>
      <p className="lead">
        <Trans>
          A {productTitle} decides what gets built and why. A {projectTitle} makes sure it gets delivered.
          Here is how the two jobs differ, point by point.
        </Trans>
      </p>
      <p className="muted">
        <ClaimText claim={programManagerNaming} />
      </p>
      <div className="role-columns" aria-hidden="true">
        <p className="product">{productTitle}</p>
        <p className="project">{projectTitle}</p>
      </div>
      <div className="comparison">
        {roleComparison.map((row) => (
          <ComparisonSection key={row.attribute.id} row={row} titles={{ productTitle, projectTitle }} />
        ))}
      </div>
      <div className="actions">
        <Link className="button primary" to={paths.start}>
          <Trans>Find out which fits you</Trans>
        </Link>
      </div>
    </div>
  );
}

/** One attribute, with what each role does about it. */
function ComparisonSection({
  row,
  titles,
}: {
  row: ComparisonRow;
  titles: { productTitle: string; projectTitle: string };
}) {
  const attribute = translate(row.attribute);
  return (
    <section className="comparison-row" aria-label={attribute}>
      <h2>{attribute}</h2>
      <dl>
        <div className="product">
          <dt>{titles.productTitle}</dt>
          <dd>{translate(row.product)}</dd>
        </div>
        <div className="project">
          <dt>{titles.projectTitle}</dt>
          <dd>{translate(row.project)}</dd>
        </div>
      </dl>
    </section>
  );
}
