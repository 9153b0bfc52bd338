import { msg } from '@lingui/core/macro';
import type { Message, Track } from '../engine/types.ts';

/** Everything the app says about one of the two roles. Facts come from the two seed articles. */
export interface RoleProfile {
  track: Track;
  title: Message;
  shortTitle: Message;
  /** One sentence: what this person owns. */
  tagline: Message;
  /** Two or three sentences: what the work is, day to day. */
  summary: Message;
  responsibilities: readonly Message[];
  /** What they produce. */
  deliverables: readonly Message[];
  skills: readonly Message[];
  tools: readonly Message[];
  methods: readonly Message[];
  /** Groups of people they work with most. */
  worksWith: readonly Message[];
  successMeasures: readonly Message[];
  /** Three titles, most junior first. */
  careerPath: readonly Message[];
  /** Concrete things someone leaning this way can do soon, in the imperative. */
  nextSteps: readonly Message[];
}

const productProfile: RoleProfile = {
  track: 'product',
  title: msg`Technical Product Manager`,
  shortTitle: msg({ message: 'Product', comment: 'Short name of the role Technical Product Manager.' }),
  tagline: msg`This role owns the product: what it should do, who it is for and which features come first.`,
  summary: msg`A typical day is about deciding what a tech product should do next, and why. They talk with customers, study rival products and turn what they learn into clear requirements. Engineers, designers, marketing and sales look to them to know what matters most.`,
  responsibilities: [
    msg`Set the vision and strategy for the product`,
    msg`Decide which features come first and keep the backlog in order`,
    msg`Turn what users need into clear written requirements`,
    msg`Plan releases and keep the roadmap up to date`,
    msg`Test ideas against customer feedback and market research`,
    msg`Look after the product for its whole life, from first idea to later updates`,
  ],
  deliverables: [
    msg`A product roadmap that shows what comes next and why`,
    msg`Feature specs that explain what to build and who it helps`,
    msg`User stories and a ranked backlog for the engineering team`,
    msg`A market analysis of customers, needs and rival products`,
  ],
  skills: [
    msg`Enough technical knowledge to weigh trade-offs with engineers`,
    msg`Market analysis: sizing up customers and competitors`,
    msg`Turning customer feedback into a plan`,
    msg`Choosing what to build first, and saying no to good ideas that can wait`,
    msg`Explaining the reasons behind a decision to very different audiences`,
    msg`Leading a team toward a shared product vision`,
  ],
  tools: [
    msg`Jira, for the product backlog`,
    msg`Confluence, for shared specs and notes`,
    msg`Roadmunk, for building roadmaps`,
    msg`User stories and wireframes`,
    msg`Tableau or Power BI, to see how people use the product`,
  ],
  methods: [
    msg`Agile: build in small steps and adjust as you learn`,
    msg`Scrum: plan and ship work in short, fixed cycles called sprints`,
    msg`Lean: cut waste and focus on what customers value`,
    msg`Continuous improvement: learn from each release and make the next one better`,
  ],
  worksWith: [
    msg`Customers and users`,
    msg`Engineers`,
    msg`Designers`,
    msg`Marketing teams`,
    msg`Sales teams`,
  ],
  successMeasures: [
    msg`How many people adopt the product and keep using it`,
    msg`Customer satisfaction scores`,
    msg`Revenue growth that comes from product features`,
  ],
  careerPath: [msg`Senior Product Manager`, msg`Director of Product`, msg`Chief Product Officer`],
  nextSteps: [
    msg`Write a one-page roadmap for an app you use every day, listing what it should add next and why.`,
    msg`Talk to three people who use a product you like, and write down the problems they mention most.`,
    msg`Pick one feature idea, write it as a user story and sketch the screen on paper.`,
    msg`Compare two rival apps and write a short note on what each one does better.`,
    msg`Set up a free Jira board, add ten feature ideas and rank them with one line on each choice.`,
  ],
};

