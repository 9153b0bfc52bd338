import { msg } from '@lingui/core/macro';
import {
  advice,
  estimate,
  fact,
  fromComparisonSeed as comparison,
  fromKeyDifferencesSeed as keyDifferences,
  fromScrumGuide,
  note,
} from '../sources.ts';
import { crossFunctional, pmiProgram } from './shared-quotes.ts';
import type { CareerPath } from './types.ts';

// Quotes used more than once.
const projectSkills = comparison(
  'Organizational, planning, communication, leadership',
  msg`Organizational, planning, communication, leadership`,
);
const projectResponsibilities = comparison(
  'Scope, schedule, budget, risk management',
  msg`Scope, schedule, budget, risk management`,
);
const projectStakeholders = comparison(
  'Team members, clients, sponsors',
  msg`Team members, clients, sponsors`,
);
const projectRisk = comparison(
  'Risk management and issue resolution',
  msg`Risk management and issue resolution`,
);
const projectCoordination = keyDifferences(
  'coordinate tasks, timelines, and resources across engineering, QA, operations, and stakeholders',
  msg`coordinate tasks, timelines, and resources across engineering, QA, operations, and stakeholders`,
);
const projectTechDepth = keyDifferences(
  'Both roles require deep technical knowledge',
  msg`Both roles require deep technical knowledge`,
);
const projectExecution = keyDifferences(
  'Technical Project Managers own the execution process, managing timelines, resources, and cross-functional team coordination',
  msg`Technical Project Managers own the execution process, managing timelines, resources, and cross-functional team coordination`,
);
const projectMethods = keyDifferences(
  'Waterfall, Critical Path Method (CPM), and Risk Management frameworks',
  msg`Waterfall, Critical Path Method (CPM), and Risk Management frameworks`,
);
const projectMetrics = keyDifferences(
  'project delivery timelines, budget adherence, and resource allocation efficiency',
  msg`project delivery timelines, budget adherence, and resource allocation efficiency`,
);
const projectDeliverables = keyDifferences(
  'Project plan, status reports, deliverable tracking.',
  msg`Project plan, status reports, deliverable tracking.`,
);
const programManagerStep = keyDifferences(
  'leading to positions like Program Manager',
  msg`leading to positions like Program Manager`,
);

