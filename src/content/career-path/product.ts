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
const productTechDepth = comparison(
  'Technical Product Management requires a deeper understanding of technology and product development processes',
  msg`Technical Product Management requires a deeper understanding of technology and product development processes`,
);
const productSkills = comparison(
  'Technical, product development, market analysis, customer feedback',
  msg`Technical, product development, market analysis, customer feedback`,
);
const productStakeholders = comparison(
  'Developers, designers, marketers, customers',
  msg`Developers, designers, marketers, customers`,
);
const productTools = comparison(
  'Product roadmap, user stories, wireframes',
  msg`Product roadmap, user stories, wireframes`,
);
const productAuthority = keyDifferences(
  'Technical Product Managers hold primary decision-making authority over product vision, roadmap, and feature prioritization',
  msg`Technical Product Managers hold primary decision-making authority over product vision, roadmap, and feature prioritization`,
);
const productMetrics = keyDifferences(
  'product adoption rates, customer satisfaction scores, and revenue growth',
  msg`product adoption rates, customer satisfaction scores, and revenue growth`,
);
const sharedSkills = comparison(
  'Both roles require strong communication, problem-solving, and leadership skills',
  msg`Both roles require strong communication, problem-solving, and leadership skills`,
);
const productTeamMethods = keyDifferences(
  'applying Agile, Scrum, and Lean methodologies to prioritize features',
  msg`applying Agile, Scrum, and Lean methodologies to prioritize features`,
);

