import type { Track } from '../engine/types.ts';

/** Everything the app says about one of the two roles. Facts come from the two seed articles. */
export interface RoleProfile {
  track: Track;
  title: string;
  shortTitle: string;
  /** One sentence: what this person owns. */
  tagline: string;
  /** Two or three sentences: what the work is, day to day. */
  summary: string;
  responsibilities: readonly string[];
  /** What they produce. */
  deliverables: readonly string[];
  skills: readonly string[];
  tools: readonly string[];
  methods: readonly string[];
  /** Groups of people they work with most. */
  worksWith: readonly string[];
  successMeasures: readonly string[];
  /** Three titles, most junior first. */
  careerPath: readonly string[];
  /** Concrete things someone leaning this way can do soon, in the imperative. */
  nextSteps: readonly string[];
}

const productProfile: RoleProfile = {
  track: 'product',
  title: 'Technical Product Manager',
  shortTitle: 'Product',
  tagline: 'This role owns the product: what it should do, who it is for and which features come first.',
  summary:
    'A typical day is about deciding what a tech product should do next, and why. ' +
    'They talk with customers, study rival products and turn what they learn into clear requirements. ' +
    'Engineers, designers, marketing and sales look to them to know what matters most.',
  responsibilities: [
    'Set the vision and strategy for the product',
    'Decide which features come first and keep the backlog in order',
    'Turn what users need into clear written requirements',
    'Plan releases and keep the roadmap up to date',
    'Test ideas against customer feedback and market research',
    'Look after the product for its whole life, from first idea to later updates',
  ],
  deliverables: [
    'A product roadmap that shows what comes next and why',
    'Feature specs that explain what to build and who it helps',
    'User stories and a ranked backlog for the engineering team',
    'A market analysis of customers, needs and rival products',
  ],
  skills: [
    'Enough technical knowledge to weigh trade-offs with engineers',
    'Market analysis: sizing up customers and competitors',
    'Turning customer feedback into a plan',
    'Choosing what to build first, and saying no to good ideas that can wait',
    'Explaining the reasons behind a decision to very different audiences',
    'Leading a team toward a shared product vision',
  ],
  tools: [
    'Jira, for the product backlog',
    'Confluence, for shared specs and notes',
    'Roadmunk, for building roadmaps',
    'User stories and wireframes',
    'Tableau or Power BI, to see how people use the product',
  ],
  methods: [
    'Agile: build in small steps and adjust as you learn',
    'Scrum: plan and ship work in short, fixed cycles called sprints',
    'Lean: cut waste and focus on what customers value',
    'Continuous improvement: learn from each release and make the next one better',
  ],
  worksWith: ['Customers and users', 'Engineers', 'Designers', 'Marketing teams', 'Sales teams'],
  successMeasures: [
    'How many people adopt the product and keep using it',
    'Customer satisfaction scores',
    'Revenue growth that comes from product features',
  ],
  careerPath: ['Senior Product Manager', 'Director of Product', 'Chief Product Officer'],
  nextSteps: [
    'Write a one-page roadmap for an app you use every day, listing what it should add next and why.',
    'Talk to three people who use a product you like, and write down the problems they mention most.',
    'Pick one feature idea, write it as a user story and sketch the screen on paper.',
    'Compare two rival apps and write a short note on what each one does better.',
    'Set up a free Jira board, add ten feature ideas and rank them with one line on each choice.',
  ],
};

