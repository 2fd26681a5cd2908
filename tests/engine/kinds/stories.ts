// Small invented stories of kinds the labelled sets do not cover (a cup final, a runoff election,
// a takeover, a lunar landing), written for this project to check that the engine's rules are not the
// seed story's: each has stored reports from three outlets and a page that restates their facts
// in other words and gets some of them wrong. Every outlet, name and figure is made up.
import type { CorpusDoc, PageInput } from '../../../utils/engine/types';

export interface KindStory {
  kind: string;
  date: string;
  reports: Record<string, string[]>;
  page: string[];
  /** A page on another event with the same actors (an earlier round, another deal), if any. */
  otherEvent?: string[];
}

export const CUP_FINAL: KindStory = {
  kind: 'a cup final',
  date: '2026-05-16',
  reports: {
    a: ['Harbourside win the Northern Cup', 'Harbourside won 3-1 against Millbrook in the Northern Cup final at Castle Park on Saturday.', 'Tom Reyes scored twice for Harbourside.', 'A crowd of 41,000 watched the final.'],
    b: ['Harbourside lift Northern Cup', 'Harbourside won the Northern Cup final at Castle Park on Saturday, beating Millbrook 3-1.', 'Reyes scored two of the goals.', 'The attendance was 41,000.'],
    c: ['Reyes double wins Northern Cup for Harbourside', 'Millbrook lost 1-3 to Harbourside in the Northern Cup final at Castle Park on Saturday.', 'Tom Reyes scored two goals.', 'The final drew 41,000 fans.'],
  },
  otherEvent: ['Harbourside reach Northern Cup final', 'Harbourside beat Ostend Rovers 2-0 in the Northern Cup semi-final at Castle Park on Wednesday.', 'Tom Reyes scored both goals in the second half.', 'They will face Millbrook in the final on Saturday.', 'A crowd of 30,000 watched the match.'],
  page: ['Harbourside take Northern Cup', 'Harbourside won 2-1 against Millbrook in the Northern Cup final at Castle Park on Saturday.', 'Tom Reyes scored both goals for Harbourside.', 'About 41,000 fans were at the ground.'],
};

export const RUNOFF: KindStory = {
  kind: 'a runoff election',
  date: '2026-02-02',
  reports: {
    wire: ['Marlow wins Valdoria presidency in runoff', 'Former finance minister Elena Marlow won Valdoria’s presidential runoff on Sunday with 54.2% of the vote, defeating incumbent Piet Hansen, the electoral commission said.', 'Hansen, who took 45.8%, conceded late on Sunday night.', 'Turnout was 61%, down from 67% in the first round two weeks ago.', 'Marlow will be sworn in on March 1.', 'She has promised to cut fuel taxes and renegotiate the country’s debt with the IMF.', 'Hansen had led the first round with 38% of the vote against Marlow’s 35%.'],
    daily: ['Valdoria elects Marlow as first woman president', 'Elena Marlow became Valdoria’s first female president after beating Piet Hansen in Sunday’s runoff, taking 54 percent of the votes.', 'The incumbent conceded defeat before midnight.', 'About 61 percent of the 9 million registered voters cast a ballot.', 'Marlow, 52, served as finance minister from 2015 to 2019.', 'Her party, the Civic Alliance, holds 41 of the 120 seats in parliament.', 'The inauguration is set for March 1.'],
    post: ['Hansen concedes as Marlow sweeps Valdoria runoff', 'Valdorian President Piet Hansen conceded on Sunday after losing the runoff to challenger Elena Marlow, who won 54.2% to his 45.8%.', 'Hansen did not win a single one of the country’s five largest cities.', 'Marlow pledged to renegotiate Valdoria’s $12 billion IMF loan.', 'Hansen said he would not contest the result.', 'Turnout reached 61%.'],
  },
  page: ['Valdoria picks Marlow in runoff', 'Elena Marlow won Valdoria’s presidential runoff on Sunday, beating President Piet Hansen with 54% of the vote, official results showed.', 'Hansen, who won the first round, got 46%.', 'Turnout was 63%, the electoral commission said.', 'Hansen conceded and said he would contest the result in court.', 'Marlow, a former finance minister, takes office on March 1.', 'Her Civic Alliance party has 41 seats in the 120-seat parliament.', 'Marlow has pledged to cut fuel taxes.'],
};

