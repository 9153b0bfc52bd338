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
  'split-time-and-money': {
    project: 'You would enjoy deciding how a team’s time and money are split. That is project work.',
    product: 'Splitting a team’s time and money does not draw you much, and that is project work.',
  },
  'test-idea-first': {
    product: 'You would enjoy testing an idea with real users before it is built. That is product work.',
    project:
      'Testing ideas with users before they are built does not draw you much, and that is product work.',
  },
  'spot-delays-early': {
    project: 'You would enjoy spotting early on what could make the work late. That is project work.',
    product:
      'Looking out for what could make the work late does not draw you much, and that is project work.',
  },
  'watch-feature-use': {
    product: 'You would enjoy seeing how people use a feature, and whether it helps. That is product work.',
    project: 'Watching how people use a feature does not draw you much, and that is product work.',
  },
  'finish-by-set-date': {
    project: 'You would enjoy keeping a big piece of work on track to its set date. That is project work.',
    product: 'Keeping work on track to a set date does not draw you much, and that is project work.',
  },
  'choose-among-ideas': {
    product: 'You would enjoy choosing which good idea gets built first. That choice is product work.',
    project: 'Choosing between good ideas does not draw you much, and that choice is product work.',
  },
  'check-request-fits': {
    project:
      'You would enjoy checking new requests against the agreed plan. Guarding the plan is project work.',
    product: 'Checking new requests against a plan does not draw you much, and that is project work.',
  },
  'hear-buyer-wishes': {
    product: 'You would enjoy hearing what buyers wish the product could do. Product work starts there.',
    project: 'Sales calls with buyers do not draw you much, and they are part of product work.',
  },
  'client-weekly-update': {
    project:
      'You would enjoy giving a client a weekly update on the work. That is a big part of project work.',
    product: 'Giving clients updates on the work does not draw you much, and that is project work.',
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
  'compare-rival-products': {
    product: 'You would enjoy comparing rival products. That skill is how product people grow.',
    project: 'Comparing rival products does not draw you much, and that is how product people grow.',
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
  'schedule-server-move': {
    project: 'You would enjoy scheduling each step of a big technical move. That is project work.',
    product: 'Scheduling the steps of a big technical job does not draw you much, and that is project work.',
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
  'rather-change-for-customers': {
    product:
      'You would rather change the plan for what customers need now. Following customers is product work.',
    project: 'You would rather keep the dates and budget you agreed on. Keeping to them is project work.',
  },
  'rather-keep-agreed-dates': {
    project: 'You would rather keep the dates and budget you agreed on. Keeping to them is project work.',
    product:
      'You would rather change the plan for what customers need now. Following customers is product work.',
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
  'spare-afternoon': {
    product:
      'With a free afternoon, you would write down where the product could go. That is product vision.',
    project:
      'With a free afternoon, you would work out how three teams can finish together. That is how projects run.',
  },
  'start-small-or-plan-first': {
    product: 'You like to start with a small piece and learn early what works, as many product teams do.',
    project:
      'You like to plan the whole job first so everyone knows what comes when, as planned projects do.',
  },
  'prouder-review-line': {
    project: 'You would be proudest that a big project finished on its set date. That is a project goal.',
    product: 'You would be proudest that most customers use a feature you built. That is a product goal.',
  },
  'team-screen-chart': {
    product: 'The chart you picked shows how customers take to the product. Product work answers for that.',
    project: 'The chart you picked shows how the planned work is going. Project work answers for that.',
  },
  'final-say': {
    product: 'You want the final say on which features go in, and in what order. That call is product work.',
    project: 'You want the final say on how the work is staffed and scheduled. That call is project work.',
  },
  'engineer-wanted-twice': {
    product: 'You settled the clash by which work matters more, which is how product work sets order.',
    project: 'You settled the clash by sharing out time and people, which is how project work handles it.',
  },
  'rival-ships-feature': {
    product:
      'When a rival moved, you turned first to the rival’s feature or your next release. That is product work.',
    project:
      'When a rival moved, you turned first to the cost of a change or the work in hand. That is project work.',
  },
  'who-to-sit-with': {
    project: 'You would sit down with the client paying for the work. Project work answers to clients.',
    product: 'You would sit down with a customer who uses the product. Product work is done for them.',
  },
  'first-week-document': {
    project: 'You would start with a schedule or a list of risks, which project work delivers.',
    product: 'You would start with a plan of features or a page on one, which product work delivers.',
  },
  'job-in-ten-years': {
    project:
      'You see yourself heading the office that runs big projects. That is where project careers lead.',
    product: 'You see yourself heading the group that plans products. That is where product careers lead.',
  },
  'what-or-how': {
    product: 'On a software team, you would own what the software does and for whom. That is product work.',
    project:
      'On a software team, you would own how the work is split up and delivered. That is project work.',
  },
  'feature-runs-long': {
    product:
      'When a feature ran long, you looked again at what it must do now. That is how product work copes.',
    project: 'When a feature ran long, you reworked the dates or the people. That is how project work copes.',
  },
};
