import { useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { careerPaths, routeForJob, routeIds, themeIds, timeFrameNote } from '../content/career-path.ts';
import type { CurrentJob, ThemeId, WeekItem } from '../content/career-path.ts';
import { certifications, whenNoneIsNeeded } from '../content/certifications.ts';
import { neighbourRoles, neighboursForProfile } from '../content/neighbour-roles.ts';
import { neighbourProfileOf, skillOrder, trackTitles } from '../engine/index.ts';
import type { Evaluation, Track } from '../engine/index.ts';
import { ClaimText } from './claim.tsx';
import './career-path.css';

/** How many skills show before "More skills to build". */
const skillsShownFirst = 3;

const profileIntro = {
  'both-appeal': 'Both kinds of work appeal to you. These nearby roles mix the two, so they may fit you too:',
  'neither-pulls':
    'Neither kind of work pulls you strongly. These nearby roles lead people or how a team works, and may suit you better:',
} as const;

/**
 * "Your path": what the recommended role is like week to week and how to get there from the person's
 * job now, with the other role one tab away. Every fact shows its source; advice and rough guides say so.
 */
export function CareerPath({
  evaluation,
  currentJob,
}: {
  evaluation: Evaluation;
  currentJob: CurrentJob | undefined;
}) {
  const baseId = useId();
  const recommended = evaluation.track;
  const order: readonly Track[] = recommended === 'product' ? ['product', 'project'] : ['project', 'product'];
  const [shown, setShown] = useState<Track>(recommended);
  const tabs = useRef<Partial<Record<Track, HTMLButtonElement | null>>>({});
  const profile = neighbourProfileOf(evaluation);
  const tabId = (track: Track) => `${baseId}-tab-${track}`;
  const panelId = `${baseId}-panel`;

  // Arrow keys, Home and End move between the tabs and show the tab they land on.
  const onKeyDown = (event: KeyboardEvent) => {
    const index = order.indexOf(shown);
    const next: Record<string, number> = {
      ArrowRight: (index + 1) % order.length,
      ArrowLeft: (index + order.length - 1) % order.length,
      Home: 0,
      End: order.length - 1,
    };
    const target = order[next[event.key] ?? -1];
    if (!target) return;
    event.preventDefault();
    setShown(target);
    tabs.current[target]?.focus();
  };

  return (
    <section className="career-path" aria-labelledby={`${baseId}-heading`}>
      <h2 id={`${baseId}-heading`}>Your path</h2>
      <p>
        {evaluation.strength === 'close'
          ? `Your answers do not pick one role, so look at both. Start with ${trackTitles[recommended]}, where they tilt a little.`
          : `What the work of a ${trackTitles[recommended]} is like, and how to get there from where you are now.`}{' '}
        The other role is one tab away.
      </p>
      {profile ? (
        <div className="neighbour-fit">
          <p id={`${baseId}-fit`}>{profileIntro[profile]}</p>
          <ul aria-labelledby={`${baseId}-fit`}>
            {neighboursForProfile[profile].map((fit) => (
              <li key={fit.neighbour}>
                <strong>{neighbourRoles.find((role) => role.id === fit.neighbour)?.title}</strong>:{' '}
                <ClaimText claim={fit.rationale} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div role="tablist" aria-label="Which role’s path to show" className="path-tabs">
        {order.map((track) => (
          <button
            key={track}
            ref={(element) => {
              tabs.current[track] = element;
            }}
            type="button"
            role="tab"
            id={tabId(track)}
            className={track}
            aria-selected={track === shown}
            aria-controls={panelId}
            tabIndex={track === shown ? 0 : -1}
            onClick={() => setShown(track)}
            onKeyDown={onKeyDown}
          >
            {trackTitles[track]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(shown)} className={`path-panel ${shown}`}>
        <RolePath key={shown} evaluation={evaluation} track={shown} currentJob={currentJob} />
      </div>
    </section>
  );
}

function WeekList({ title, items }: { title: string; items: readonly WeekItem[] }) {
  return (
    <>
      <h4>{title}</h4>
      <ul className="claims">
        {items.map((item) => (
          <li key={item.label}>
            <strong>{item.label}.</strong> <ClaimText claim={item.detail} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** The skills to build for `track`: the themes where the answers leaned least toward it first. */
function orderedSkills(evaluation: Evaluation, track: Track): ThemeId[] {
  const measured: ThemeId[] = skillOrder(evaluation, track);
  return [...measured, ...themeIds.filter((theme) => !measured.includes(theme))];
}

function RolePath({
  evaluation,
  track,
  currentJob,
}: {
  evaluation: Evaluation;
  track: Track;
  currentJob: CurrentJob | undefined;
}) {
  const path = careerPaths[track];
  const openRoute = currentJob ? routeForJob[currentJob] : undefined;
  const skills = orderedSkills(evaluation, track).map((theme) => path.skillsToBuild[theme]);
  const certificates = certifications.filter((certificate) => certificate.fitsTracks.includes(track));
  const skillsId = useId();
  const experimentsId = useId();

  return (
    <>
      <h3>A typical week</h3>
      <p className="muted">
        <ClaimText claim={path.typicalWeek.caveat} />
      </p>
      <WeekList title="Meetings" items={path.typicalWeek.meetings} />
      <WeekList title="Documents" items={path.typicalWeek.documents} />
      <WeekList title="Decisions" items={path.typicalWeek.decisions} />
      <WeekList title="Who is in the room" items={path.typicalWeek.inTheRoom} />

      <h3>Ways in from where you are now</h3>
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
              <h4>What carries over</h4>
              <ul className="claims">
                {route.carriesOver.map((claim) => (
                  <li key={claim.text}>
                    <ClaimText claim={claim} />
                  </li>
                ))}
              </ul>
              <h4>What to learn</h4>
              <ul className="claims">
                {route.toLearn.map((claim) => (
                  <li key={claim.text}>
                    <ClaimText claim={claim} />
                  </li>
                ))}
              </ul>
              <h4>A first step this month</h4>
              <p>
                <ClaimText claim={route.firstStep} />
              </p>
              <h4>How long it may take</h4>
              <p>
                <ClaimText claim={route.timeFrame} />
              </p>
            </details>
          );
        })}
      </div>

      <h3 id={skillsId}>Skills to build</h3>
      <p>First the themes where your answers leaned least toward this role.</p>
      <ol className="claims skills" aria-labelledby={skillsId}>
        {skills.slice(0, skillsShownFirst).map((skill) => (
          <SkillItem key={skill.theme} skill={skill} />
        ))}
      </ol>
      <details className="more-skills">
        <summary>More skills to build</summary>
        <ol className="claims skills" start={skillsShownFirst + 1}>
          {skills.slice(skillsShownFirst).map((skill) => (
            <SkillItem key={skill.theme} skill={skill} />
          ))}
        </ol>
      </details>

      <h3>Certificates and what each one shows</h3>
      <ul className="claims">
        {certificates.map((certificate) => (
          <li key={certificate.id}>
            <strong>
              {certificate.shortName}
              {certificate.shortName === certificate.name ? '' : ` (${certificate.name})`}
            </strong>
            , from {certificate.issuer}. <ClaimText claim={certificate.signals} />
            {certificate.prerequisites ? (
              <span className="prerequisites">
                <ClaimText claim={certificate.prerequisites} />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <h4>When you need none</h4>
      <ul className="claims">
        {whenNoneIsNeeded.map((claim) => (
          <li key={claim.text}>
            <ClaimText claim={claim} />
          </li>
        ))}
      </ul>

      <h3>Neighbouring roles</h3>
      <ul className="claims">
        {neighbourRoles.map((role) => (
          <li key={role.id}>
            <strong>{role.title}.</strong> <ClaimText claim={role.whatItIs[0] ?? role.toProduct} />
            <span className="relation">
              <ClaimText claim={track === 'product' ? role.toProduct : role.toProject} />
            </span>
          </li>
        ))}
      </ul>

      <h3 id={experimentsId}>Try it before you switch</h3>
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
    </>
  );
}

function SkillItem({ skill }: { skill: (typeof careerPaths)[Track]['skillsToBuild'][ThemeId] }) {
  return (
    <li>
      <strong>{skill.skill}.</strong> <ClaimText claim={skill.why} />
      <span className="relation">
        <ClaimText claim={skill.practice} />
      </span>
    </li>
  );
}
