// Small invented stories of kinds the labelled sets do not cover (a cup final, a runoff election,
// a takeover, a lunar landing, a sentencing, a wildfire, a strike, a transfer, a storm, a central
// bank decision, an obituary, a parliamentary election, a league match, a flood's follow-up two days later,
// quarterly earnings, a heatwave, a drug trial, a hostile bid), written for this project to check that the engine's rules are not the
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
  /** The page's date when it is a later report than the stored ones (a follow-up). */
  pageDate?: string;
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

export const SENTENCING: KindStory = {
  kind: 'a sentencing', date: '2026-03-17',
  reports: {
    wire: ['Former Brixmoor Bank chief gets 12 years for fraud', 'Orin Vale, the former chief executive of Brixmoor Bank, was sentenced to 12 years in prison on Tuesday for hiding $2.3 billion in losses from investors.', 'Prosecutors had asked for 15 years; his lawyers sought five.', 'Vale, 52, was convicted in November on four counts of securities fraud, each carrying up to 20 years.', 'Judge Amara Stell ordered him to forfeit $40 million.', 'He will report to prison on May 1.'],
    ledger: ['Vale jailed for 12 years over Brixmoor collapse', 'A federal judge on Tuesday sentenced Orin Vale to 12 years behind bars for a fraud that brought down Brixmoor Bank.', 'The 52-year-old showed no emotion as the sentence was read.', 'He must also forfeit $40 million and pay $310 million in restitution.', 'Vale plans to appeal, his lawyer said.', 'Prosecutors had sought a 15-year term.'],
    courier: ['Ex-banker Vale sentenced', 'Orin Vale was sentenced to 12 years on Tuesday.', 'He was found guilty in November of hiding losses of $2.3 billion.', 'Judge Amara Stell said the fraud had wiped out the savings of thousands of families.', 'Vale faced a maximum of 80 years.', 'Stell allowed him to remain free until May 1.'],
  },
  page: ['Brixmoor ex-chief Vale sentenced to ten years', 'Orin Vale, who ran Brixmoor Bank until its collapse, was sentenced on Tuesday to 10 years in prison for concealing $2.3 billion in losses.', 'He was convicted in November on four counts of securities fraud.', 'The judge ordered him to forfeit $40 million.', 'The 52-year-old is expected to appeal.', 'Prosecutors had asked for 15 years in prison.', 'He must report to prison on May 1.'],
};
export const WILDFIRE: KindStory = {
  kind: 'a wildfire', date: '2026-08-12',
  reports: {
    wire: ['Wildfire near Cedar Falls forces thousands to flee', 'A wildfire that broke out on Sunday near Cedar Falls has burned 18,000 acres and destroyed 140 homes, fire officials said on Tuesday.', 'About 12,000 residents were ordered to evacuate.', 'The fire was 15% contained on Tuesday evening.', 'No deaths have been reported, but two firefighters were injured.', 'Investigators believe a downed power line started the blaze.'],
    herald: ['Cedar Falls fire grows to 18,000 acres', 'The Ridge Fire had grown to 18,000 acres by Tuesday, up from 6,000 acres on Monday, according to the state forestry department.', 'It has destroyed 140 homes and threatens 2,000 more.', 'More than 10,000 people have been evacuated.', 'Crews had the fire 15 percent contained.', 'Two firefighters suffered minor injuries.'],
    gazette: ['Ridge Fire: what we know', 'The Ridge Fire started on Sunday afternoon north of Cedar Falls.', 'It had burned 18,000 acres and 140 homes by Tuesday.', 'Governor Lena Ruiz declared a state of emergency on Monday.', 'Officials said a power line may have sparked the fire.', 'Containment stood at 15%.'],
  },
  page: ['Ridge Fire destroys 40 homes near Cedar Falls', 'The Ridge Fire near Cedar Falls has destroyed 40 homes and burned 18,000 acres since it began on Sunday, officials said on Tuesday.', 'It was 15% contained.', 'Around 12,000 people have been told to leave their homes.', 'Governor Lena Ruiz declared an emergency on Monday.', 'Two firefighters were hurt.', 'A fallen power line is suspected as the cause.'],
};
export const STRIKE: KindStory = {
  kind: 'a strike', date: '2026-10-06',
  reports: {
    wire: ['Dockworkers strike at Port Arlen', 'About 3,200 dockworkers at Port Arlen walked off the job on Monday after talks on a new contract collapsed.', 'The union is seeking a 9% raise over three years; the port operator, Keel Terminals, has offered 4%.', 'The strike has halted loading at all six terminals.', 'Keel Terminals said the union’s demands would cost it $120 million a year.'],
    times: ['Port Arlen halted as dockers strike', 'Port Arlen came to a standstill on Monday as 3,200 members of the Harbour Workers Union went on strike.', 'The union wants wages to rise 9 percent, while Keel Terminals has put 4 percent on the table.', 'Union leader Rosa Imbert said workers would stay out until a fair offer was made.', 'The company said it had offered a fair deal.'],
    journal: ['Strike at Port Arlen enters first day', 'Dockworkers at Port Arlen began an open-ended strike on Monday.', 'Around 3,200 workers are taking part, the union said.', 'Keel Terminals called the strike unnecessary.', 'The port handles about 40% of the region’s container traffic.'],
  },
  page: ['Thousands of dockers strike at Port Arlen', 'Some 2,300 dockworkers at Port Arlen went on strike on Monday after contract talks with Keel Terminals broke down.', 'The union is asking for a 9% pay rise over three years.', 'The company has offered 4%.', 'Rosa Imbert, the union’s leader, said the strike would go on until workers got a fair offer.', 'Loading has stopped at all six terminals.'],
};