const projectProfile: RoleProfile = {
  track: 'project',
  title: msg`Technical Project Manager`,
  shortTitle: msg({ message: 'Project', comment: 'Short name of the role Technical Project Manager.' }),
  tagline: msg`This role owns delivery: the plan, the schedule, the budget and the risks along the way.`,
  summary: msg`A typical day is about keeping a technical project on track toward its finish date. They plan the work, share out people and time, watch the budget and deal with risks before they grow. Engineers, testers, operations staff and clients look to them to know where things stand.`,
  responsibilities: [
    msg`Define the scope of the project: what is in and what is out`,
    msg`Build the project plan and the schedule`,
    msg`Assign people, time and money to each task`,
    msg`Keep spending in line with the budget`,
    msg`Spot risks early and solve problems as they come up`,
    msg`Keep sponsors, clients and the team up to date`,
  ],
  deliverables: [
    msg`A project plan with the scope, schedule and budget`,
    msg`Regular status reports on progress, problems and next steps`,
    msg`A tracker that shows each deliverable, its owner and its due date`,
    msg`A list of risks with a plan for each one`,
  ],
  skills: [
    msg`Enough technical knowledge to follow engineering work and its hold-ups`,
    msg`Organizing many moving parts at once`,
    msg`Planning and scheduling work from start to finish`,
    msg`Judging risks and planning around them`,
    msg`Sharing out people, time and money where they are needed most`,
    msg`Leading a team and keeping everyone informed with clear updates`,
  ],
  tools: [
    msg`Microsoft Project, for detailed schedules`,
    msg`Smartsheet, for tracking timelines, people and budgets`,
    msg`Trello, for simple boards of tasks`,
    msg`Gantt charts that show every task on a timeline`,
    msg`Tableau or Power BI, to watch schedules and costs`,
  ],
  methods: [
    msg`Waterfall: finish each phase before the next one starts`,
    msg`Critical Path Method: find the longest chain of linked tasks, since it sets the end date`,
    msg`Risk management frameworks: list, rank and plan for what could go wrong`,
    msg`Continuous improvement: look back on each project and run the next one better`,
  ],
  worksWith: [
    msg`Engineering team members`,
    msg`Quality assurance (QA) testers`,
    msg`Operations staff`,
    msg`Clients`,
    msg`Sponsors and managers`,
  ],
  successMeasures: [
    msg`Projects delivered on time`,
    msg`Spending kept within budget`,
    msg`Work kept within the agreed scope`,
    msg`Good use of people and other resources`,
  ],
  // The seeds name these three without ranking them; a PMO Director usually sits above the other two.
  careerPath: [msg`Program Manager`, msg`Operations Manager`, msg`PMO Director`],
  nextSteps: [
    msg`Plan something real, such as a trip or a move, by listing every task, who does it and when it is due.`,
    msg`Draw a Gantt chart for that plan and mark the tasks that would push back the end date if they slipped.`,
    msg`Write down five things that could go wrong, how likely each one is and what you would do about it.`,
    msg`Send a short weekly status report on a group project, saying what is done, what is next and what is stuck.`,
    msg`Track a small project on a free Trello board, and check at the end whether it finished on time.`,
  ],
};

export const roleProfiles: Readonly<Record<Track, RoleProfile>> = {
  product: productProfile,
  project: projectProfile,
};

/** One line of the side-by-side comparison. */
export interface ComparisonRow {
  attribute: Message;
  product: Message;
  project: Message;
}

export const roleComparison: readonly ComparisonRow[] = [
  {
    attribute: msg`Main focus`,
    product: msg`They decide what to build and why. They set the vision and strategy for the product.`,
    project: msg`They decide how and when the work gets done. They run the project, its timeline and its resources.`,
  },
  {
    attribute: msg`Responsibilities`,
    product: msg`They plan the roadmap, write user requirements and rank features. They also plan each release.`,
    project: msg`They set the scope, schedule and budget, and they manage risk. They also keep every group in step.`,
  },
  {
    attribute: msg`Key deliverables`,
    product: msg`They produce a product roadmap, feature specs and a market analysis.`,
    project: msg`They produce a project plan and status reports. They also make a tracker for each deliverable.`,
  },
  {
    attribute: msg`Works most with`,
    product: msg`They work most with customers, engineers, designers, marketing and sales.`,
    project: msg`They work most with team members, QA testers and operations. They also work closely with managers, sponsors and clients.`,
  },
  {
    attribute: msg`Skills`,
    product: msg`They need technical knowledge and market analysis. They also need a good ear for customer feedback.`,
    project: msg`They need technical knowledge, planning, organizing and a good eye for risk.`,
  },
  {
    attribute: msg`Tools`,
    product: msg`They use Jira, Confluence and Roadmunk. They also use user stories and wireframes.`,
    project: msg`They use Microsoft Project, Smartsheet and Trello, along with Gantt charts.`,
  },
  {
    attribute: msg`Methods`,
    product: msg`They use Agile, Scrum and Lean to rank features and deliver value to customers.`,
    project: msg`They use Waterfall and the Critical Path Method. They also use risk management frameworks to keep delivery on track.`,
  },
  {
    attribute: msg`Decision authority`,
    product: msg`They have the main say over the product vision, the roadmap and which features come first.`,
    project: msg`They control how the work gets done: the schedule, the resources and how teams work together.`,
  },
  {
    attribute: msg`Place in the lifecycle`,
    product: msg`They guide the product through every stage, from first idea to launch and beyond.`,
    project: msg`They plan and track every stage of the project, from design and building to testing and launch.`,
  },
  {
    attribute: msg`Goal`,
    product: msg`They aim for a product that succeeds because it fits what the market needs.`,
    project: msg`They aim for a project that finishes on time and within budget. It should also stay within its agreed scope.`,
  },
  {
    attribute: msg`Success is measured by`,
    product: msg`They are judged on how many people adopt the product. How happy customers are and how revenue grows count too.`,
    project: msg`They are judged on finishing on time and on budget, and on using people and resources well.`,
  },
  {
    attribute: msg`Career path`,
    product: msg`They tend to move up to Senior Product Manager, then Director of Product. In time, they may go on to be Chief Product Officer.`,
    project: msg`They tend to move up to Program Manager or Operations Manager. In time, they may go on to be PMO Director and run a firm’s project office.`,
  },
  {
    attribute: msg`Shared ground`,
    product: msg`Like the other TPM, they need strong communication, leadership and tech skills. They also track results in tools such as Tableau or Power BI.`,
    project: msg`Like the other TPM, they work across many teams and juggle competing deadlines. They also look for ways to do better each time.`,
  },
];