export const projectPath: CareerPath = {
  track: 'project',
  typicalWeek: {
    caveat: note(
      msg`This week is a sketch drawn from the sources, not a timetable. Real weeks vary by firm.`,
    ),
    meetings: [
      {
        label: msg`Team check-in`,
        detail: fact(
          msg`They meet the team to see what is done, what is next and what is stuck.`,
          keyDifferences(
            'planning, executing, and monitoring project timelines',
            msg`planning, executing, and monitoring project timelines`,
          ),
        ),
      },
      {
        label: msg`Risk review`,
        detail: fact(msg`They go over the list of risks and agree what to do about each one.`, projectRisk),
      },
      {
        label: msg`Sponsor update`,
        detail: fact(
          msg`They tell sponsors and clients where time, cost and scope stand.`,
          comparison('Stakeholder communication', msg`Stakeholder communication`),
          projectStakeholders,
        ),
      },
      {
        label: msg`Cross-team sync`,
        detail: fact(
          msg`They make sure the work of engineers, testers and operations fits.`,
          projectCoordination,
        ),
      },
    ],
    documents: [
      {
        label: msg`Project plan`,
        detail: fact(
          msg`They keep a plan with the scope, the schedule and the budget.`,
          projectResponsibilities,
        ),
      },
      {
        label: msg`Status report`,
        detail: fact(msg`They send a regular report on progress and problems.`, projectDeliverables),
      },
      {
        label: msg`Gantt chart or tracker`,
        detail: fact(
          msg`They keep a chart that shows each task and when it is due.`,
          comparison(
            'Gantt charts, project management software',
            msg`Gantt charts, project management software`,
          ),
        ),
      },
    ],
    decisions: [
      {
        label: msg`Who does what, and when`,
        detail: fact(msg`They decide who works on what, and in what order.`, projectExecution),
      },
      {
        label: msg`How to handle a risk`,
        detail: fact(msg`They decide how to deal with a risk or a slip before it grows.`, projectRisk),
      },
    ],
    inTheRoom: [
      {
        label: msg`The delivery team`,
        detail: fact(
          msg`Most days they meet with engineers, testers and the operations team.`,
          projectCoordination,
        ),
      },
      {
        label: msg`Sponsors and managers`,
        detail: fact(
          msg`Sponsors and managers join to hear updates.`,
          keyDifferences(
            'Coordinates with team members, managers, clients.',
            msg`Coordinates with team members, managers, clients.`,
          ),
        ),
      },
      {
        label: msg`Clients`,
        detail: fact(msg`Clients join to hear how the work is going.`, projectStakeholders),
      },
    ],
  },
  routes: {
    'software-engineer': {
      id: 'software-engineer',
      from: msg`Software engineer`,
      carriesOver: [
        fact(msg`The role needs deep tech know-how, and you have it.`, projectTechDepth),
        fact(
          msg`You already work with QA and operations, and this role lines their work up.`,
          projectCoordination,
        ),
      ],
      toLearn: [
        fact(msg`Learn to plan and schedule work, and to find the critical path.`, projectMethods),
        fact(
          msg`Learn to manage budgets and risks.`,
          comparison('Manage resources and budgets', msg`Manage resources and budgets`),
          projectRisk,
        ),
      ],
      firstStep: advice(msg`Offer to plan your team’s next release, with dates, owners and risks.`),
      timeFrame: estimate(msg`Allow one to two years.`),
    },
    'qa-or-test': {
      id: 'qa-or-test',
      from: msg`QA or test`,
      carriesOver: [
        fact(
          msg`You know how test phases run, and this role lines up QA with the rest.`,
          projectCoordination,
        ),
      ],
      toLearn: [
        fact(msg`Learn to build a schedule and a budget for a whole project.`, projectResponsibilities),
        fact(
          msg`Learn to report status to sponsors and clients.`,
          comparison('Stakeholder communication', msg`Stakeholder communication`),
        ),
      ],
      firstStep: advice(
        msg`Write the test plan for your next release as a small project plan, with dates and risks.`,
      ),
      timeFrame: estimate(msg`Allow one to two years.`),
    },
    'business-analyst': {
      id: 'business-analyst',
      from: msg`Business analyst`,
      carriesOver: [
        fact(
          msg`You already pin down scope with clients, and every project plan starts there.`,
          comparison(
            'defining project scope, creating a project plan',
            msg`defining project scope, creating a project plan`,
          ),
        ),
      ],
      toLearn: [
        fact(
          msg`Learn scheduling, sharing out people and handling risk.`,
          keyDifferences(
            'resource allocation, risk management, and timeline adherence',
            msg`resource allocation, risk management, and timeline adherence`,
          ),
        ),
      ],
      firstStep: advice(msg`For your current work, list every task, who owns it and when it is due.`),
      timeFrame: estimate(msg`Allow six months to a year and a half.`),
    },
    designer: {
      id: 'designer',
      from: msg`Designer`,
      carriesOver: [fact(msg`You work with many teams, and both roles need that.`, crossFunctional)],
      toLearn: [
        fact(msg`Learn to plan and schedule a whole project.`, projectSkills),
        fact(msg`Learn to spot and handle risks.`, projectRisk),
      ],
      firstStep: advice(
        msg`Plan your next design task as a small project, with steps, dates and a risk list.`,
      ),
      timeFrame: estimate(msg`Allow one to two years.`),
    },
    'support-or-operations': {
      id: 'support-or-operations',
      from: msg`Support or operations`,
      carriesOver: [
        fact(msg`You work in operations, one of the groups this role lines up.`, projectCoordination),
        fact(msg`You fix issues under time pressure, and that is core to the role.`, projectRisk),
      ],
      toLearn: [
        fact(
          msg`Learn to plan a project from start to finish.`,
          comparison('Project planning and scheduling', msg`Project planning and scheduling`),
        ),
      ],
      firstStep: advice(msg`Offer to run a small fix or rollout, with a plan and a weekly update.`),
      timeFrame: estimate(msg`Allow one to two years.`),
    },
    'project-manager': {
      id: 'project-manager',
      from: msg`Project manager`,
      carriesOver: [fact(msg`You already own scope, schedule, budget and risk.`, projectResponsibilities)],
      toLearn: [
        fact(
          msg`Learn enough tech to follow the work, since the role needs deep tech know-how.`,
          projectTechDepth,
        ),
      ],
      firstStep: advice(
        msg`Ask an engineer to show you how your team ships code, from first change to release.`,
      ),
      timeFrame: estimate(msg`Allow six months to a year and a half.`),
    },
    'product-manager': {
      id: 'product-manager',
      from: msg`Product manager`,
      carriesOver: [
        fact(
          msg`You already plan each release with the team that builds it.`,
          comparison(
            'Product strategy, feature prioritization, release planning',
            msg`Product strategy, feature prioritization, release planning`,
          ),
        ),
        fact(
          msg`You already juggle priorities, and this role must too.`,
          comparison(
            'the ability to manage competing priorities and deadlines',
            msg`the ability to manage competing priorities and deadlines`,
          ),
        ),
      ],
      toLearn: [
        fact(msg`Learn to run the schedule, budget and people in detail.`, projectMetrics),
        fact(msg`Learn methods such as the critical path and risk plans.`, projectMethods),
      ],
      firstStep: advice(
        msg`Take your next release and build its full schedule, with owners and a risk list.`,
      ),
      timeFrame: estimate(msg`Allow six months to a year.`),
    },
    'program-manager': {
      id: 'program-manager',
      from: msg`Program manager`,
      carriesOver: [
        fact(
          msg`Program manager is a usual step up from this role, so you know its work.`,
          programManagerStep,
        ),
        fact(msg`You already run many projects toward one shared gain.`, pmiProgram),
      ],
      toLearn: [
        fact(msg`Learn to run one project in close detail: tasks, dates and people.`, projectExecution),
      ],
      firstStep: advice(msg`Take over the day-to-day plan of one of your projects for a month.`),
      timeFrame: estimate(msg`Allow a few months to half a year.`),
    },
    'scrum-master': {
      id: 'scrum-master',
      from: msg`Scrum Master`,
      carriesOver: [
        fact(msg`You already help clear what blocks the team.`, fromScrumGuide('Scrum Master')),
        fact(msg`You already work across teams, and this role needs that too.`, crossFunctional),
      ],
      toLearn: [
        fact(
          msg`Learn to own the schedule, budget and risks, not only the way the team works.`,
          projectMetrics,
        ),
        fact(msg`Learn methods such as the critical path and risk plans.`, projectMethods),
      ],
      firstStep: advice(msg`Build a full schedule with owners and risks for your team’s next big release.`),
      timeFrame: estimate(msg`Allow six months to a year and a half.`),
    },
    student: {
      id: 'student',
      from: msg`Student`,
      carriesOver: [
        fact(msg`Group work builds the planning and lead skills this role needs.`, projectSkills),
      ],
      toLearn: [fact(msg`Learn the basics: scope, schedule, budget and risk.`, projectResponsibilities)],
      firstStep: advice(
        msg`Run your next group project with a task list, owners and dates, and a short weekly update.`,
      ),
      timeFrame: estimate(msg`Allow two to four years, with a first job in a nearby role.`),
    },
    general: {
      id: 'general',
      from: msg`Another job`,
      carriesOver: [
        fact(msg`Planning, keeping order and talking to people carry over to this role.`, projectSkills),
      ],
      toLearn: [fact(msg`Learn to manage the schedule, the budget and the risks.`, projectResponsibilities)],
      firstStep: advice(msg`Plan one real piece of work as a project: tasks, owners, dates and risks.`),
      timeFrame: estimate(msg`Allow one to three years.`),
    },
  },
  skillsToBuild: {
    direction: {
      theme: 'direction',
      skill: msg`Turning a goal into a plan`,
      why: fact(
        msg`The role builds the plan that gets the team to the goal.`,
        comparison('creating a project plan', msg`creating a project plan`),
      ),
      practice: advice(msg`Take one goal at work and break it into tasks with dates.`),
    },
    compass: {
      theme: 'compass',
      skill: msg`Steering by time, cost and people`,
      why: fact(msg`The role steers by the timeline, the budget and who is free.`, projectMetrics),
      practice: advice(msg`For one week, track where your team’s time goes.`),
    },
    uncertainty: {
      theme: 'uncertainty',
      skill: msg`Spotting and handling risk`,
      why: fact(msg`The role finds risks early and plans for them.`, projectRisk),
      practice: advice(msg`List five things that could go wrong on your work, and a plan for each.`),
    },
    measure: {
      theme: 'measure',
      skill: msg`Delivering on time and on budget`,
      why: fact(
        msg`The role is judged on finishing on time and on budget.`,
        comparison('completed on time and within budget', msg`completed on time and within budget`),
      ),
      practice: advice(msg`Set a date for a small task, then check how close you came and why.`),
    },
    ownership: {
      theme: 'ownership',
      skill: msg`Owning who does what, and when`,
      why: fact(msg`The role owns how the work gets done: time, people and order.`, projectExecution),
      practice: advice(msg`Draw up who does what for your team’s next piece of work.`),
    },
    people: {
      theme: 'people',
      skill: msg`Keeping sponsors and clients informed`,
      why: fact(msg`The role keeps sponsors, clients and the team up to date.`, projectStakeholders),
      practice: advice(msg`Send a short weekly update on one piece of work, and ask if it helps.`),
    },
    toolkit: {
      theme: 'toolkit',
      skill: msg`Gantt charts and status reports`,
      why: fact(msg`The role’s main outputs are a plan, status reports and a tracker.`, projectDeliverables),
      practice: advice(
        msg`Draw a Gantt chart for a small plan, and mark the tasks that would delay the end.`,
      ),
    },
    career: {
      theme: 'career',
      skill: msg`Growing toward program work`,
      why: fact(
        msg`The path leads to jobs such as Program Manager or head of a project office.`,
        keyDifferences(
          'Program Manager, PMO Director, or Operations Manager',
          msg`Program Manager, PMO Director, or Operations Manager`,
        ),
      ),
      practice: advice(msg`Ask a program manager how they keep many projects in step.`),
    },
    technical: {
      theme: 'technical',
      skill: msg`Enough tech to follow the work`,
      why: fact(msg`The role calls for deep tech know-how.`, projectTechDepth),
      practice: advice(msg`Ask an engineer what usually makes a task take longer than planned.`),
    },
  },
  experiments: [
    {
      title: msg`Build the plan`,
      howTo: advice(msg`Take a small piece of work. List every task, who owns it and when it is due.`),
      whatItTells: advice(msg`If the plan makes you feel calm, not bored, project work may suit you.`),
    },
    {
      title: msg`Keep a risk list`,
      howTo: advice(
        msg`List five things that could go wrong on your team’s work. Rate each one and write a plan.`,
      ),
      whatItTells: advice(msg`Watch whether you enjoy heading off trouble before it comes.`),
    },
    {
      title: msg`Send a weekly status note`,
      howTo: advice(msg`For a month, send a short note: what is done, what is next and what is stuck.`),
      whatItTells: advice(msg`If people start to rely on it, and you like that, take note.`),
    },
  ],
};