export const productPath: CareerPath = {
  track: 'product',
  typicalWeek: {
    caveat: note(
      msg`This week is a sketch drawn from the sources, not a timetable. Real weeks vary by firm.`,
    ),
    meetings: [
      {
        label: msg`Sprint planning`,
        detail: fact(
          msg`They help the team pick the top items from the backlog to build next.`,
          keyDifferences('prioritize backlogs', msg`prioritize backlogs`),
          fromScrumGuide('Sprint Planning'),
        ),
      },
      {
        label: msg`Customer calls`,
        detail: fact(
          msg`They talk with customers to learn what they need and what gets in their way.`,
          comparison('Customer feedback and validation', msg`Customer feedback and validation`),
        ),
      },
      {
        label: msg`Sprint review`,
        detail: fact(
          msg`The team shows what it built to key people, who give feedback.`,
          fromScrumGuide('Sprint Review'),
        ),
      },
      {
        label: msg`Launch check-in`,
        detail: fact(
          msg`They go over the next release with sales and marketing, so the launch lines up.`,
          keyDifferences(
            'Collaborates with customers, sales, engineering, marketing.',
            msg`Collaborates with customers, sales, engineering, marketing.`,
          ),
          comparison(
            'Product strategy, feature prioritization, release planning',
            msg`Product strategy, feature prioritization, release planning`,
          ),
        ),
      },
    ],
    documents: [
      {
        label: msg`Roadmap`,
        detail: fact(
          msg`They keep a roadmap that shows what comes next and why.`,
          keyDifferences(
            'Product roadmap, feature specifications, market analysis.',
            msg`Product roadmap, feature specifications, market analysis.`,
          ),
        ),
      },
      {
        label: msg`Specs and user stories`,
        detail: fact(
          msg`They write specs and user stories that say what to build and for whom.`,
          productTools,
        ),
      },
      {
        label: msg`Market notes`,
        detail: fact(
          msg`They write up what rival products do and what the market wants.`,
          keyDifferences(
            'Product roadmap, feature specifications, market analysis.',
            msg`Product roadmap, feature specifications, market analysis.`,
          ),
        ),
      },
    ],
    decisions: [
      {
        label: msg`What comes first`,
        detail: fact(
          msg`They decide which feature comes first, and which good ideas must wait.`,
          productAuthority,
        ),
      },
      {
        label: msg`What ships when`,
        detail: fact(
          msg`They decide what goes into each release.`,
          comparison(
            'Product strategy, feature prioritization, release planning',
            msg`Product strategy, feature prioritization, release planning`,
          ),
        ),
      },
    ],
    inTheRoom: [
      {
        label: msg`Engineers and designers`,
        detail: fact(msg`Engineers and designers are in most of their meetings.`, productStakeholders),
      },
      {
        label: msg`Customers`,
        detail: fact(
          msg`Customers join calls and give feedback on ideas.`,
          productStakeholders,
          comparison('Customer feedback and validation', msg`Customer feedback and validation`),
        ),
      },
      {
        label: msg`Sales and marketing`,
        detail: fact(
          msg`Sales and marketing come in for plans and launches.`,
          keyDifferences(
            'Collaborates with customers, sales, engineering, marketing.',
            msg`Collaborates with customers, sales, engineering, marketing.`,
          ),
          comparison(
            'collaborating with cross-functional teams to bring products to market',
            msg`collaborating with cross-functional teams to bring products to market`,
          ),
        ),
      },
    ],
  },
  routes: {
    'software-engineer': {
      id: 'software-engineer',
      from: msg`Software engineer`,
      carriesOver: [
        fact(msg`The role needs a deep grasp of tech, and you have one.`, productTechDepth),
        fact(
          msg`You know the engineers well, and they are the role’s closest partners.`,
          productStakeholders,
        ),
      ],
      toLearn: [
        fact(msg`Learn to size up the market: who buys, and what rivals offer.`, productSkills),
        fact(
          msg`Learn to rank features, and to say no to good ideas that can wait.`,
          comparison('prioritizing features', msg`prioritizing features`),
        ),
      ],
      firstStep: advice(msg`Ask your product manager if you can sit in on two customer calls this month.`),
      timeFrame: estimate(msg`Allow one to two years.`),
    },
    'qa-or-test': {
      id: 'qa-or-test',
      from: msg`QA or test`,
      carriesOver: [
        fact(
          msg`You check that features meet their requirements, and this role writes those requirements.`,
          comparison(
            'Define product requirements and features',
            msg`Define product requirements and features`,
          ),
        ),
      ],
      toLearn: [
        fact(
          msg`Learn to set a vision: where the product should go, not just whether it works.`,
          keyDifferences(
            'Defines product vision and strategy, prioritizes features.',
            msg`Defines product vision and strategy, prioritizes features.`,
          ),
        ),
        fact(msg`Learn to size up the market and to read what customers tell you.`, productSkills),
      ],
      firstStep: advice(
        msg`Write your test notes for the next feature as a user story, and ask for comments.`,
      ),
      timeFrame: estimate(msg`Allow one to two years.`),
    },
    'business-analyst': {
      id: 'business-analyst',
      from: msg`Business analyst`,
      carriesOver: [
        fact(
          msg`You turn what users need into written requirements, which is core work here.`,
          keyDifferences(
            'Roadmap planning, user requirements, product lifecycle management.',
            msg`Roadmap planning, user requirements, product lifecycle management.`,
          ),
        ),
      ],
      toLearn: [
        fact(msg`Learn to own the roadmap and rank features, not just write down needs.`, productAuthority),
        fact(msg`Learn to judge success by use, customer joy and sales.`, productMetrics),
      ],
      firstStep: advice(msg`Pick one request you wrote up, and make the case for why it should come first.`),
      timeFrame: estimate(msg`Allow six months to a year and a half.`),
    },
    designer: {
      id: 'designer',
      from: msg`Designer`,
      carriesOver: [
        fact(
          msg`You work from user needs, and designers are close partners in this role.`,
          productStakeholders,
        ),
        fact(msg`Wireframes are one of the role’s tools, so you start ahead.`, productTools),
      ],
      toLearn: [
        fact(
          msg`Learn the business side: the market, and how the product makes money.`,
          productSkills,
          productMetrics,
        ),
        fact(msg`Learn enough tech to weigh trade-offs with engineers.`, productTechDepth),
      ],
      firstStep: advice(
        msg`Turn your next design into a short spec: the problem, the users and how you will know it worked.`,
      ),
      timeFrame: estimate(msg`Allow one to two years.`),
    },
    'support-or-operations': {
      id: 'support-or-operations',
      from: msg`Support or operations`,
      carriesOver: [
        fact(
          msg`You hear from customers every day, and their feedback drives this role’s choices.`,
          keyDifferences(
            'prioritizes features based on customer needs',
            msg`prioritizes features based on customer needs`,
          ),
        ),
      ],
      toLearn: [
        fact(
          msg`Learn to turn many requests into one ranked plan.`,
          comparison('prioritizing features', msg`prioritizing features`),
        ),
        fact(msg`Learn enough tech to talk trade-offs with engineers.`, productTechDepth),
      ],
      firstStep: advice(
        msg`Sort last month’s tickets by theme, and send the top three to your product team.`,
      ),
      timeFrame: estimate(msg`Allow one to three years.`),
    },
    'project-manager': {
      id: 'project-manager',
      from: msg`Project manager`,
      carriesOver: [
        fact(msg`You already work across teams, and both roles need that.`, crossFunctional),
        fact(msg`You keep people informed, and the role needs strong communication too.`, sharedSkills),
      ],
      toLearn: [
        fact(
          msg`Learn to ask what to build and why, not just how and when.`,
          keyDifferences(
            'differ in focus: product strategy versus project execution',
            msg`differ in focus: product strategy versus project execution`,
          ),
        ),
        fact(msg`Learn to judge success by use and sales, not just by dates.`, productMetrics),
      ],
      firstStep: advice(
        msg`For your current project, write one page on who it is for and how you would judge it.`,
      ),
      timeFrame: estimate(msg`Allow six months to a year and a half.`),
    },
    'product-manager': {
      id: 'product-manager',
      from: msg`Product manager`,
      carriesOver: [
        fact(
          msg`You already set a vision, rank features and plan releases.`,
          comparison(
            'Product strategy, feature prioritization, release planning',
            msg`Product strategy, feature prioritization, release planning`,
          ),
        ),
      ],
      toLearn: [
        fact(msg`Learn more of the tech, since this role asks for a deeper grasp of it.`, productTechDepth),
      ],
      firstStep: advice(msg`Ask an engineer to walk you through how one feature works, end to end.`),
      timeFrame: estimate(msg`Allow six months to a year.`),
    },
    'program-manager': {
      id: 'program-manager',
      from: msg`Program manager`,
      carriesOver: [
        fact(msg`You already steer a group of linked projects toward one shared gain.`, pmiProgram),
        fact(msg`You already work across teams, and this role needs that too.`, crossFunctional),
      ],
      toLearn: [
        fact(msg`Learn to decide what gets built and why, not only when it ships.`, productAuthority),
        fact(msg`Learn to judge success by use, happy customers and sales.`, productMetrics),
      ],
      firstStep: advice(msg`Pick one project you run, and ask its users what they still miss.`),
      timeFrame: estimate(msg`Allow one to two years.`),
    },
    'scrum-master': {
      id: 'scrum-master',
      from: msg`Scrum Master`,
      carriesOver: [
        fact(msg`You know Scrum well, and product teams use it to rank work.`, productTeamMethods),
        fact(
          msg`You already help the Product Owner keep the backlog in good shape.`,
          fromScrumGuide('Scrum Master'),
        ),
      ],
      toLearn: [
        fact(msg`Learn to choose what goes on the backlog, not just to help it run.`, productAuthority),
        fact(msg`Learn to read the market and what customers say.`, productSkills),
      ],
      firstStep: advice(msg`Ask your Product Owner to let you write and rank the stories for one sprint.`),
      timeFrame: estimate(msg`Allow one to two years.`),
    },
    student: {
      id: 'student',
      from: msg`Student`,
      carriesOver: [
        fact(
          msg`Group work builds the talking, problem solving and lead skills both roles need.`,
          sharedSkills,
        ),
      ],
      toLearn: [fact(msg`Learn the basic tools: roadmaps, user stories and wireframes.`, productTools)],
      firstStep: advice(msg`Pick an app you use, and write down three changes you would make and why.`),
      timeFrame: estimate(msg`Allow two to four years, with a first job in a nearby role.`),
    },
    general: {
      id: 'general',
      from: msg`Another job`,
      carriesOver: [fact(msg`Talking, problem solving and leading carry over to this role.`, sharedSkills)],
      toLearn: [
        fact(
          msg`Learn to read the market and what customers say, plus enough tech to weigh trade-offs.`,
          productSkills,
        ),
      ],
      firstStep: advice(
        msg`Ask a product person at work for half an hour on how they choose what comes next.`,
      ),
      timeFrame: estimate(msg`Allow one to three years.`),
    },
  },
  skillsToBuild: {
    direction: {
      theme: 'direction',
      skill: msg`Setting a product vision`,
      why: fact(
        msg`The role sets where the product should go, and why.`,
        keyDifferences(
          'Defines product vision and strategy, prioritizes features.',
          msg`Defines product vision and strategy, prioritizes features.`,
        ),
      ),
      practice: advice(
        msg`Write a one-page vision for a tool you use, and ask a friend to poke holes in it.`,
      ),
    },
    compass: {
      theme: 'compass',
      skill: msg`Reading customers and the market`,
      why: fact(msg`The role steers by what customers need and what the market wants.`, productSkills),
      practice: advice(
        msg`Read ten reviews of a rival app, and list the three complaints that come up most.`,
      ),
    },
    uncertainty: {
      theme: 'uncertainty',
      skill: msg`Testing ideas before you build`,
      why: fact(
        msg`The role checks ideas against what customers say.`,
        comparison('Customer feedback and validation', msg`Customer feedback and validation`),
      ),
      practice: advice(msg`Before your next feature, write down what would show the idea is wrong.`),
    },
    measure: {
      theme: 'measure',
      skill: msg`Judging success by outcomes`,
      why: fact(msg`The role is judged by use, customer joy and sales growth.`, productMetrics),
      practice: advice(msg`Pick one feature you use, and name the number that would show it works.`),
    },
    ownership: {
      theme: 'ownership',
      skill: msg`Choosing what to build first`,
      why: fact(msg`The role has the main say on which features come first.`, productAuthority),
      practice: advice(msg`Rank ten ideas for a product you know, with one line on each choice.`),
    },
    people: {
      theme: 'people',
      skill: msg`Working with design, sales and marketing`,
      why: fact(
        msg`The role works most with those who build, design, market and buy the product.`,
        productStakeholders,
      ),
      practice: advice(msg`Ask someone in sales what customers ask for most, and take notes.`),
    },
    toolkit: {
      theme: 'toolkit',
      skill: msg`Roadmaps and user stories`,
      why: fact(msg`The role’s main tools are roadmaps, user stories and wireframes.`, productTools),
      practice: advice(msg`Write five user stories for one small feature, then sort them by value.`),
    },
    career: {
      theme: 'career',
      skill: msg`Growing toward product leadership`,
      why: fact(
        msg`The path leads to senior product jobs, then Director of Product.`,
        keyDifferences(
          'Senior Product Manager, Director of Product, or Chief Product Officer',
          msg`Senior Product Manager, Director of Product, or Chief Product Officer`,
        ),
      ),
      practice: advice(msg`Ask a senior product person what they wish they had learned first.`),
    },
    technical: {
      theme: 'technical',
      skill: msg`Enough tech to weigh trade-offs`,
      why: fact(msg`The role calls for a deep grasp of tech.`, productTechDepth),
      practice: advice(msg`Ask an engineer what makes one feature hard to build, and why.`),
    },
  },
  experiments: [
    {
      title: msg`Sit in on customer calls`,
      howTo: advice(msg`Ask to join two customer or support calls. Write down each problem people raise.`),
      whatItTells: advice(msg`If you enjoy finding the pattern, product work may suit you.`),
    },
    {
      title: msg`Rank a backlog`,
      howTo: advice(msg`Take ten open requests and put them in order. Write one line on each choice.`),
      whatItTells: advice(msg`Notice whether saying no to good ideas feels fine or painful.`),
    },
    {
      title: msg`Write a one-page case`,
      howTo: advice(msg`Pick one feature idea. Write who it helps, why now and how you would judge it.`),
      whatItTells: advice(msg`If you would rather plan how to build it, the project role may pull you more.`),
    },
  ],
};