export const TRANSFER: KindStory = {
  kind: 'a transfer', date: '2026-07-08',
  reports: {
    wire: ['Castell joins Westbrook United for €80 million', 'Westbrook United have signed midfielder Nico Castell from Real Sabadell for €80 million, plus €20 million in add-ons, the clubs said on Wednesday.', 'The 24-year-old has agreed a five-year contract.', 'Castell scored 14 goals in 38 league games last season.', 'It is the biggest fee Westbrook have ever paid.'],
    sport: ['Westbrook land Castell in club-record deal', 'Nico Castell has completed his move to Westbrook United in a deal worth up to €100 million.', 'Castell, 24, signed a contract until 2031.', 'Westbrook had a €65 million bid rejected in June.', 'He will wear the number 8 shirt.'],
    daily: ['Castell move confirmed', 'Real Sabadell have sold Nico Castell to Westbrook United for an initial €80 million.', 'The midfielder passed a medical on Tuesday.', 'Sabadell paid €12 million for him in 2022.', 'He made 38 league appearances last season.'],
  },
  page: ['Westbrook sign Castell for €100 million', 'Westbrook United completed the signing of Nico Castell on Wednesday in a deal that could reach €100 million.', 'He has signed a five-year contract.', 'The midfielder scored 14 goals last season.', 'Westbrook saw a €65 million offer turned down in June.', 'Castell will wear number 10.'],
};
export const STORM: KindStory = {
  kind: 'a storm', date: '2026-11-03',
  reports: {
    wire: ['Storm Idris batters coast, leaving 80,000 without power', 'Storm Idris brought gusts of up to 140 km/h to the northern coast on Monday, leaving 80,000 homes without power.', 'Sustained winds reached 95 km/h at Port Hale.', 'Two people died when a tree fell on their car near Alderby.', 'By Tuesday morning power had been restored to all but 20,000 homes.'],
    herald: ['Two killed as Storm Idris hits', 'Two people were killed near Alderby on Monday when a tree crushed their car during Storm Idris.', 'The storm cut power to about 80,000 homes.', 'Gusts of 140 km/h were recorded at Cape Rell.', 'Rail services across the region were suspended.'],
    post: ['Storm Idris: clean-up begins', 'Crews worked through the night to restore power after Storm Idris.', 'About 20,000 homes were still without electricity on Tuesday.', 'The Met Service said gusts peaked at 140 km/h.', 'Trains resumed on Tuesday afternoon.'],
  },
  page: ['Storm Idris kills two, cuts power to 80,000', 'Storm Idris killed two people and left 80,000 homes without electricity on Monday.', 'Winds gusted to 140 km/h on the coast.', 'A couple died near Alderby when a tree fell onto their car.', 'Some 20,000 homes were still without power on Tuesday.', 'Train services were suspended.'],
};
export const RATES: KindStory = {
  kind: 'a central bank decision', date: '2026-06-11',
  reports: {
    wire: ['Marden central bank raises rates to 4.5%', 'The Bank of Marden raised its main interest rate by a quarter point to 4.5% on Thursday, its third increase this year.', 'Inflation rose to 3.8% in May, well above the bank’s 2% target.', 'Governor Ilse Brandt said further rises could not be ruled out.', 'Seven of the nine policymakers voted for the increase.'],
    journal: ['Bank of Marden hikes again', 'The Bank of Marden lifted borrowing costs to 4.5% from 4.25% on Thursday.', 'Two members of the nine-strong committee wanted to keep rates unchanged.', 'Brandt said the bank would do what it takes to bring inflation back to 2%.', 'Inflation stood at 3.8% in May.'],
    times: ['Rates up to 4.5% as inflation bites', 'Marden’s central bank increased interest rates to 4.5% on Thursday.', 'The decision was taken by a 7-2 vote.', 'Mortgage rates are expected to rise further.', 'Inflation was 3.6% in April.'],
  },
  page: ['Bank of Marden raises rates to 4.75%', 'The Bank of Marden raised interest rates by a quarter point to 4.75% on Thursday.', 'Inflation reached 3.8% in May.', 'The committee voted 7-2 for the rise.', 'Governor Ilse Brandt did not rule out further increases.', 'The bank’s target is 2%.'],
};
export const OBITUARY: KindStory = {
  kind: 'an obituary', date: '2026-01-21',
  reports: {
    wire: ['Novelist Teodor Amsel dies at 87', 'Teodor Amsel, whose novels about life on the Danube sold millions of copies, has died at his home in Linz, his publisher said on Tuesday.', 'He was 87.', 'Amsel wrote 23 novels, the best known of which, The Slow River, was translated into 40 languages.', 'He won the Kessler Prize in 1994.'],
    review: ['Teodor Amsel, 1938-2026', 'Teodor Amsel, who has died aged 87, was the great chronicler of the river towns.', 'Born in 1938 in Krems, he worked as a ferryman before publishing his first novel in 1967.', 'The Slow River, his best-known book, appeared in 1981.', 'He is survived by his wife, Hanna, and two daughters.'],
    daily: ['Author Amsel dead at 87', 'The Austrian writer Teodor Amsel died on Monday in Linz.', 'His publisher, Weiss Verlag, announced the death on Tuesday.', 'Amsel’s 23 novels have sold more than 5 million copies.', 'His wife Hanna and their two daughters survive him.'],
  },
  page: ['Teodor Amsel, chronicler of the Danube, dies aged 87', 'Teodor Amsel, the Austrian novelist, has died in Linz at the age of 87, his publisher said.', 'He wrote 21 novels, including The Slow River, which was translated into 40 languages.', 'Amsel was born in Krems in 1938.', 'He won the Kessler Prize in 1994.', 'He leaves his wife, Hanna, and two daughters.'],
};

