// Why each answer points the way it does, in the second person: shown only with a result, so kept
// apart from the questions to keep them off the start page. Keyed by question id.
import type { ReasonTexts } from '../types.ts';

export const reasonTexts: ReasonTexts = {
  'blank-page': {
    product:
      'You enjoy starting from a blank page and working out what to make, which is where a product manager’s work begins.',
    project:
      'A blank page is not where you do your best work; you would rather take a clear goal and deliver it, as a project manager does.',
  },
  'goal-into-plan': {
    project:
      'You like turning an agreed goal into a step-by-step plan, and the project plan is the first thing a project manager delivers.',
    product:
      'Breaking a goal into steps is not what draws you; you would rather help choose which goal is worth chasing, which is product work.',
  },
  'free-afternoon': {
    product:
      'Given free time, you would picture where the product should be in a year, which is the heart of product vision.',
    project:
      'Given free time, you would line up a shared schedule so several teams can finish together, which is the heart of running a project.',
  },
  'payments-launch': {
    product:
      'You reached for the part that decides what the payments feature should be and who it is for, which a product manager owns.',
    project:
      'You reached for the part that gets payments live safely and on time, which a project manager owns.',
  },
  'watch-the-budget': {
    project:
      'You like watching time, people and money so nothing runs short, which is how a project manager keeps work on track.',
    product:
      'Counting hours and money is not what you steer by; you would rather keep your eye on what customers need.',
  },
  'support-tickets': {
    product:
      'You would dig through customer messages to find a pattern, and customer feedback is a product manager’s raw material.',
    project:
      'Reading customer messages is not where you would spend your hour; you would rather keep the team’s work moving.',
  },
  'know-inside-out': {
    project:
      'You want to know who is free, for how long and at what cost, which is the resource picture a project manager works from.',
    product:
      'You want to know what customers struggle with and what rivals offer, which is the market picture a product manager works from.',
  },
  'rival-feature': {
    project:
      'Faced with a rival’s move, your first thought was the schedule, budget and people already committed, which is a project manager’s instinct.',
    product:
      'Faced with a rival’s move, your first thought was what customers want and how the product should answer, which is a product manager’s instinct.',
  },
  'start-without-answer': {
    product:
      'You are at ease starting before the answer is known, and product managers often learn what to build by building a little first.',
    project:
      'You would rather know the answer before work starts, which suits the careful planning a project manager does.',
  },
  'spot-risks-early': {
    project:
      'You love catching a problem before it becomes a surprise, and risk management is a core part of a project manager’s job.',
    product:
      'Hunting for risks is not what excites you most; you would rather chase the next opportunity, as product managers do.',
  },
  'way-of-working': {
    product:
      'You prefer to try a small version, learn from real users and adjust, which is how Agile and Lean product teams work.',
    project:
      'You prefer to agree the full scope up front and track the work against it, which is how a planned, Waterfall-style project runs.',
  },
  'vague-request': {
    project:
      'Given a vague request, you moved to pin down scope, owners and risks, which is how a project manager makes work predictable.',
    product:
      'Given a vague request, you moved to find out what the customer really needs, which is how a product manager does discovery.',
  },
  'promise-kept': {
    project:
      'For you, keeping the promise on scope and date is the proof of good work, which is exactly how project managers are judged.',
    product:
      'Hitting the promised date is not your proof of success; you care more about what happens after release, as product managers do.',
  },
  'used-not-shipped': {
    product:
      'You count a feature as done only when people use it, and product managers are judged on adoption, not on shipping.',
    project:
      'You count a feature as done when it ships as agreed, which matches how project managers measure a finished job.',
  },
  'proudest-line': {
    project:
      'You would be proudest of a release that came in on time, on budget and complete, which are a project manager’s measures.',
    product:
      'You would be proudest that customers use the feature daily and sales went up, which are a product manager’s measures.',
  },
  'one-chart': {
    product:
      'The chart you picked tracks how customers respond to the product, which is what a product manager answers for.',
    project:
      'The chart you picked tracks how the work is being delivered, which is what a project manager answers for.',
  },
  'say-not-yet': {
    product:
      'You are at ease saying “not yet” to a good idea, and choosing what waits is the everyday call a product manager makes.',
    project:
      'Turning down other people’s ideas is not the call you want to make; you would rather make sure agreed work gets done.',
  },
  'who-what-when': {
    project:
      'You like holding the full picture of who does what by when, which is the part of the work a project manager owns.',
    product:
      'Tracking everyone’s tasks is not what you want to own; you would rather own the decisions about what the team builds.',
  },
  'final-say': {
    product:
      'You want the final say on what goes into the product and in what order, which is a product manager’s decision.',
    project:
      'You want the final say on how the work is staffed and scheduled, which is a project manager’s decision.',
  },
  'shared-engineer': {
    product:
      'You settled the clash by asking which work matters more to customers, which is how a product manager sets priorities.',
    project:
      'You settled the clash by reworking the schedule and staffing, which is how a project manager balances resources.',
  },
  'join-sales-call': {
    product:
      'You would enjoy hearing customers on a sales call, and product managers work closely with sales and customers.',
    project:
      'Sales calls are not where you want to be; you would rather work with the people building and paying for the work.',
  },
  'straight-answer': {
    project:
      'You want to be the one sponsors and managers trust for the real status, and status reporting is a project manager’s deliverable.',
    product:
      'Reporting progress to sponsors is not the role you want; you would rather speak for customers and the product.',
  },
  'lunch-meeting': {
    project:
      'You would sit down with engineering leads and the sponsor to check the plan, the people a project manager works with most.',
    product:
      'You would sit down with a designer and a marketer about the next launch, the people a product manager works with most.',
  },
  'two-weeks-late': {
    project:
      'With a delay coming, you went first to the sponsor, client or team leads, which is where a project manager starts.',
    product:
      'With a delay coming, you went first to customers or the people who speak to them, which is where a product manager starts.',
  },
  'build-from-scratch': {
    product:
      'You would rather build a roadmap and its user stories, which are a product manager’s everyday tools.',
    project:
      'You would rather build a Gantt chart with its critical path, which is a project manager’s everyday tool.',
  },
  'first-document': {
    project:
      'The document you chose is a plan or a status report, which are a project manager’s key deliverables.',
    product:
      'The document you chose is a spec or a market scan, which are a product manager’s key deliverables.',
  },
  'longest-chain': {
    project:
      'You enjoy mapping task dependencies to find the longest chain, which is the Critical Path Method project managers use.',
    product:
      'Mapping task dependencies does not appeal to you much; product methods such as user stories and experiments may suit you better.',
  },
  'answer-for-product': {
    product:
      'You want to answer one day for a whole product, the path that leads to Director of Product or Chief Product Officer.',
    project:
      'Answering for a whole product is not your ambition; your growth points toward running larger and larger bodies of work.',
  },
  'title-in-ten-years': {
    project:
      'You picture yourself leading many projects at once, the path that runs through Program Manager to PMO Director.',
    product:
      'You picture yourself deciding what a company builds, the path that runs through Director of Product to Chief Product Officer.',
  },
  'one-course': {
    product:
      'You chose to grow your skills in markets, users or strategy, the skills that move a product manager up.',
    project:
      'You chose to grow your skills in planning, risk or program management, the skills that move a project manager up.',
  },
};
