import { useId } from 'react';
import { msg, t } from '@lingui/core/macro';
import { Plural, Trans } from '@lingui/react/macro';
import { careerPaths, routeForJob, routeIds, themeIds, timeFrameNote } from '../content/career-path/index.ts';
import type { CurrentJob, ThemeId, WeekItem } from '../content/career-path/index.ts';
import { certifications, whenNoneIsNeeded } from '../content/certifications.ts';
import type { Certification } from '../content/certifications.ts';
import { neighbourRoles, neighboursForProfile } from '../content/neighbour-roles.ts';
import type { NeighbourFit } from '../content/neighbour-roles.ts';
import type { Claim } from '../content/sources.ts';
import { neighbourProfileOf, skillsToBuild, themeAbout } from '../engine/index.ts';
import type { Evaluation, Track } from '../engine/index.ts';
import { translate } from '../lib/translate.ts';
import { ClaimText, SourcesOf } from './claim.tsx';
import './career-path.css';

/** How many skills show before "More skills to build". */
const skillsShownFirst = 3;

const profileIntro = {
  'both-appeal': msg`Both kinds of work appeal to you. These nearby roles mix the two, so they may fit you too:`,
  'neither-pulls': msg`Neither kind of work pulls you strongly. These nearby roles lead people or how a team works, and may suit you better:`,
} as const;

/**
 * The path into one role: what the work is like week to week, the ways in from the job a person has
 * now, the skills to build, certificates, neighbouring roles and experiments. With the person's own
 * result, the skills follow their answers and the way in from their job opens first. Every fact's
 * source is named once, at the end of its part, so the lines stay short.
 */
