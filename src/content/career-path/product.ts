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
const productTeamMethods = keyDifferences(
  'applying Agile, Scrum, and Lean methodologies to prioritize features',
);

export const productPath: CareerPath = {
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