export const TAKEOVER: KindStory = {
  kind: 'a takeover',
  date: '2026-04-13',
  reports: {
    wire: ['Norvik to buy Aldane for $18.5 billion', 'Norvik Systems agreed on Monday to buy chipmaker Aldane for $18.5 billion in cash, or $92 a share, a 31% premium to Friday’s close.', 'The deal, approved by both boards, is expected to close in the second half of next year.', 'Aldane shares jumped 27% to $89.10 in early trading, while Norvik fell 3%.', 'Norvik will fund the purchase with cash on hand and $7 billion of new debt.', 'Aldane employs about 12,000 people.', 'The companies said they expect $900 million in annual cost savings by the third year.'],
    biz: ['Norvik strikes $18.5bn deal for Aldane', 'Norvik has agreed to acquire Aldane in an all-cash deal that values the chipmaker at about $18.5bn, the two companies said on Monday.', 'Norvik will pay $92 for each Aldane share, 31 percent more than the stock’s closing price on Friday.', 'Regulators in the US, the EU and China must approve the deal.', 'Aldane’s chief executive, Mara Quist, will join Norvik’s board.', 'Savings of $900m a year are expected within three years.'],
    tech: ['Why Norvik is paying a premium for Aldane', 'Norvik’s $18.5 billion offer for Aldane is the largest chip deal this year.', 'Aldane’s stock rose 27% on Monday after the announcement.', 'Norvik tried to buy Aldane once before, in 2019, for $11 billion, but walked away after a regulatory review.', 'Analysts at Brightwater said the price, 24 times earnings, was steep.'],
  },
  otherEvent: ['Norvik buys software firm Tessel', 'Norvik Systems agreed on Tuesday to buy software maker Tessel for $2.1 billion in cash.', 'Norvik will pay $41 a share, a 22% premium.', 'The deal is expected to close by the end of the year.'],
  page: ['Norvik agrees $19 billion takeover of Aldane', 'Norvik Systems said on Monday it would buy Aldane for about $19 billion, paying $92 a share in cash.', 'The price is a 30% premium to Aldane’s Friday closing price.', 'Aldane shares rose 25% on the news.', 'The deal needs approval from regulators in the US, Europe and China and should close next year.', 'Norvik previously tried to buy Aldane in 2019 for $11 billion.', 'The combined company will employ 40,000 people.', 'Norvik does not expect job cuts.'],
};

export const LANDING: KindStory = {
  kind: 'a lunar landing',
  date: '2026-09-10',
  reports: {
    wire: ['Selene lander touches down near lunar south pole', 'The uncrewed Selene-2 lander touched down near the Moon’s south pole at 17:42 GMT on Thursday, the Aurora Space Agency said, making it the first private craft to land there.', 'The lander settled 1.2 km from its target site on the rim of Malapert crater.', 'Mission controllers in Darmstadt received the first images about 20 minutes later.', 'The craft carries six instruments, including a drill that will look for water ice up to 1 metre below the surface.', 'It is expected to operate for 14 days, until the lunar night sets in.'],
    sci: ['Selene-2 lands on the Moon', 'Selene-2 landed on the Moon on Thursday evening, about 1.2 kilometres from its planned landing spot near Malapert crater.', 'The agency confirmed touchdown at 17:42 GMT after a 12-minute powered descent.', 'Its drill will dig as deep as one metre to search for ice.', 'The mission cost about $310 million.', 'An earlier lander, Selene-1, crashed during its descent in 2024.'],
    daily: ['Private probe makes history at the Moon’s south pole', 'A private spacecraft landed near the lunar south pole on Thursday, a first for a commercial mission.', 'The Selene-2 probe touched down at 18:42 BST.', 'Flight director Ines Moreau said the team cheered when the signal came through.', 'The lander has six scientific payloads and should work for two weeks.'],
  },
  page: ['Selene-2 lands near Moon’s south pole', 'The Selene-2 lander touched down near the lunar south pole on Thursday at 17:45 GMT, the agency said.', 'It landed about 2 km from its target near Malapert crater.', 'The descent took 12 minutes.', 'The lander will work for 14 days and carries a drill that can reach 2 metres below the surface.', 'Its predecessor, Selene-1, crashed in 2024.', 'The mission cost $310 million.'],
};

export function storyDocs(story: KindStory): CorpusDoc[] {
  return Object.entries(story.reports).map(([id, lines]) => ({ id, outlet: 'The ' + id[0].toUpperCase() + id.slice(1), outletNamed: true, headline: lines[0], date: story.date, lang: 'en', text: lines.join('\n') }));
}

export function storyPage(story: KindStory): PageInput {
  return { title: story.page[0], text: story.page.join('\n'), lang: 'en' };
}