export function CareerPath({
  track,
  evaluation,
  currentJob,
}: {
  track: Track;
  /** The person's own result, when they have one. */
  evaluation?: Evaluation | undefined;
  currentJob?: CurrentJob | undefined;
}) {
  const path = careerPaths[track];
  const profile = evaluation ? neighbourProfileOf(evaluation) : null;
  const openRoute = currentJob ? routeForJob[currentJob] : undefined;
  const skills = skillsFor(evaluation, track);
  const certificates = certifications.filter((certificate) => certificate.fitsTracks.includes(track));
  const ids = { week: useId(), routes: useId(), skills: useId(), certificates: useId(), neighbours: useId() };
  const experimentsId = useId();
  const fitId = useId();
  const week = path.typicalWeek;

  return (
    <div className={`career-path ${track}`}>
      {profile ? (
        <div className="neighbour-fit">
          <p id={fitId}>{translate(profileIntro[profile])}</p>
          <ul aria-labelledby={fitId}>
            {neighboursForProfile[profile].map((fit) => (
              <NeighbourFitItem key={fit.neighbour} fit={fit} />
            ))}
          </ul>
          <SourcesOf claims={neighboursForProfile[profile].map((fit) => fit.rationale)} />
        </div>
      ) : null}

      <section aria-labelledby={ids.week}>
        <h2 id={ids.week}>
          <Trans>A typical week</Trans>
        </h2>
        <p className="muted">
          <ClaimText claim={week.caveat} sourcesBelow />
        </p>
        <WeekList title={t`Meetings`} items={week.meetings} />
        <WeekList title={t`Documents`} items={week.documents} />
        <WeekList title={t`Decisions`} items={week.decisions} />
        <WeekList title={t`Who is in the room`} items={week.inTheRoom} />
        <SourcesOf
          claims={[
            week.caveat,
            ...[...week.meetings, ...week.documents, ...week.decisions, ...week.inTheRoom].map(
              (item) => item.detail,
            ),
          ]}
        />
      </section>

      <section aria-labelledby={ids.routes}>
        <h2 id={ids.routes}>
          <Trans>Ways in from where you are now</Trans>
        </h2>
        <p>
          {openRoute ? (
            <Trans>The way in from the job you have now is open below. The others are a click away.</Trans>
          ) : (
            <Trans>Open the one closest to the job you have now.</Trans>
          )}
        </p>
        <p className="muted">
          <ClaimText claim={timeFrameNote} />
        </p>
        <div className="routes">
          {routeIds.map((id) => {
            const route = path.routes[id];
            const job = translate(route.from);
            return (
              <details key={id} open={id === openRoute}>
                <summary>
                  {id === openRoute ? (
                    <Trans>
                      From: {job}
                      <span className="muted"> (your job now)</span>
                    </Trans>
                  ) : (
                    <Trans>From: {job}</Trans>
                  )}
                </summary>
                <h3>
                  <Trans>What carries over</Trans>
                </h3>
                <ClaimList claims={route.carriesOver} />
                <h3>
                  <Trans>What to learn</Trans>
                </h3>
                <ClaimList claims={route.toLearn} />
                <h3>
                  <Trans>A first step this month</Trans>
                </h3>
                <p>
                  <ClaimText claim={route.firstStep} />
                </p>
                <h3>
                  <Trans>How long it may take</Trans>
                </h3>
                <p>
                  <ClaimText claim={route.timeFrame} />
                </p>
                <SourcesOf claims={[...route.carriesOver, ...route.toLearn]} />
              </details>
            );
          })}
        </div>
      </section>

      <section aria-labelledby={ids.skills}>
        <h2 id={ids.skills}>
          <Trans>Skills to build</Trans>
        </h2>
        <p>
          {evaluation ? (
            <Trans>First the themes where your answers leaned least toward this role.</Trans>
          ) : (
            <Trans>Take the quiz to see these in the order your answers suggest.</Trans>
          )}
        </p>
        {skills.strongAlready.length > 0 ? (
          <StrongAlready themes={skills.strongAlready.map((theme) => themeName(evaluation, theme))} />
        ) : null}
        <ol className="claims skills" aria-labelledby={ids.skills}>
          {skills.toBuild.slice(0, skillsShownFirst).map((theme) => (
            <SkillItem key={theme} skill={path.skillsToBuild[theme]} />
          ))}
        </ol>
        {skills.toBuild.length > skillsShownFirst ? (
          <details className="more-skills">
            <summary>
              <Trans>More skills to build</Trans>
            </summary>
            <ol className="claims skills" start={skillsShownFirst + 1}>
              {skills.toBuild.slice(skillsShownFirst).map((theme) => (
                <SkillItem key={theme} skill={path.skillsToBuild[theme]} />
              ))}
            </ol>
          </details>
        ) : null}
        <SourcesOf claims={skills.toBuild.map((theme) => path.skillsToBuild[theme].why)} />
      </section>

      <section aria-labelledby={ids.certificates}>
        <h2 id={ids.certificates}>
          <Trans>Certificates and what each one shows</Trans>
        </h2>
        <ul className="claims">
          {certificates.map((certificate) => (
            <CertificateItem key={certificate.id} certificate={certificate} />
          ))}
        </ul>
        <h3>
          <Trans>When you need none</Trans>
        </h3>
        <ClaimList claims={whenNoneIsNeeded} />
        <SourcesOf
          claims={[
            ...certificates.flatMap((certificate) =>
              certificate.prerequisites
                ? [certificate.signals, certificate.prerequisites]
                : [certificate.signals],
            ),
            ...whenNoneIsNeeded,
          ]}
        />
      </section>

      <section aria-labelledby={ids.neighbours}>
        <h2 id={ids.neighbours}>
          <Trans>Neighbouring roles</Trans>
        </h2>
        <ul className="claims">
          {neighbourRoles.map((role) => (
            <li key={role.id}>
              <strong>{translate(role.title)}.</strong>{' '}
              <ClaimText claim={role.whatItIs[0] ?? role.toProduct} sourcesBelow />
              <span className="relation">
                <ClaimText claim={track === 'product' ? role.toProduct : role.toProject} sourcesBelow />
              </span>
            </li>
          ))}
        </ul>
        <SourcesOf
          claims={neighbourRoles.flatMap((role) => [
            role.whatItIs[0] ?? role.toProduct,
            track === 'product' ? role.toProduct : role.toProject,
          ])}
        />
      </section>

      <section aria-labelledby={experimentsId}>
        <h2 id={experimentsId}>
          <Trans>Try it before you switch</Trans>
        </h2>
        <p>
          <Trans>
            <span className="claim-kind advice">Our advice:</span> three small tests you can run in the job
            you have now.
          </Trans>
        </p>
        <ol className="claims" aria-labelledby={experimentsId}>
          {path.experiments.map((experiment) => (
            <li key={experiment.title.id}>
              <strong>{translate(experiment.title)}.</strong>{' '}
              <ClaimText claim={experiment.howTo} adviceSaidAbove />
              <span className="relation">
                <ClaimText claim={experiment.whatItTells} adviceSaidAbove />
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** The skills to list, weakest first; without a result, in the themes' own order. */
function skillsFor(evaluation: Evaluation | undefined, track: Track) {
  if (!evaluation) return { toBuild: [...themeIds], strongAlready: [] as ThemeId[] };
  const { toBuild, strongAlready } = skillsToBuild(evaluation, track);
  // Themes the quiz does not measure yet still have a skill worth building.
  return {
    toBuild: [
      ...toBuild,
      ...themeIds.filter((theme) => !toBuild.includes(theme) && !strongAlready.includes(theme)),
    ],
    strongAlready,
  };
}

function themeName(evaluation: Evaluation | undefined, theme: ThemeId): string {
  const score = evaluation?.dimensions.find((dimension) => dimension.id === theme);
  return score ? translate(themeAbout(score, 'you').name) : theme;
}

function ClaimList({ claims }: { claims: readonly Claim[] }) {
  return (
    <ul className="claims">
      {claims.map((claim) => (
        <li key={claim.text.id}>
          <ClaimText claim={claim} sourcesBelow />
        </li>
      ))}
    </ul>
  );
}

function WeekList({ title, items }: { title: string; items: readonly WeekItem[] }) {
  return (
    <>
      <h3>{title}</h3>
      <ul className="claims">
        {items.map((item) => (
          <li key={item.label.id}>
            <strong>{translate(item.label)}.</strong> <ClaimText claim={item.detail} sourcesBelow />
          </li>
        ))}
      </ul>
    </>
  );
}

function SkillItem({ skill }: { skill: (typeof careerPaths)[Track]['skillsToBuild'][ThemeId] }) {
  return (
    <li>
      <strong>{translate(skill.skill)}.</strong> <ClaimText claim={skill.why} sourcesBelow />
      <span className="relation">
        <ClaimText claim={skill.practice} />
      </span>
    </li>
  );
}

/** A neighbouring role suggested for a result that leans to neither role, and why. */
function NeighbourFitItem({ fit }: { fit: NeighbourFit }) {
  const role = neighbourRoles.find((neighbour) => neighbour.id === fit.neighbour);
  const name = role ? translate(role.title) : '';
  const rationale = <ClaimText claim={fit.rationale} sourcesBelow />;
  return (
    <li>
      <Trans>
        <strong>{name}</strong>: {rationale}
      </Trans>
    </li>
  );
}

function CertificateItem({ certificate }: { certificate: Certification }) {
  const shortName = translate(certificate.shortName);
  const fullName = translate(certificate.name);
  const name = shortName === fullName ? shortName : t`${shortName} (${fullName})`;
  const issuer = certificate.issuer;
  return (
    <li>
      <Trans>
        <strong>{name}</strong>, from {issuer}.
      </Trans>{' '}
      <ClaimText claim={certificate.signals} sourcesBelow />
      {certificate.prerequisites ? (
        <span className="prerequisites">
          <ClaimText claim={certificate.prerequisites} sourcesBelow />
        </span>
      ) : null}
    </li>
  );
}

/** The themes left out of the skills because the answers already lean strongly toward the role on them. */
function StrongAlready({ themes }: { themes: readonly string[] }) {
  const count = themes.length;
  const list = themes.join('; ');
  return (
    <p>
      <Trans>
        Your answers already lean strongly toward this role on{' '}
        <Plural value={count} one="one theme" other="# themes" />. So they are not listed: {list}.
      </Trans>
    </p>
  );
}
