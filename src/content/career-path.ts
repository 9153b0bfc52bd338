import { questionBank } from '../engine/index.ts';
import type { DimensionId, Track } from '../engine/index.ts';
import {
  advice,
  estimate,
  fact,
  fromComparisonSeed as comparison,
  fromKeyDifferencesSeed as keyDifferences,
  fromScrumGuide,
  note,
} from './sources.ts';
import type { Advice, Estimate, Fact, Note, Source } from './sources.ts';

/**
 * The quiz's themes. The engine's dimension ids, plus 'technical', which may be added later.
 * Keyed by string here so content does not wait on the engine.
 */
export type ThemeId = DimensionId;

export const themeIds: readonly ThemeId[] = questionBank.dimensions.map((dimension) => dimension.id);

/** The answers to the optional "What do you do now?" question. */
export type CurrentJob =
  | 'software-engineer'
  | 'qa-or-test'
  | 'business-analyst'
  | 'designer'
  | 'support-or-operations'
  | 'project-manager'
  | 'product-manager'
  | 'program-manager'
  | 'scrum-master'
  | 'student'
  | 'other';

export const currentJobs: readonly CurrentJob[] = [
  'software-engineer',
  'qa-or-test',
  'business-analyst',
  'designer',
  'support-or-operations',
  'project-manager',
  'product-manager',
  'program-manager',
  'scrum-master',
  'student',
  'other',
];

/** The ways in each role describes. Jobs without a route of their own use 'general'. */
export type RouteId =
  | 'software-engineer'
  | 'qa-or-test'
  | 'business-analyst'
  | 'designer'
  | 'support-or-operations'
  | 'project-manager'
  | 'product-manager'
  | 'program-manager'
  | 'scrum-master'
  | 'student'
  | 'general';

export const routeIds: readonly RouteId[] = [
  'software-engineer',
  'qa-or-test',
  'business-analyst',
  'designer',
  'support-or-operations',
  'project-manager',
  'product-manager',
  'program-manager',
  'scrum-master',
  'student',
  'general',
];

/** Which route to open for each answer to "What do you do now?"; anyone who answers "other" gets the general one. */
export const routeForJob: Readonly<Record<CurrentJob, RouteId>> = {
  'software-engineer': 'software-engineer',
  'qa-or-test': 'qa-or-test',
  'business-analyst': 'business-analyst',
  designer: 'designer',
  'support-or-operations': 'support-or-operations',
  'project-manager': 'project-manager',
  'product-manager': 'product-manager',
  'program-manager': 'program-manager',
  'scrum-master': 'scrum-master',
  student: 'student',
  other: 'general',
};

/** One line of a typical week: a short label and what happens, with its source. */
export interface WeekItem {
  label: string;
  detail: Fact;
}

/** A typical week, drawn from what the sources say the role does. */
export interface TypicalWeek {
  /** Says this is a sketch, not a timetable. */
  caveat: Note;
  meetings: readonly WeekItem[];
  documents: readonly WeekItem[];
  decisions: readonly WeekItem[];
  /** Who is in the room most often. */
  inTheRoom: readonly WeekItem[];
}

/** A way into the role from one current job. */
export interface Route {
  id: RouteId;
  /** The job the person has now, as a label, e.g. "Software engineer". */
  from: string;
  carriesOver: readonly Fact[];
  toLearn: readonly Fact[];
  /** One thing to do this month. */
  firstStep: Advice;
  /** A range in words, always called a rough guide. */
  timeFrame: Estimate;
}

/** One skill to build for one theme of the quiz. The engine orders these by the person's answers. */
export interface SkillToBuild {
  theme: ThemeId;
  /** A short phrase, e.g. "Setting a product vision". */
  skill: string;
  /** What the role asks for, with its source. */
  why: Fact;
  /** One way to practise it. */
  practice: Advice;
}

/** A small test of the role a person can run at the job they have now. */
export interface Experiment {
  title: string;
  howTo: Advice;
  /** What the result may tell them about fit. */
  whatItTells: Advice;
}

export interface CareerPath {
  track: Track;
  typicalWeek: TypicalWeek;
  routes: Readonly<Record<RouteId, Route>>;
  skillsToBuild: Readonly<Record<ThemeId, SkillToBuild>>;
  experiments: readonly [Experiment, Experiment, Experiment];
}