const projectProfile: RoleProfile = {
  track: 'project',
  title: 'Technical Project Manager',
  shortTitle: 'Project',
  tagline: 'This role owns delivery: the plan, the schedule, the budget and the risks along the way.',
  summary:
    'A typical day is about keeping a technical project on track toward its finish date. ' +
    'They plan the work, share out people and time, watch the budget and deal with risks before they grow. ' +
    'Engineers, testers, operations staff and clients look to them to know where things stand.',
  responsibilities: [
    'Define the scope of the project: what is in and what is out',
    'Build the project plan and the schedule',
    'Assign people, time and money to each task',
    'Keep spending in line with the budget',
    'Spot risks early and solve problems as they come up',
    'Keep sponsors, clients and the team up to date',
  ],
  deliverables: [
    'A project plan with the scope, schedule and budget',
    'Regular status reports on progress, problems and next steps',
    'A tracker that shows each deliverable, its owner and its due date',
    'A list of risks with a plan for each one',
  ],
  skills: [
    'Enough technical knowledge to follow engineering work and its hold-ups',
    'Organizing many moving parts at once',
    'Planning and scheduling work from start to finish',
    'Judging risks and planning around them',
    'Sharing out people, time and money where they are needed most',
    'Leading a team and keeping everyone informed with clear updates',
  ],
  tools: [
    'Microsoft Project, for detailed schedules',
    'Smartsheet, for tracking timelines, people and budgets',
    'Trello, for simple boards of tasks',
    'Gantt charts that show every task on a timeline',
    'Tableau or Power BI, to watch schedules and costs',
  ],
  methods: [
    'Waterfall: finish each phase before the next one starts',
    'Critical Path Method: find the longest chain of linked tasks, since it sets the end date',
    'Risk management frameworks: list, rank and plan for what could go wrong',
    'Continuous improvement: look back on each project and run the next one better',
  ],
  worksWith: [
    'Engineering team members',
    'Quality assurance (QA) testers',
    'Operations staff',
    'Clients',
    'Sponsors and managers',
  ],
  successMeasures: [
    'Projects delivered on time',
    'Spending kept within budget',
    'Work kept within the agreed scope',
    'Good use of people and other resources',
  ],
  // The seeds name these three without ranking them; a PMO Director usually sits above the other two.
  careerPath: ['Program Manager', 'Operations Manager', 'PMO Director'],
  nextSteps: [
    'Plan something real, such as a trip or a move, by listing every task, who does it and when it is due.',
    'Draw a Gantt chart for that plan and mark the tasks that would push back the end date if they slipped.',
    'Write down five things that could go wrong, how likely each one is and what you would do about it.',
    'Send a short weekly status report on a group project, saying what is done, what is next and what is stuck.',
    'Track a small project on a free Trello board, and check at the end whether it finished on time.',
  ],
};

export const roleProfiles: Readonly<Record<Track, RoleProfile>> = {
  product: productProfile,
  project: projectProfile,
};

/** One line of the side-by-side comparison. */
export interface ComparisonRow {
  attribute: string;
  product: string;
  project: string;
}

export const roleComparison: readonly ComparisonRow[] = [
  {
    attribute: 'Main focus',
    product: 'They decide what to build and why. They set the vision and strategy for the product.',
    project:
      'They decide how and when the work gets done. They run the project, its timeline and its resources.',
  },
  {
    attribute: 'Responsibilities',
    product: 'They plan the roadmap, write user requirements and rank features. They also plan each release.',
    project:
      'They set the scope, schedule and budget, and they manage risk. They also keep every group in step.',
  },
  {
    attribute: 'Key deliverables',
    product: 'They produce a product roadmap, feature specs and a market analysis.',
    project: 'They produce a project plan, status reports and a tracker for each deliverable.',
  },
  {
    attribute: 'Works most with',
    product: 'They work most with customers, engineers, designers, marketing and sales.',
    project: 'They work most with team members, QA testers, operations, managers, sponsors and clients.',
  },
  {
    attribute: 'Skills',
    product: 'They need technical knowledge, market analysis and a good ear for customer feedback.',
    project: 'They need technical knowledge, planning, organizing and a good eye for risk.',
  },
  {
    attribute: 'Tools',
    product: 'They use Jira, Confluence and Roadmunk, along with user stories and wireframes.',
    project: 'They use Microsoft Project, Smartsheet and Trello, along with Gantt charts.',
  },
  {
    attribute: 'Methods',
    product: 'They use Agile, Scrum and Lean to rank features and deliver value to customers.',
    project:
      'They use Waterfall, the Critical Path Method and risk management frameworks to keep delivery on track.',
  },
  {
    attribute: 'Decision authority',
    product: 'They have the main say over the product vision, the roadmap and which features come first.',
    project: 'They control how the work gets done: the schedule, the resources and how teams work together.',
  },
  {
    attribute: 'Place in the lifecycle',
    product: 'They guide the product through every stage, from first idea to launch and beyond.',
    project:
      'They plan and track every stage of the project, from design and building to testing and launch.',
  },
  {
    attribute: 'Goal',
    product: 'They aim for a product that succeeds because it fits what the market needs.',
    project: 'They aim for a project that finishes on time, within budget and within its agreed scope.',
  },
  {
    attribute: 'Success is measured by',
    product:
      'They are judged on how many people adopt the product, how happy customers are and how revenue grows.',
    project: 'They are judged on finishing on time and on budget, and on using people and resources well.',
  },
  {
    attribute: 'Career path',
    product:
      'They often move up to Senior Product Manager, then Director of Product, and later Chief Product Officer.',
    project:
      'They often move up to Program Manager or Operations Manager, and later PMO Director, who leads a company’s project office.',
  },
  {
    attribute: 'Shared ground',
    product:
      'Like the other TPM, they need strong communication, leadership and technical skills. They also track results in tools such as Tableau or Power BI.',
    project:
      'Like the other TPM, they work across many teams and juggle competing deadlines. They also look for ways to do better each time.',
  },
];