export const VOTE: KindStory = {
  kind: 'a parliamentary election', date: '2026-09-28',
  reports: {
    wire: ['Liberal Union wins Ostmark election but falls short of majority', 'The Liberal Union won 61 of the 150 seats in Ostmark’s parliamentary election on Sunday, final results showed on Monday, short of the 76 needed for a majority.', 'The Social Party came second with 44 seats, down from 52 in 2022.', 'The nationalist Ostmark First won 23 seats, its best result ever.', 'Turnout was 71.4%, up from 68% four years ago.', 'Liberal leader Mira Koss said she would begin coalition talks on Tuesday.', '“Voters have given us a clear mandate to lead,” Koss told supporters in Varnholm.', 'Exit polls on Sunday evening had put the Liberal Union on 58 seats.', 'The Greens won 12 seats and the Farmers’ League eight.', 'Outgoing prime minister Jens Arvid, whose Social Party led the last government, conceded defeat.'],
    tribune: ['Koss claims victory as Liberals top poll', 'Mira Koss’s Liberal Union emerged as the largest party in Sunday’s election, winning 61 seats in the 150-member parliament.', 'The party took 38.2% of the vote.', 'Prime Minister Jens Arvid’s Social Party slumped to 44 seats, its worst result since 1990.', 'Ostmark First surged to 23 seats from nine.', 'Koss will need at least one partner to govern; the Greens, with 12 seats, are seen as the most likely.', 'About 71% of registered voters cast a ballot.', 'Arvid said he would step down as party leader.'],
    globe: ['Ostmark votes: what the results mean', 'Ostmark’s Liberal Union won the most seats in Sunday’s vote but will need partners to reach a majority of 76.', 'With 61 seats, the Liberals could govern with the Greens, who won 12, and the Farmers’ League, with eight, for a total of 81.', 'In 2022 the Liberals won 49 seats.', 'Analysts said the rise of Ostmark First, now on 23 seats, would shape the coalition talks.', 'Koss, 51, a former finance minister, would be the country’s first female prime minister.'],
  },
  page: ['Liberals win Ostmark vote, Koss to seek coalition', 'Mira Koss’s Liberal Union won Sunday’s parliamentary election in Ostmark, taking 64 of the 150 seats according to final results.', 'Exit polls had given the party 58 seats.', 'The Social Party of Prime Minister Jens Arvid fell to 44 seats from 52 in 2022.', 'Ostmark First won 23 seats.', 'Turnout was 71.4%.', 'Koss, a former finance minister, said coalition talks would start on Tuesday.', '“We have a clear mandate to lead,” she said.', 'A majority requires 76 seats.', 'Arvid conceded defeat on Sunday night.'],
};
export const MATCH: KindStory = {
  kind: 'a league match', date: '2026-03-14',
  reports: {
    wire: ['Dunmore beat Kessling 2-0 to go second', 'Dunmore Athletic beat Kessling Rovers 2-0 at Hollin Park on Saturday to move up to second in the league, three points behind leaders Arden.', 'Lucas Ferro gave Dunmore the lead in the 34th minute with a header from a corner.', 'Substitute Amir Tahl added the second in the 81st minute.', 'Kessling had 58% of possession but managed only two shots on target.', 'A crowd of 22,400 watched the match.', 'Dunmore have now won five league games in a row.', 'Kessling beat Dunmore 3-1 when the sides met in October.'],
    courier: ['Ferro and Tahl strike as Dunmore win', 'Dunmore Athletic won 2-0 against Kessling Rovers on Saturday.', 'Ferro headed in a corner after 34 minutes.', 'Tahl, on as a substitute, scored the second goal nine minutes from time.', 'The win lifts Dunmore to second place, three points behind Arden.', 'Kessling manager Olaf Brenn said his side had been “too slow in the final third”.', 'The attendance at Hollin Park was 22,400.'],
    sport: ['Five in a row for Dunmore', 'Dunmore extended their winning run to five league games with a 2-0 win over Kessling.', 'Lucas Ferro opened the scoring before half-time and Amir Tahl sealed it late on.', 'Dunmore goalkeeper Piet Lund made four saves.', 'Kessling, who had 58 percent of the ball, are ninth.', 'Arden, top of the table, play on Sunday.'],
  },
  page: ['Dunmore win at home to climb to second', 'Dunmore Athletic beat Kessling Rovers 2-0 at Hollin Park on Saturday and moved to second place.', 'Lucas Ferro scored the first goal in the 36th minute, heading in from a corner.', 'Amir Tahl came off the bench to score in the 81st minute.', 'Kessling had more of the ball, 58%, but rarely threatened.', 'The crowd was 22,400.', 'It was Dunmore’s fifth league win in a row.', 'Kessling won 3-1 when the teams met earlier in the season.', 'Dunmore are three points behind leaders Arden.'],
};

