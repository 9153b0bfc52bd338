import { useMemo } from 'react';
import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { Link, useParams } from '../lib/router.tsx';
import { paths } from '../lib/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../lib/use-page.ts';
import { CareerPath } from '../components/career-path.tsx';
import { currentJobs } from '../content/career-path/index.ts';
import { evaluate, hasResult, otherTrack, trackTitles } from '../engine/index.ts';
import type { Track } from '../engine/index.ts';
import { translate } from '../lib/translate.ts';
import { useAppStore } from '../store/app-store.ts';
import { NotFoundScreen } from './not-found-screen.tsx';

/** The optional background question whose options are the jobs the career path knows. */
const currentRoleQuestionId = 'current-role';

function trackFrom(role: string | undefined): Track | undefined {
  return role === 'product' || role === 'project' ? role : undefined;
}

/**
 * The path into one role, on a page of its own so the result stays short. With a finished result in this
 * browser, it follows the person's answers; from a shared result or a printed page, it is the same for all.
 */
export function PathScreen() {
  const track = trackFrom(useParams().role);
  if (!track) return <NotFoundScreen />;
  return <RolePathPage track={track} />;
}

function RolePathPage({ track }: { track: Track }) {
  const answers = useAppStore((state) => state.quiz.answers);
  const mode = useAppStore((state) => state.quiz.mode);
  const finished = hasResult(answers, mode);
  const evaluation = useMemo(() => (finished ? evaluate(answers) : undefined), [finished, answers]);
  const currentJob = currentJobs.find((job) => job === answers[currentRoleQuestionId]);
  const title = pathTitle(track);
  useDocumentTitle(title);
  const headingRef = useHeadingFocus<HTMLHeadingElement>(`path-${track}`);
  const other = otherTrack(track);

  return (
    <article className="page path-page">
      <p className="eyebrow">{evaluation ? <Trans>Your path</Trans> : <Trans>A path into the role</Trans>}</p>
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">
        {evaluation ? (
          <PathIntro close={evaluation.strength === 'close'} recommended={evaluation.track === track} />
        ) : (
          <Trans>What the work is like, and how people get there from the job they have now.</Trans>
        )}
      </p>
      <nav className="onwards-links screen-only" aria-label={t`More about your result`}>
        {evaluation ? (
          <Link to={paths.result}>
            <Trans>Back to my result</Trans>
          </Link>
        ) : null}
        <Link to={paths.rolePath(other)}>{pathTitle(other)}</Link>
      </nav>
      <CareerPath track={track} evaluation={evaluation} currentJob={currentJob} />
    </article>
  );
}

/** The page's title, and the link's words from the other role's page. */
function pathTitle(track: Track): string {
  const role = translate(trackTitles[track]);
  return t`The path into ${role}`;
}

function PathIntro({ close, recommended }: { close: boolean; recommended: boolean }) {
  if (close) return <Trans>Your answers do not pick one role, so look at the path into both.</Trans>;
  return recommended ? (
    <Trans>
      What the work of the role your answers lean to is like, and how to get there from where you are now.
    </Trans>
  ) : (
    <Trans>Your answers lean to the other role, but here is how this one looks, and how to get there.</Trans>
  );
}
