// Why each answer points the way it does, in the second person: shown only with a result, so kept
// apart from the questions to keep them off the start page. Keyed by question id. Every sentence
// reads at grade 8 or below (tests/engine/tooling/reading-level.test.ts checks it).
import type { ReasonTexts } from '../types.ts';

export const reasonTexts: ReasonTexts = {
  // Interest items: enjoying a role's activity points to that role.
  'picture-next-year': {
    product: 'You would enjoy picturing what an app should do a year from now. That is product vision.',
    project: 'Picturing where an app should be in a year does not draw you much, and that is product work.',
  },
  'goal-into-steps': {
    project: 'You would enjoy turning a big goal into clear steps for a team. That plan is project work.',
    product: 'Turning a goal into steps does not draw you much, and that plan is project work.',
  },
  'customer-slowdowns': {
    product: 'You would enjoy asking customers what slows them down. That is how product work starts.',
    project: 'Asking customers what slows them down does not draw you much, and that is product work.',
  },
  'stretch-time-and-money': {
    project:
      'You would enjoy getting a big job done with the people, time and money at hand. That is project work.',
    product: 'Making the time and money stretch does not draw you much, and that is project work.',
  },
  'test-idea-first': {
    product: 'You would enjoy testing an idea with real users before it is built. That is product work.',
    project:
      'Testing ideas with users before they are built does not draw you much, and that is product work.',
  },
  'plan-around-delays': {
    project:
      'You would enjoy spotting what could make the work late, and finding a way around it. That is project work.',
    product: 'Hunting for what could make the work late does not draw you much, and that is project work.',
  },
  'watch-feature-use': {
    product: 'You would enjoy seeing how people use a feature, and whether it helps. That is product work.',
    project: 'Watching how people use a feature does not draw you much, and that is product work.',
  },
  'land-on-the-day': {
    project:
      'You would enjoy keeping a big piece of work on track to the promised day. That is project work.',
    product: 'Keeping work on track to a promised day does not draw you much, and that is project work.',
  },
  'choose-among-ideas': {
    product: 'You would enjoy choosing which good idea gets built first. That choice is product work.',
    project: 'Choosing between good ideas does not draw you much, and that choice is product work.',
  },
  'weigh-new-requests': {
    project:
      'You would enjoy checking new requests against the agreed plan. Guarding the scope is project work.',
    product: 'Checking new requests against a plan does not draw you much, and that is project work.',
  },
  'hear-buyer-wishes': {
    product: 'You would enjoy hearing what buyers wish the product could do. Product work starts there.',
    project: 'Sales calls with buyers do not draw you much, and they are part of product work.',
  },
  'update-the-client': {
    project: 'You would enjoy giving a client a clear, honest update. That is a big part of project work.',
    product: 'Giving clients progress updates does not draw you much, and that is project work.',
  },
  'sketch-screens': {
    product: 'You would enjoy sketching screens for a new feature. Sketches like that are product tools.',
    project: 'Sketching screens does not draw you much, and sketches like that are product tools.',
  },
  'task-chart': {
    project:
      'You would enjoy charting every task and what must come first. Charts like that are project tools.',
    product: 'Charting tasks and their order does not draw you much, and charts like that are project tools.',
  },
  'study-rivals': {
    product: 'You would enjoy studying buyers and rivals. That skill is how product people grow.',
    project: 'Studying buyers and rivals does not draw you much, and that is how product people grow.',
  },
  'run-related-projects': {
    project: 'You would enjoy keeping several projects moving together. That is where project careers lead.',
    product:
      'Running several projects at once does not draw you much, and that is where project careers lead.',
  },
  'shape-software': {
    product:
      'You would enjoy deciding with engineers what new software should do. That is technical product work.',
    project: 'Deciding what new software should do does not draw you much, and that is product work.',
  },
  'plan-system-move': {
    project:
      'You would enjoy lining up the steps, people and dates of a big technical job. That is project work.',
    product: 'Planning the steps of a big technical job does not draw you much, and that is project work.',
  },

  // Statements: the mirrored pairs ask the same thing in opposite words.
  'rather-decide-what': {
    product: 'You would rather decide what gets built than plan how. Deciding what is product work.',
    project: 'You would rather plan how things get built than decide what. Planning how is project work.',
  },
  'rather-plan-how': {
    project: 'You would rather plan how things get built than decide what. Planning how is project work.',
    product: 'You would rather decide what gets built than plan how. Deciding what is product work.',
  },
  'rather-follow-customers': {
    product: 'You would rather be guided by what customers need than by the plan, as product work is.',
    project: 'You would rather be guided by the agreed plan and budget, as project work is.',
  },
  'rather-follow-plan': {
    project: 'You would rather be guided by the agreed plan and budget, as project work is.',
    product: 'You would rather be guided by what customers need than by the plan, as product work is.',
  },
  'rather-explore': {
    product:
      'You would rather explore a problem nobody understands yet. Finding out what people need is product work.',
    project: 'You would rather keep a clear plan on track. Keeping work on track is project work.',
  },
  'rather-keep-on-track': {
    project: 'You would rather keep a clear plan on track. Keeping work on track is project work.',
    product:
      'You would rather explore a problem nobody understands yet. Finding out what people need is product work.',
  },

  // Choices and scenarios: what you would do when you cannot do both.
  'free-afternoon': {
    product: 'With a free afternoon, you would picture where the product should go. That is product vision.',
    project: 'With a free afternoon, you would fit three teams’ plans together. That is how projects run.',
  },
  'way-of-working': {
    product: 'You like to try a small version, learn from users and adjust, as many product teams do.',
    project: 'You like to agree the full scope first and track the work against it, as planned projects do.',
  },
  'proudest-line': {
    project:
      'You would be proudest of a project done on time, on budget and in full. Those are project goals.',
    product: 'You would be proudest that people use the feature and sales went up. Those are product goals.',
  },
  'team-screen-chart': {
    product: 'The chart you picked shows how customers take to the product. Product work answers for that.',
    project: 'The chart you picked shows how the planned work is going. Project work answers for that.',
  },
  'final-say': {
    product: 'You want the final say on which features go in, and in what order. That call is product work.',
    project: 'You want the final say on how the work is staffed and scheduled. That call is project work.',
  },
  'one-engineer-two-teams': {
    product: 'You settled the clash by what matters most to customers, which is how product work sets order.',
    project:
      'You settled the clash by fitting dates and people together, which is how project work shares them.',
  },
  'rival-launch': {
    product: 'When a rival moved, you turned first to customers and what the next release should hold.',
    project: 'When a rival moved, you turned first to what a change would do to the plan, time and money.',
  },
  'sit-down-with': {
    project:
      'You would sit down with the client and the people paying for the work. Project work answers to them.',
    product: 'You would sit down with a designer and a marketer. They are close partners in product work.',
  },
  'first-document': {
    project: 'You would start by writing the project plan, the first thing project work delivers.',
    product: 'You would start with a feature write-up or a look at rivals, which are product work.',
  },
  'title-in-ten-years': {
    project: 'You see yourself running all of a company’s big projects. That is where project careers lead.',
    product: 'You see yourself deciding what a company builds next. That is where product careers lead.',
  },
  'what-or-how': {
    product: 'On a software team, you would own what the software does and for whom. That is product work.',
    project:
      'On a software team, you would own how the work is split up and delivered. That is project work.',
  },
  'twice-as-long': {
    product:
      'When a feature ran long, you looked at what users need most. That is how product work cuts scope.',
    project:
      'When a feature ran long, you reworked the plan, people and dates. That is how project work copes.',
  },
};