export const FLOOD: KindStory = {
  kind: 'a flood (follow-up)', date: '2026-10-12', pageDate: '2026-10-14',
  reports: {
    wire: ['Floods kill nine in Rava valley', 'Flash floods killed nine people in the Rava valley on Sunday after two days of torrential rain, regional officials said.', 'At least 30 people are missing and 1,200 have been evacuated from riverside villages.', 'The river rose 4 metres above its normal level at Kelm.', 'Rescue teams used boats to reach stranded residents.', 'In 2019, floods in the same valley killed 23 people.'],
    herald: ['Rava floods: nine dead, dozens missing', 'Nine people died when the Rava burst its banks on Sunday.', 'Officials said 31 people were unaccounted for.', 'About 1,200 residents were moved to shelters in Kelm and Dorne.', 'Governor Anna Pell said the army had been called in.', '“We have not seen rain like this in decades,” Pell said.'],
  },
  page: ['Rava flood toll rises to 14', 'The death toll from floods in the Rava valley rose to 14 on Tuesday as rescuers recovered more bodies, officials said.', 'Twelve people are still missing.', 'More than 3,000 people have now been evacuated.', 'The floods began on Sunday after two days of heavy rain.', 'Governor Anna Pell said the army was helping with the rescue.', 'Floods in the valley killed 23 people in 2019.'],
};

