import type { RoleProfile as Profile } from '../content/roles.ts';

function ListSection({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <section className="profile-section">
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/** Everything a person should know about the role they were matched with. */
export function RoleProfile({ profile }: { profile: Profile }) {
  return (
    <section className="role-profile" aria-labelledby="role-profile-heading">
      <h2 id="role-profile-heading">What a {profile.title} does</h2>
      <p className="lead">{profile.tagline}</p>
      <p>{profile.summary}</p>
      <div className="profile-grid">
        <ListSection title="Responsibilities" items={profile.responsibilities} />
        <ListSection title="Key deliverables" items={profile.deliverables} />
        <ListSection title="Skills" items={profile.skills} />
        <ListSection title="Tools" items={profile.tools} />
        <ListSection title="Methods" items={profile.methods} />
        <ListSection title="Works most with" items={profile.worksWith} />
        <ListSection title="How success is measured" items={profile.successMeasures} />
        <section className="profile-section">
          <h3>Where the career leads</h3>
          <ol className="career-path">
            {profile.careerPath.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ol>
        </section>
      </div>
      <section className="next-steps">
        <h3>Next steps you can take this month</h3>
        <ol>
          {profile.nextSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
    </section>
  );
}