/** Shown once above the routes: no source measures how long a switch takes. */
export const timeFrameNote: Note = note(
  'The time frames are rough guides, not findings. No source we use measures how long a switch takes.',
);

// Quotes used more than once.
const productTechDepth = comparison(
  'Technical Product Management requires a deeper understanding of technology and product development processes',
);
const productSkills = comparison('Technical, product development, market analysis, customer feedback');
const productStakeholders = comparison('Developers, designers, marketers, customers');
const productTools = comparison('Product roadmap, user stories, wireframes');
const productAuthority = keyDifferences(
  'Technical Product Managers hold primary decision-making authority over product vision, roadmap, and feature prioritization',
);
const productMetrics = keyDifferences(
  'product adoption rates, customer satisfaction scores, and revenue growth',
);
const sharedSkills = comparison(
  'Both roles require strong communication, problem-solving, and leadership skills',
);
const crossFunctional = comparison(
  'Both roles require strong communication skills, the ability to work with cross-functional teams',
);
const projectSkills = comparison('Organizational, planning, communication, leadership');
const projectResponsibilities = comparison('Scope, schedule, budget, risk management');
const projectStakeholders = comparison('Team members, clients, sponsors');
const projectRisk = comparison('Risk management and issue resolution');
const projectCoordination = keyDifferences(
  'coordinate tasks, timelines, and resources across engineering, QA, operations, and stakeholders',
);
const projectTechDepth = keyDifferences('Both roles require deep technical knowledge');
const projectExecution = keyDifferences(
  'Technical Project Managers own the execution process, managing timelines, resources, and cross-functional team coordination',
);
const projectMethods = keyDifferences(
  'Waterfall, Critical Path Method (CPM), and Risk Management frameworks',
);
const projectMetrics = keyDifferences(
  'project delivery timelines, budget adherence, and resource allocation efficiency',
);
const projectDeliverables = keyDifferences('Project plan, status reports, deliverable tracking.');
const pmiProgram: Source = {
  authority: 'PMI',
  work: 'A Guide to the Project Management Body of Knowledge (PMBOK Guide), definition of a program',
};
const programManagerStep = keyDifferences('leading to positions like Program Manager');
const productTeamMethods = keyDifferences(
  'applying Agile, Scrum, and Lean methodologies to prioritize features',
);