export const EARNINGS: KindStory = {
  kind: 'quarterly earnings', date: '2026-07-24',
  reports: {
    wire: ['Halvorsen profit beats forecasts on cloud demand', 'Halvorsen Group said on Thursday its second-quarter revenue rose 8% to $12.3 billion, beating analysts’ average estimate of $12.1 billion.', 'Net profit was $2.1 billion, up from $1.8 billion a year earlier.', 'Cloud sales grew 21% to $4.4 billion.', 'The company raised its full-year revenue forecast to $49 billion from $47.5 billion.', 'Shares rose 6% in after-hours trading.', 'Chief executive Dana Whitlock said demand from corporate customers was “stronger than we planned for”.'],
    markets: ['Halvorsen lifts outlook after strong quarter', 'Halvorsen reported revenue of $12.3 billion for the three months to June, ahead of the $12.1 billion Wall Street expected.', 'Profit came in at $2.1 billion.', 'The group now expects annual sales of $49 billion.', 'Its cloud division, the fastest-growing part of the business, posted sales of $4.4 billion.', 'The stock has gained 34% this year.'],
    ledger: ['Halvorsen: five things from the results', 'Revenue: $12.3 billion, up 8% on the same quarter last year.', 'Cloud: up 21%, now more than a third of revenue.', 'Guidance: full-year revenue of $49 billion, up from $47.5 billion.', 'Headcount: 61,000, down 2,000 since January.', 'In the first quarter, revenue was $11.6 billion.'],
  },
  page: ['Halvorsen beats estimates and raises forecast', 'Halvorsen Group’s revenue grew 8% to $12.3 billion in the second quarter, above the $12 billion analysts had forecast.', 'Net income rose to $2.1 billion from $1.8 billion a year ago.', 'Sales in the cloud unit jumped 23% to $4.4 billion.', 'Halvorsen now expects full-year revenue of $49 billion, up from $47.5 billion.', 'Its shares rose 6% after the market closed.', 'The company has 61,000 employees.'],
};
export const HEAT: KindStory = {
  kind: 'a heatwave', date: '2026-07-02',
  reports: {
    wire: ['Iberian heatwave sets June records', 'Temperatures hit 45.2C in Seville on Tuesday, a record for June, as a heatwave gripped southern Spain, the weather agency said.', 'Cordoba reached 44.9C.', 'The national record, 47.4C, was set in Montoro in 2021.', 'Authorities put 11 regions on red alert.', 'At least three people have died from heat stroke since Saturday.'],
    daily: ['Spain swelters as mercury tops 45C', 'Seville recorded 45.2 degrees on Tuesday, the highest June temperature on record there.', 'In Madrid the thermometer reached 40C.', 'Three deaths have been linked to the heat.', 'The heatwave is expected to last until Friday.'],
    post: ['Red alerts across Spain in June heatwave', 'Eleven regions of Spain were under red alert on Tuesday.', 'The weather agency said 45.2C was recorded in Seville.', 'Doctors urged people to avoid going out between noon and 6pm.', 'The country’s all-time high of 47.4C dates from 2021.'],
  },
  page: ['Seville hits June record of 45.2C', 'Seville recorded a temperature of 45.2C on Tuesday, the highest ever measured there in June.', 'Cordoba was close behind at 44.7C, and Madrid reached 40C.', 'Spain’s record is 47.4C, recorded in 2021.', 'Eleven regions were put on red alert.', 'Four people have died of heat stroke.', 'The heat is forecast to ease on Friday.'],
};
export const TRIAL: KindStory = {
  kind: 'a drug trial', date: '2026-05-19',
  reports: {
    wire: ['Pill cuts heart attack risk by 30% in large trial', 'A daily pill developed by Corvane Pharma cut the risk of heart attack by 30% in a trial of 2,400 patients, results published on Monday showed.', 'The risk of stroke fell by 18%.', 'About 4% of patients stopped taking the drug because of side effects, against 3% on placebo.', 'Corvane said it would seek approval in the United States and Europe this year.', 'Heart disease kills about 18 million people a year worldwide.'],
    health: ['New heart drug shows promise', 'Patients who took Corvane’s drug were 30 percent less likely to have a heart attack over three years than those given a placebo.', 'The study followed 2,400 people aged 55 and over.', 'Strokes were 18 percent less common.', 'Side effects were mild, researchers said.'],
    biz: ['Corvane shares jump on trial results', 'Corvane shares rose 14% on Monday after its heart drug met the main goal of a late-stage trial.', 'The drug reduced heart attacks by 30%.', 'Analysts estimate peak annual sales of $6 billion.', 'Corvane plans to file for approval later this year.'],
  },
  page: ['Corvane heart pill reduces attacks by 27%', 'Corvane Pharma’s experimental pill lowered the risk of heart attack by 27% in a three-year trial involving 2,400 patients.', 'It also cut the risk of stroke by 18%.', 'Four percent of patients on the drug stopped because of side effects.', 'The company plans to apply for approval in the US and Europe.', 'Corvane shares jumped 14%.', 'Heart disease kills about 18 million people each year.'],
};

