import { Link } from '../lib/router.tsx';
import { paths } from '../lib/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../lib/use-page.ts';
import { ClaimText } from '../components/claim.tsx';
import { programManagerNaming } from '../content/neighbour-roles.ts';
import { roleComparison, roleProfiles } from '../content/roles.ts';

export function RolesScreen() {
  useDocumentTitle('Compare the roles');
  const headingRef = useHeadingFocus<HTMLHeadingElement>('roles');
  const { product, project } = roleProfiles;
  return (
    <div className="page roles">
      <h1 ref={headingRef} tabIndex={-1}>
        Compare the roles
      </h1>
      <p className="lead">
        A {product.title} decides what gets built and why. A {project.title} makes sure it gets delivered.
        Here is how the two jobs differ, point by point.
      </p>
      <p className="muted">
        <ClaimText claim={programManagerNaming} />
      </p>
      <div className="role-columns" aria-hidden="true">
        <p className="product">{product.title}</p>
        <p className="project">{project.title}</p>
      </div>
      <div className="comparison">
        {roleComparison.map((row) => (
          <section key={row.attribute} className="comparison-row" aria-label={row.attribute}>
            <h2>{row.attribute}</h2>
            <dl>
              <div className="product">
                <dt>{product.title}</dt>
                <dd>{row.product}</dd>
              </div>
              <div className="project">
                <dt>{project.title}</dt>
                <dd>{row.project}</dd>
              </div>
            </dl>
          </section>
        ))}
      </div>
      <div className="actions">
        <Link className="button primary" to={paths.start}>
          Find out which fits you
        </Link>
      </div>
    </div>
  );
}