const productPath: CareerPath = {
  track: 'product',
  typicalWeek: {
    caveat: note('This week is a sketch drawn from the sources, not a timetable. Real weeks vary by firm.'),
    meetings: [
      {
        label: 'Sprint planning',
        detail: fact(
          'They help the team pick the top items from the backlog to build next.',
          keyDifferences('prioritize backlogs'),
          fromScrumGuide('Sprint Planning'),
        ),
      },
      {
        label: 'Customer calls',
        detail: fact(
          'They talk with customers to learn what they need and what gets in their way.',
          comparison('Customer feedback and validation'),
        ),
      },
      {
        label: 'Sprint review',
        detail: fact(
          'The team shows what it built to key people, who give feedback.',
          fromScrumGuide('Sprint Review'),
        ),
      },
      {
        label: 'Launch check-in',
        detail: fact(
          'They go over the next release with sales and marketing, so the launch lines up.',
          keyDifferences('Collaborates with customers, sales, engineering, marketing.'),
          comparison('Product strategy, feature prioritization, release planning'),
        ),
      },
    ],
    documents: [
      {
        label: 'Roadmap',
        detail: fact(
          'They keep a roadmap that shows what comes next and why.',
          keyDifferences('Product roadmap, feature specifications, market analysis.'),
        ),
      },
      {
        label: 'Specs and user stories',
        detail: fact('They write specs and user stories that say what to build and for whom.', productTools),
      },
      {
        label: 'Market notes',
        detail: fact(
          'They write up what rival products do and what the market wants.',
          keyDifferences('Product roadmap, feature specifications, market analysis.'),
        ),
      },
    ],
    decisions: [
      {
        label: 'What comes first',
        detail: fact(
          'They decide which feature comes first, and which good ideas must wait.',
          productAuthority,
        ),
      },
      {
        label: 'What ships when',
        detail: fact(
          'They decide what goes into each release.',
          comparison('Product strategy, feature prioritization, release planning'),
        ),
      },
    ],
    inTheRoom: [
      {
        label: 'Engineers and designers',
        detail: fact('Engineers and designers are in most of their meetings.', productStakeholders),
      },
      {
        label: 'Customers',
        detail: fact(
          'Customers join calls and give feedback on ideas.',
          productStakeholders,
          comparison('Customer feedback and validation'),
        ),
      },
      {
        label: 'Sales and marketing',
        detail: fact(
          'Sales and marketing come in for plans and launches.',
          keyDifferences('Collaborates with customers, sales, engineering, marketing.'),
          comparison('collaborating with cross-functional teams to bring products to market'),
        ),
      },
    ],
  },
  routes: {
    'software-engineer': {
      id: 'software-engineer',
      from: 'Software engineer',
      carriesOver: [
        fact('The role needs a deep grasp of tech, and you have one.', productTechDepth),
        fact('You know the engineers well, and they are the role’s closest partners.', productStakeholders),
      ],
      toLearn: [
        fact('Learn to size up the market: who buys, and what rivals offer.', productSkills),
        fact(
          'Learn to rank features, and to say no to good ideas that can wait.',
          comparison('prioritizing features'),
        ),
      ],
      firstStep: advice('Ask your product manager if you can sit in on two customer calls this month.'),
      timeFrame: estimate('Allow one to two years.'),
    },
    'qa-or-test': {
      id: 'qa-or-test',
      from: 'QA or test',
      carriesOver: [
        fact(
          'You check that features meet their requirements, and this role writes those requirements.',
          comparison('Define product requirements and features'),
        ),
      ],
      toLearn: [
        fact(
          'Learn to set a vision: where the product should go, not just whether it works.',
          keyDifferences('Defines product vision and strategy, prioritizes features.'),
        ),
        fact('Learn to size up the market and to read what customers tell you.', productSkills),
      ],
      firstStep: advice('Write your test notes for the next feature as a user story, and ask for comments.'),
      timeFrame: estimate('Allow one to two years.'),
    },
    'business-analyst': {
      id: 'business-analyst',
      from: 'Business analyst',
      carriesOver: [
        fact(
          'You turn what users need into written requirements, which is core work here.',
          keyDifferences('Roadmap planning, user requirements, product lifecycle management.'),
        ),
      ],
      toLearn: [
        fact('Learn to own the roadmap and rank features, not just write down needs.', productAuthority),
        fact('Learn to judge success by use, customer joy and sales.', productMetrics),
      ],
      firstStep: advice('Pick one request you wrote up, and make the case for why it should come first.'),
      timeFrame: estimate('Allow six months to a year and a half.'),
    },
    designer: {
      id: 'designer',
      from: 'Designer',
      carriesOver: [
        fact('You work from user needs, and designers are close partners in this role.', productStakeholders),
        fact('Wireframes are one of the role’s tools, so you start ahead.', productTools),
      ],
      toLearn: [
        fact(
          'Learn the business side: the market, and how the product makes money.',
          productSkills,
          productMetrics,
        ),
        fact('Learn enough tech to weigh trade-offs with engineers.', productTechDepth),
      ],
      firstStep: advice(
        'Turn your next design into a short spec: the problem, the users and how you will know it worked.',
      ),
      timeFrame: estimate('Allow one to two years.'),
    },
    'support-or-operations': {
      id: 'support-or-operations',
      from: 'Support or operations',
      carriesOver: [
        fact(
          'You hear from customers every day, and their feedback drives this role’s choices.',
          keyDifferences('prioritizes features based on customer needs'),
        ),
      ],
      toLearn: [
        fact('Learn to turn many requests into one ranked plan.', comparison('prioritizing features')),
        fact('Learn enough tech to talk trade-offs with engineers.', productTechDepth),
      ],
      firstStep: advice('Sort last month’s tickets by theme, and send the top three to your product team.'),
      timeFrame: estimate('Allow one to three years.'),
    },
    'project-manager': {
      id: 'project-manager',
      from: 'Project manager',
      carriesOver: [
        fact('You already work across teams, and both roles need that.', crossFunctional),
        fact('You keep people informed, and the role needs strong communication too.', sharedSkills),
      ],
      toLearn: [
        fact(
          'Learn to ask what to build and why, not just how and when.',
          keyDifferences('differ in focus: product strategy versus project execution'),
        ),
        fact('Learn to judge success by use and sales, not just by dates.', productMetrics),
      ],
      firstStep: advice(
        'For your current project, write one page on who it is for and how you would judge it.',
      ),
      timeFrame: estimate('Allow six months to a year and a half.'),
    },
    'product-manager': {
      id: 'product-manager',
      from: 'Product manager',
      carriesOver: [
        fact(
          'You already set a vision, rank features and plan releases.',
          comparison('Product strategy, feature prioritization, release planning'),
        ),
      ],
      toLearn: [
        fact('Learn more of the tech, since this role asks for a deeper grasp of it.', productTechDepth),
      ],
      firstStep: advice('Ask an engineer to walk you through how one feature works, end to end.'),
      timeFrame: estimate('Allow six months to a year.'),
    },
    'program-manager': {
      id: 'program-manager',
      from: 'Program manager',
      carriesOver: [
        fact('You already steer a group of linked projects toward one shared gain.', pmiProgram),
        fact('You already work across teams, and this role needs that too.', crossFunctional),
      ],
      toLearn: [
        fact('Learn to decide what gets built and why, not only when it ships.', productAuthority),
        fact('Learn to judge success by use, happy customers and sales.', productMetrics),
      ],
      firstStep: advice('Pick one project you run, and ask its users what they still miss.'),
      timeFrame: estimate('Allow one to two years.'),
    },
    'scrum-master': {
      id: 'scrum-master',
      from: 'Scrum Master',
      carriesOver: [
        fact('You know Scrum well, and product teams use it to rank work.', productTeamMethods),
        fact(
          'You already help the Product Owner keep the backlog in good shape.',
          fromScrumGuide('Scrum Master'),
        ),
      ],
      toLearn: [
        fact('Learn to choose what goes on the backlog, not just to help it run.', productAuthority),
        fact('Learn to read the market and what customers say.', productSkills),
      ],
      firstStep: advice('Ask your Product Owner to let you write and rank the stories for one sprint.'),
      timeFrame: estimate('Allow one to two years.'),
    },
    student: {
      id: 'student',
      from: 'Student',
      carriesOver: [
        fact('Group work builds the talking, problem solving and lead skills both roles need.', sharedSkills),
      ],
      toLearn: [fact('Learn the basic tools: roadmaps, user stories and wireframes.', productTools)],
      firstStep: advice('Pick an app you use, and write down three changes you would make and why.'),
      timeFrame: estimate('Allow two to four years, with a first job in a nearby role.'),
    },
    general: {
      id: 'general',
      from: 'Another job',
      carriesOver: [fact('Talking, problem solving and leading carry over to this role.', sharedSkills)],
      toLearn: [
        fact(
          'Learn to read the market and what customers say, plus enough tech to weigh trade-offs.',
          productSkills,
        ),
      ],
      firstStep: advice('Ask a product person at work for half an hour on how they choose what comes next.'),
      timeFrame: estimate('Allow one to three years.'),
    },
  },
  skillsToBuild: {
    direction: {
      theme: 'direction',
      skill: 'Setting a product vision',
      why: fact(
        'The role sets where the product should go, and why.',
        keyDifferences('Defines product vision and strategy, prioritizes features.'),
      ),
      practice: advice('Write a one-page vision for a tool you use, and ask a friend to poke holes in it.'),
    },
    compass: {
      theme: 'compass',
      skill: 'Reading customers and the market',
      why: fact('The role steers by what customers need and what the market wants.', productSkills),
      practice: advice('Read ten reviews of a rival app, and list the three complaints that come up most.'),
    },
    uncertainty: {
      theme: 'uncertainty',
      skill: 'Testing ideas before you build',
      why: fact(
        'The role checks ideas against what customers say.',
        comparison('Customer feedback and validation'),
      ),
      practice: advice('Before your next feature, write down what would show the idea is wrong.'),
    },
    measure: {
      theme: 'measure',
      skill: 'Judging success by outcomes',
      why: fact('The role is judged by use, customer joy and sales growth.', productMetrics),
      practice: advice('Pick one feature you use, and name the number that would show it works.'),
    },
    ownership: {
      theme: 'ownership',
      skill: 'Choosing what to build first',
      why: fact('The role has the main say on which features come first.', productAuthority),
      practice: advice('Rank ten ideas for a product you know, with one line on each choice.'),
    },
    people: {
      theme: 'people',
      skill: 'Working with design, sales and marketing',
      why: fact(
        'The role works most with those who build, design, market and buy the product.',
        productStakeholders,
      ),
      practice: advice('Ask someone in sales what customers ask for most, and take notes.'),
    },
    toolkit: {
      theme: 'toolkit',
      skill: 'Roadmaps and user stories',
      why: fact('The role’s main tools are roadmaps, user stories and wireframes.', productTools),
      practice: advice('Write five user stories for one small feature, then sort them by value.'),
    },
    career: {
      theme: 'career',
      skill: 'Growing toward product leadership',
      why: fact(
        'The path leads to senior product jobs, then Director of Product.',
        keyDifferences('Senior Product Manager, Director of Product, or Chief Product Officer'),
      ),
      practice: advice('Ask a senior product person what they wish they had learned first.'),
    },
    technical: {
      theme: 'technical',
      skill: 'Enough tech to weigh trade-offs',
      why: fact('The role calls for a deep grasp of tech.', productTechDepth),
      practice: advice('Ask an engineer what makes one feature hard to build, and why.'),
    },
  },
  experiments: [
    {
      title: 'Sit in on customer calls',
      howTo: advice('Ask to join two customer or support calls. Write down each problem people raise.'),
      whatItTells: advice('If you enjoy finding the pattern, product work may suit you.'),
    },
    {
      title: 'Rank a backlog',
      howTo: advice('Take ten open requests and put them in order. Write one line on each choice.'),
      whatItTells: advice('Notice whether saying no to good ideas feels fine or painful.'),
    },
    {
      title: 'Write a one-page case',
      howTo: advice('Pick one feature idea. Write who it helps, why now and how you would judge it.'),
      whatItTells: advice('If you would rather plan how to build it, the project role may pull you more.'),
    },
  ],
};