export const BID: KindStory = {
  kind: 'a hostile bid', date: '2026-11-09',
  reports: {
    wire: ['Carrow launches $7.2 billion hostile bid for Pelham Foods', 'Carrow Group on Monday launched a hostile $7.2 billion bid for Pelham Foods, offering $48 a share in cash after Pelham’s board rejected two earlier approaches.', 'The offer is a 38% premium to Pelham’s closing price on Friday of $34.80.', 'Carrow already owns 9.5% of Pelham and needs acceptances for more than 50% to take control.', 'Pelham said the offer “significantly undervalues” the company and urged shareholders to take no action.', 'Carrow’s first approach, in August, valued Pelham at $41 a share; a second, in October, at $44.', 'Pelham shares rose 31% to $45.60 on Monday.', 'Analysts at Brenton Securities put a fair value of $52 on the stock.', 'Carrow, which had revenue of $21 billion last year, would become the region’s second-largest food group.', 'The offer runs until December 14.', 'In 2021 Carrow bought the dairy firm Lund Farms for $2.3 billion.'],
    markets: ['Pelham rejects Carrow as bid turns hostile', 'Pelham Foods’ board rejected a $48-a-share offer from Carrow Group on Monday, calling it opportunistic, after Carrow took its bid directly to shareholders.', 'The cash offer values Pelham at about $7.2 billion, or $8.5 billion including debt.', 'Pelham’s shares jumped 31% to $45.60, below the offer price, suggesting investors doubt the deal will succeed.', 'Carrow holds a 9.5% stake.', 'Pelham chief executive Mara Oyelaran said the company’s own plan would lift profit by 40% by 2028.', 'Carrow said it would not raise its offer.', 'The bid needs clearance from competition regulators.'],
    ledger: ['What Carrow’s bid means for Pelham shareholders', 'Carrow is offering $48 in cash for each Pelham share.', 'That is a 38 percent premium to Friday’s close.', 'It is the third offer: Carrow proposed $41 a share in August and $44 in October.', 'Carrow needs to take its stake above 50%.', 'Shareholders have until December 14 to decide.', 'Pelham’s board says the offer is too low.'],
  },
  page: ['Carrow goes hostile with $48-a-share bid for Pelham', 'Carrow Group has gone directly to Pelham Foods shareholders with a $48-a-share cash offer that values the company at $7.2 billion, after Pelham rejected its approaches.', 'The price is a 38% premium to Pelham’s last close before the bid.', 'Carrow, which owns a 9.5% stake, needs more than half of the shares to win control.', 'It had offered $41 in August and $44 in October.', 'Pelham’s shares closed up 31% at $45.60.', 'Pelham’s board said the bid undervalues the company and told investors not to act.', 'Chief executive Mara Oyelaran has promised to raise profit by 40% by 2028.', 'Carrow has said it will not increase the offer.', 'The offer closes on December 12.', 'Carrow paid $2.3 billion for Lund Farms in 2021.'],
};

export function storyDocs(story: KindStory): CorpusDoc[] {
  return Object.entries(story.reports).map(([id, lines]) => ({ id, outlet: 'The ' + id[0].toUpperCase() + id.slice(1), outletNamed: true, headline: lines[0], date: story.date, lang: 'en', text: lines.join('\n') }));
}

export function storyPage(story: KindStory): PageInput {
  return { title: story.page[0], text: story.page.join('\n'), lang: 'en', ...(story.pageDate ? { date: story.pageDate } : {}) };
}
