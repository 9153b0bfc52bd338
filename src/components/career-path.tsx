import { useId } from 'react';
import { careerPaths, routeForJob, routeIds, themeIds, timeFrameNote } from '../content/career-path/index.ts';
import type { CurrentJob, ThemeId, WeekItem } from '../content/career-path/index.ts';
import { certifications, whenNoneIsNeeded } from '../content/certifications.ts';
import { neighbourRoles, neighboursForProfile } from '../content/neighbour-roles.ts';
import type { Claim } from '../content/sources.ts';
import { neighbourProfileOf, skillsToBuild, themeAbout } from '../engine/index.ts';
import type { Evaluation, Track } from '../engine/index.ts';
import { ClaimText, SourcesOf } from './claim.tsx';
import { translate } from '../lib/translate.ts';
import './career-path.css';

/** How many skills show before "More skills to build". */
const skillsShownFirst = 3;

const profileIntro = {
  'both-appeal': 'Both kinds of work appeal to you. These nearby roles mix the two, so they may fit you too:',
  'neither-pulls':
    'Neither kind of work pulls you strongly. These nearby roles lead people or how a team works, and may suit you better:',
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
          <p id={fitId}>{profileIntro[profile]}</p>
          <ul aria-labelledby={fitId}>
            {neighboursForProfile[profile].map((fit) => (
              <li key={fit.neighbour}>
                <strong>{neighbourRoles.find((role) => role.id === fit.neighbour)?.title}</strong>:{' '}
                <ClaimText claim={fit.rationale} sourcesBelow />
              </li>
            ))}
          </ul>
          <SourcesOf claims={neighboursForProfile[profile].map((fit) => fit.rationale)} />
        </div>
      ) : null}

      <section aria-labelledby={ids.week}>
        <h2 id={ids.week}>A typical week</h2>
        <p className="muted">
          <ClaimText claim={week.caveat} sourcesBelow />
        </p>
        <WeekList title="Meetings" items={week.meetings} />
        <WeekList title="Documents" items={week.documents} />
        <WeekList title="Decisions" items={week.decisions} />
        <WeekList title="Who is in the room" items={week.inTheRoom} />
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
        <h2 id={ids.routes}>Ways in from where you are now</h2>
        <p>
          {openRoute
            ? 'The way in from the job you have now is open below. The others are a click away.'
            : 'Open the one closest to the job you have now.'}
        </p>
        <p className="muted">
          <ClaimText claim={timeFrameNote} />
        </p>
        <div className="routes">
          {routeIds.map((id) => {
            const route = path.routes[id];
            return (
              <details key={id} open={id === openRoute}>
                <summary>
                  From: {route.from}
                  {id === openRoute ? <span className="muted"> (your job now)</span> : null}
                </summary>
                <h3>What carries over</h3>
                <ClaimList claims={route.carriesOver} />
                <h3>What to learn</h3>
                <ClaimList claims={route.toLearn} />
                <h3>A first step this month</h3>
                <p>
                  <ClaimText claim={route.firstStep} />
                </p>
                <h3>How long it may take</h3>
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
        <h2 id={ids.skills}>Skills to build</h2>
        <p>
          {evaluation
            ? 'First the themes where your answers leaned least toward this role.'
            : 'Take the quiz to see these in the order your answers suggest.'}
        </p>
        {skills.strongAlready.length > 0 ? (
          <p>
            Your answers already lean strongly toward this role on{' '}
            {skills.strongAlready.length === 1 ? 'one theme' : `${skills.strongAlready.length} themes`}, so
            they are not listed:{' '}
            {skills.strongAlready.map((theme) => themeName(evaluation, theme)).join('; ')}.
          </p>
        ) : null}
        <ol className="claims skills" aria-labelledby={ids.skills}>
          {skills.toBuild.slice(0, skillsShownFirst).map((theme) => (
            <SkillItem key={theme} skill={path.skillsToBuild[theme]} />
          ))}
        </ol>
        {skills.toBuild.length > skillsShownFirst ? (
          <details className="more-skills">
            <summary>More skills to build</summary>
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
        <h2 id={ids.certificates}>Certificates and what each one shows</h2>
        <ul className="claims">
          {certificates.map((certificate) => (
            <li key={certificate.id}>
              <strong>
                {certificate.shortName}
                {certificate.shortName === certificate.name ? '' : ` (${certificate.name})`}
              </strong>
              , from {certificate.issuer}. <ClaimText claim={certificate.signals} sourcesBelow />
              {certificate.prerequisites ? (
                <span className="prerequisites">
                  <ClaimText claim={certificate.prerequisites} sourcesBelow />
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        <h3>When you need none</h3>
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
        <h2 id={ids.neighbours}>Neighbouring roles</h2>
        <ul className="claims">
          {neighbourRoles.map((role) => (
            <li key={role.id}>
              <strong>{role.title}.</strong>{' '}
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
        <h2 id={experimentsId}>Try it before you switch</h2>
        <p>
          <span className="claim-kind advice">Our advice:</span> three small tests you can run in the job you
          have now.
        </p>
        <ol className="claims" aria-labelledby={experimentsId}>
          {path.experiments.map((experiment) => (
            <li key={experiment.title}>
              <strong>{experiment.title}.</strong> <ClaimText claim={experiment.howTo} adviceSaidAbove />
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
        <li key={claim.text}>
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
          <li key={item.label}>
            <strong>{item.label}.</strong> <ClaimText claim={item.detail} sourcesBelow />
          </li>
        ))}
      </ul>
    </>
  );
}

function SkillItem({ skill }: { skill: (typeof careerPaths)[Track]['skillsToBuild'][ThemeId] }) {
  return (
    <li>
      <strong>{skill.skill}.</strong> <ClaimText claim={skill.why} sourcesBelow />
      <span className="relation">
        <ClaimText claim={skill.practice} />
      </span>
    </li>
  );
}