const projectPath: CareerPath = {
  track: 'project',
  typicalWeek: {
    caveat: note('This week is a sketch drawn from the sources, not a timetable. Real weeks vary by firm.'),
    meetings: [
      {
        label: 'Team check-in',
        detail: fact(
          'They meet the team to see what is done, what is next and what is stuck.',
          keyDifferences('planning, executing, and monitoring project timelines'),
        ),
      },
      {
        label: 'Risk review',
        detail: fact('They go over the list of risks and agree what to do about each one.', projectRisk),
      },
      {
        label: 'Sponsor update',
        detail: fact(
          'They tell sponsors and clients where time, cost and scope stand.',
          comparison('Stakeholder communication'),
          projectStakeholders,
        ),
      },
      {
        label: 'Cross-team sync',
        detail: fact(
          'They make sure the work of engineers, testers and operations fits.',
          projectCoordination,
        ),
      },
    ],
    documents: [
      {
        label: 'Project plan',
        detail: fact(
          'They keep a plan with the scope, the schedule and the budget.',
          projectResponsibilities,
        ),
      },
      {
        label: 'Status report',
        detail: fact('They send a regular report on progress and problems.', projectDeliverables),
      },
      {
        label: 'Gantt chart or tracker',
        detail: fact(
          'They keep a chart that shows each task and when it is due.',
          comparison('Gantt charts, project management software'),
        ),
      },
    ],
    decisions: [
      {
        label: 'Who does what, and when',
        detail: fact('They decide who works on what, and in what order.', projectExecution),
      },
      {
        label: 'How to handle a risk',
        detail: fact('They decide how to deal with a risk or a slip before it grows.', projectRisk),
      },
    ],
    inTheRoom: [
      {
        label: 'The delivery team',
        detail: fact(
          'Most days they meet with engineers, testers and the operations team.',
          projectCoordination,
        ),
      },
      {
        label: 'Sponsors and managers',
        detail: fact(
          'Sponsors and managers join to hear updates.',
          keyDifferences('Coordinates with team members, managers, clients.'),
        ),
      },
      {
        label: 'Clients',
        detail: fact('Clients join to hear how the work is going.', projectStakeholders),
      },
    ],
  },
  routes: {
    'software-engineer': {
      id: 'software-engineer',
      from: 'Software engineer',
      carriesOver: [
        fact('The role needs deep tech know-how, and you have it.', projectTechDepth),
        fact(
          'You already work with QA and operations, and this role lines their work up.',
          projectCoordination,
        ),
      ],
      toLearn: [
        fact('Learn to plan and schedule work, and to find the critical path.', projectMethods),
        fact('Learn to manage budgets and risks.', comparison('Manage resources and budgets'), projectRisk),
      ],
      firstStep: advice('Offer to plan your team’s next release, with dates, owners and risks.'),
      timeFrame: estimate('Allow one to two years.'),
    },
    'qa-or-test': {
      id: 'qa-or-test',
      from: 'QA or test',
      carriesOver: [
        fact('You know how test phases run, and this role lines up QA with the rest.', projectCoordination),
      ],
      toLearn: [
        fact('Learn to build a schedule and a budget for a whole project.', projectResponsibilities),
        fact('Learn to report status to sponsors and clients.', comparison('Stakeholder communication')),
      ],
      firstStep: advice(
        'Write the test plan for your next release as a small project plan, with dates and risks.',
      ),
      timeFrame: estimate('Allow one to two years.'),
    },
    'business-analyst': {
      id: 'business-analyst',
      from: 'Business analyst',
      carriesOver: [
        fact(
          'You already pin down scope with clients, and every project plan starts there.',
          comparison('defining project scope, creating a project plan'),
        ),
      ],
      toLearn: [
        fact(
          'Learn scheduling, sharing out people and handling risk.',
          keyDifferences('resource allocation, risk management, and timeline adherence'),
        ),
      ],
      firstStep: advice('For your current work, list every task, who owns it and when it is due.'),
      timeFrame: estimate('Allow six months to a year and a half.'),
    },
    designer: {
      id: 'designer',
      from: 'Designer',
      carriesOver: [fact('You work with many teams, and both roles need that.', crossFunctional)],
      toLearn: [
        fact('Learn to plan and schedule a whole project.', projectSkills),
        fact('Learn to spot and handle risks.', projectRisk),
      ],
      firstStep: advice('Plan your next design task as a small project, with steps, dates and a risk list.'),
      timeFrame: estimate('Allow one to two years.'),
    },
    'support-or-operations': {
      id: 'support-or-operations',
      from: 'Support or operations',
      carriesOver: [
        fact('You work in operations, one of the groups this role lines up.', projectCoordination),
        fact('You fix issues under time pressure, and that is core to the role.', projectRisk),
      ],
      toLearn: [
        fact('Learn to plan a project from start to finish.', comparison('Project planning and scheduling')),
      ],
      firstStep: advice('Offer to run a small fix or rollout, with a plan and a weekly update.'),
      timeFrame: estimate('Allow one to two years.'),
    },
    'project-manager': {
      id: 'project-manager',
      from: 'Project manager',
      carriesOver: [fact('You already own scope, schedule, budget and risk.', projectResponsibilities)],
      toLearn: [
        fact(
          'Learn enough tech to follow the work, since the role needs deep tech know-how.',
          projectTechDepth,
        ),
      ],
      firstStep: advice(
        'Ask an engineer to show you how your team ships code, from first change to release.',
      ),
      timeFrame: estimate('Allow six months to a year and a half.'),
    },
    'product-manager': {
      id: 'product-manager',
      from: 'Product manager',
      carriesOver: [
        fact(
          'You already plan each release with the team that builds it.',
          comparison('Product strategy, feature prioritization, release planning'),
        ),
        fact(
          'You already juggle priorities, and this role must too.',
          comparison('the ability to manage competing priorities and deadlines'),
        ),
      ],
      toLearn: [
        fact('Learn to run the schedule, budget and people in detail.', projectMetrics),
        fact('Learn methods such as the critical path and risk plans.', projectMethods),
      ],
      firstStep: advice('Take your next release and build its full schedule, with owners and a risk list.'),
      timeFrame: estimate('Allow six months to a year.'),
    },
    'program-manager': {
      id: 'program-manager',
      from: 'Program manager',
      carriesOver: [
        fact('Program manager is a usual step up from this role, so you know its work.', programManagerStep),
        fact('You already run many projects toward one shared gain.', pmiProgram),
      ],
      toLearn: [fact('Learn to run one project in close detail: tasks, dates and people.', projectExecution)],
      firstStep: advice('Take over the day-to-day plan of one of your projects for a month.'),
      timeFrame: estimate('Allow a few months to half a year.'),
    },
    'scrum-master': {
      id: 'scrum-master',
      from: 'Scrum Master',
      carriesOver: [
        fact('You already help clear what blocks the team.', fromScrumGuide('Scrum Master')),
        fact('You already work across teams, and this role needs that too.', crossFunctional),
      ],
      toLearn: [
        fact('Learn to own the schedule, budget and risks, not only the way the team works.', projectMetrics),
        fact('Learn methods such as the critical path and risk plans.', projectMethods),
      ],
      firstStep: advice('Build a full schedule with owners and risks for your team’s next big release.'),
      timeFrame: estimate('Allow six months to a year and a half.'),
    },
    student: {
      id: 'student',
      from: 'Student',
      carriesOver: [fact('Group work builds the planning and lead skills this role needs.', projectSkills)],
      toLearn: [fact('Learn the basics: scope, schedule, budget and risk.', projectResponsibilities)],
      firstStep: advice(
        'Run your next group project with a task list, owners and dates, and a short weekly update.',
      ),
      timeFrame: estimate('Allow two to four years, with a first job in a nearby role.'),
    },
    general: {
      id: 'general',
      from: 'Another job',
      carriesOver: [
        fact('Planning, keeping order and talking to people carry over to this role.', projectSkills),
      ],
      toLearn: [fact('Learn to manage the schedule, the budget and the risks.', projectResponsibilities)],
      firstStep: advice('Plan one real piece of work as a project: tasks, owners, dates and risks.'),
      timeFrame: estimate('Allow one to three years.'),
    },
  },
  skillsToBuild: {
    direction: {
      theme: 'direction',
      skill: 'Turning a goal into a plan',
      why: fact(
        'The role builds the plan that gets the team to the goal.',
        comparison('creating a project plan'),
      ),
      practice: advice('Take one goal at work and break it into tasks with dates.'),
    },
    compass: {
      theme: 'compass',
      skill: 'Steering by time, cost and people',
      why: fact('The role steers by the timeline, the budget and who is free.', projectMetrics),
      practice: advice('For one week, track where your team’s time goes.'),
    },
    uncertainty: {
      theme: 'uncertainty',
      skill: 'Spotting and handling risk',
      why: fact('The role finds risks early and plans for them.', projectRisk),
      practice: advice('List five things that could go wrong on your work, and a plan for each.'),
    },
    measure: {
      theme: 'measure',
      skill: 'Delivering on time and on budget',
      why: fact(
        'The role is judged on finishing on time and on budget.',
        comparison('completed on time and within budget'),
      ),
      practice: advice('Set a date for a small task, then check how close you came and why.'),
    },
    ownership: {
      theme: 'ownership',
      skill: 'Owning who does what, and when',
      why: fact('The role owns how the work gets done: time, people and order.', projectExecution),
      practice: advice('Draw up who does what for your team’s next piece of work.'),
    },
    people: {
      theme: 'people',
      skill: 'Keeping sponsors and clients informed',
      why: fact('The role keeps sponsors, clients and the team up to date.', projectStakeholders),
      practice: advice('Send a short weekly update on one piece of work, and ask if it helps.'),
    },
    toolkit: {
      theme: 'toolkit',
      skill: 'Gantt charts and status reports',
      why: fact('The role’s main outputs are a plan, status reports and a tracker.', projectDeliverables),
      practice: advice('Draw a Gantt chart for a small plan, and mark the tasks that would delay the end.'),
    },
    career: {
      theme: 'career',
      skill: 'Growing toward program work',
      why: fact(
        'The path leads to jobs such as Program Manager or head of a project office.',
        keyDifferences('Program Manager, PMO Director, or Operations Manager'),
      ),
      practice: advice('Ask a program manager how they keep many projects in step.'),
    },
    technical: {
      theme: 'technical',
      skill: 'Enough tech to follow the work',
      why: fact('The role calls for deep tech know-how.', projectTechDepth),
      practice: advice('Ask an engineer what usually makes a task take longer than planned.'),
    },
  },
  experiments: [
    {
      title: 'Build the plan',
      howTo: advice('Take a small piece of work. List every task, who owns it and when it is due.'),
      whatItTells: advice('If the plan makes you feel calm, not bored, project work may suit you.'),
    },
    {
      title: 'Keep a risk list',
      howTo: advice(
        'List five things that could go wrong on your team’s work. Rate each one and write a plan.',
      ),
      whatItTells: advice('Watch whether you enjoy heading off trouble before it comes.'),
    },
    {
      title: 'Send a weekly status note',
      howTo: advice('For a month, send a short note: what is done, what is next and what is stuck.'),
      whatItTells: advice('If people start to rely on it, and you like that, take note.'),
    },
  ],
};

export const careerPaths: Readonly<Record<Track, CareerPath>> = {
  product: productPath,
  project: projectPath,
};
