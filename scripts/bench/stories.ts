// Hand-written material for the synthetic benchmark corpus (scripts/bench/synthetic-corpus.ts).
//
// Thirty unrelated everyday news stories (sports, weather, tech, local politics, markets,
// health, transport, culture, science…) plus one story on the seeds' topic (China, fentanyl
// and the US trade talks), each as a few headline and sentence templates with slots.
//
// Slot syntax, filled by the generator:
//   {name} / {name2} / {name3}  the 1st/2nd/3rd distinct value of pool `name`, fixed per article
//                               (story pools first, then SHARED_POOLS)
//   {P1} {P2} {P3}              three people's full names, fixed per article; {S1} {S2} {S3}
//                               are their surnames
//   {n:A-B}                     an integer in [A, B], drawn at each use
//   {d:A-B}                     a one-decimal number in [A, B], drawn at each use

export interface Story {
  key: string;
  section: string;
  headlines: string[];
  core: string[];
  pools?: Record<string, string[]>;
}

export const SHARED_POOLS: Record<string, string[]> = {
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  month: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'],
  city: ['Riverton', 'Maple Falls', 'Lakewood', 'Oakdale', 'Brookhaven', 'Greenville', 'Port Allen',
    'Millbrook', 'Westfield', 'Northgate', 'Harbor City', 'Ashford', 'Kingsbury', 'Eastwood',
    'Pinecrest', 'Bayside', 'Stonebridge', 'Clearwater', 'Fairhaven', 'Elmira', 'Glenwood',
    'Redfield', 'Silver Lake', 'Cold Spring', 'Hollis', 'Marlow', 'Dunmore', 'Carver City'],
  region: ['the county', 'the valley', 'the coastal region', 'the northern suburbs', 'the state',
    'the metropolitan area', 'the lake district', 'the river basin'],
  first: ['Maria', 'James', 'Aisha', 'Daniel', 'Elena', 'Marcus', 'Priya', 'Thomas', 'Grace', 'Luis',
    'Hannah', 'Samuel', 'Mei', 'Robert', 'Fatima', 'Kevin', 'Olivia', 'Andre', 'Sofia', 'Peter',
    'Nadia', 'George', 'Laura', 'Victor', 'Chloe', 'Ibrahim', 'Rachel', 'Diego', 'Ingrid', 'Tariq'],
  last: ['Alvarez', 'Bennett', 'Chen', 'Dubois', 'Okafor', 'Fischer', 'Garcia', 'Hoffman', 'Ivanova',
    'Jensen', 'Kowalski', 'Larsen', 'Moreno', 'Nakamura', 'Osei', 'Patel', 'Quinn', 'Rossi',
    'Schmidt', 'Thompson', 'Umarov', 'Varga', 'Whitaker', 'Yilmaz', 'Zhang', 'Brennan', 'Castillo',
    'Delgado', 'Eriksen', 'Farouk', 'Gallagher', 'Haddad'],
  outlet: ['The Riverton Herald', 'Daily Ledger', 'Metro Wire', 'Coastal Gazette', 'Valley Tribune',
    'National Dispatch', 'The Morning Courier', 'Evening Standard-Register', 'Lakeside Observer',
    'Capital Report', 'Northern Star', 'The Independent Record', 'Harbor Chronicle',
    'Prairie Sentinel', 'The Civic Bulletin', 'Westside Weekly'],
};

/** Openers and tails wrapped around a core sentence, to vary length and shape. */
export const OPENERS = [
  '', '', '', '', '', 'On {day}, ', 'Earlier this week, ', 'By late {day}, ', 'In a statement, ',
  'According to officials, ', 'As of {day} evening, ', 'For the second time this year, ',
  'Speaking to reporters on {day}, ', 'In {city}, ', 'Meanwhile, ', 'At the same time, ',
  'Despite the setback, ', 'Last {month}, ',
];
export const TAILS = [
  '', '', '', '', '', ', officials said', ', {S1} said', ', according to a statement released on {day}',
  ', according to figures compiled by local authorities', ', a spokesperson for the agency said',
  ', the latest in a series of similar announcements this year', ' after weeks of speculation',
  ', {S2} told reporters', ', though details remained scarce', ' for the first time since {month}',
];

/** Sentences any story may use: background, attribution, context. */
export const GENERIC = [
  'The announcement came after several days of uncertainty.',
  'Officials did not immediately respond to a request for comment.',
  'It was not clear how long the arrangement would last.',
  'Residents who spoke to reporters expressed a mix of relief and frustration.',
  'The full details are expected to be published later in the week.',
  'Critics have questioned whether the plan goes far enough.',
  'Supporters argue that the change is long overdue.',
  'The figures have not been independently verified.',
  '“We are watching this very closely,” {P2} said.',
  '“Nobody expected it to happen this quickly,” said {P3}, who has followed the issue for years.',
  'A spokesperson declined to say when a final decision would be made.',
  'Similar measures were tried in {city2} with mixed results.',
  'The debate is likely to continue for some time.',
  'Further updates are expected on {day}.',
  'Analysts said the outcome would depend largely on what happens over the next few weeks.',
  'The issue has divided opinion in {city} for months.',
  'Some observers described the move as a turning point.',
  'Others cautioned against reading too much into a single result.',
  'More than {n:20-400} people attended a public meeting on the subject last {day}.',
  'The organisation said it would review the decision at its next meeting in {month}.',
  'This story has been updated with additional details.',
  'It remains to be seen how the public will react.',
  'The change takes effect immediately.',
  'Questions remain about who will pay for it.',
  '“It is a step in the right direction, but there is a lot more work to do,” {S3} said.',
];

export const STORIES: Story[] = [
  {
    key: 'football-match', section: 'sports',
    headlines: ['{team} edge {team2} in late thriller', '{team} beat {team2} {n:2-4}-{n:0-1} to stay top',
      'Late goal lifts {team} past {team2}'],
    core: [
      '{team} beat {team2} {n:2-4}-{n:0-1} on {day} night in front of a crowd of {n:12-60},000 at {venue}.',
      'The winning goal came in the {n:70-90}th minute when {P1} headed home a corner from the left.',
      '{team2} had the better of the first half but failed to convert several clear chances.',
      'Coach {P2} said after the match that his side had shown “real character” in the closing minutes.',
      'The result moves {team} {n:2-6} points clear at the top of the table with {n:4-12} games remaining.',
      '{S1} has now scored {n:8-21} goals in all competitions this season.',
      'The visitors were reduced to ten men shortly after the break when their captain received a second yellow card.',
      '{team} host {team3} next weekend, while {team2} travel to face a side fighting relegation.',
      'Ticket prices at {venue} have risen by {n:5-20} percent since last season, prompting protests from supporters.',
    ],
    pools: {
      team: ['Riverton United', 'Harbor City FC', 'Oakdale Rovers', 'Northgate Athletic', 'Kingsbury Town',
        'Westfield Wanderers', 'Bayside City', 'Stonebridge Albion'],
      venue: ['Riverside Park', 'the Memorial Ground', 'Castle Field', 'the Harbor Stadium'],
    },
  },
  {
    key: 'basketball-trade', section: 'sports',
    headlines: ['{team} trade veteran guard in blockbuster deal', '{team} land star forward ahead of deadline'],
    core: [
      'The {team} have agreed to trade veteran guard {P1} to the {team2} in exchange for two future first-round picks.',
      '{S1}, who is averaging {d:14-29} points per game this season, had asked to be moved before the deadline.',
      'The deal also sends a young center and cash considerations to the {team}.',
      'General manager {P2} said the team was “building for the long term” and thanked {S1} for his years of service.',
      'The {team2} are currently {n:3-9} games above .500 and hope the move will push them into contention.',
      'League sources said at least three other teams had shown interest in {S1} over the past month.',
      'The trade frees up roughly {n:12-40} million dollars in salary cap space for next summer.',
      'Fans reacted angrily on social media, with many questioning the timing of the move.',
    ],
    pools: { team: ['Harbor City Hawks', 'Riverton Rockets', 'Lakewood Lynx', 'Northgate Knights',
      'Eastwood Eagles', 'Bayside Breakers'] },
  },
  {
    key: 'marathon', section: 'sports',
    headlines: ['Thousands run {city} marathon in record heat', '{P1} wins {city} marathon in course record'],
    core: [
      'More than {n:8-30},000 runners took part in the {city} marathon on {day}, despite temperatures that climbed above {n:26-34} degrees.',
      '{P1} won the men’s race in two hours, {n:5-12} minutes, breaking the course record set four years ago.',
      'The women’s race was won by {P2}, who pulled away from a group of five runners in the final three kilometers.',
      'Organisers added extra water stations along the route after forecasters warned of unusually warm conditions.',
      'Medical staff treated {n:40-200} runners for heat exhaustion, and {n:2-9} were taken to hospital as a precaution.',
      'The event raised an estimated {n:2-6} million dollars for local charities.',
      'Several roads in the city center remained closed until late afternoon.',
      '{S1} said he had trained at altitude for three months in preparation for the race.',
    ],
  },
  {
    key: 'tennis', section: 'sports',
    headlines: ['{P1} reaches final after five-set battle', 'Top seed {P1} knocked out in straight sets'],
    core: [
      '{P1} reached the final of the {tournament} on {day} after a five-set battle lasting nearly four hours.',
      'The {n:19-34}-year-old saved {n:2-6} match points in the fourth set before taking control of the decider.',
      'Her opponent, {P2}, struggled with a shoulder injury and called for the trainer twice during the match.',
      '{S1} will face the winner of the second semi-final, which was delayed by rain until late in the evening.',
      'The tournament’s prize money has increased by {n:10-25} percent this year, organisers said.',
      'It is the first time since {n:1995-2015} that an unseeded player has reached the final.',
      'The crowd gave both players a standing ovation as they left the court.',
    ],
    pools: { tournament: ['Harbor City Open', 'Lakewood Classic', 'Northern Championships', 'Coastal Cup'] },
  },
  {
    key: 'school-championship', section: 'sports',
    headlines: ['{school} wins first state title in decades', '{school} falls short in championship game'],
    core: [
      '{school} won its first state championship in {n:20-45} years on {day}, beating its rival in overtime.',
      'Senior quarterback {P1} threw for {n:180-340} yards and three touchdowns in the final.',
      'The team finished the season with a record of {n:10-14} wins and {n:0-3} losses.',
      'Hundreds of students and parents lined the streets of {city} to welcome the team home.',
      'Head coach {P2}, who took over the program six years ago, was carried off the field by his players.',
      'The school district plans to hold a celebration at the gym next {day}.',
      '{S1} has received scholarship offers from several universities but has not announced a decision.',
    ],
    pools: { school: ['Riverton High', 'Oakdale Central', 'Westfield Academy', 'Pinecrest High', 'Ashford Prep'] },
  },
  {
    key: 'storm', section: 'weather',
    headlines: ['Storm warning issued as strong winds approach', 'Severe storm brings power cuts to {city}'],
    core: [
      'Forecasters issued a severe storm warning for {region} on {day}, with gusts of up to {n:80-140} kilometers per hour expected overnight.',
      'About {n:5-60},000 homes lost power as fallen trees brought down lines across {city} and surrounding towns.',
      'Schools in {n:3-20} districts announced they would stay closed on {day} as a precaution.',
      'The weather service said the storm would move east by midday and conditions should improve by the evening.',
      'Emergency crews responded to more than {n:100-600} calls, most of them about fallen branches and flooded roads.',
      'Officials urged residents to avoid unnecessary travel and to stay away from downed power lines.',
      'Utility companies said it could take up to {n:2-5} days to restore power to all customers.',
      'Rainfall totals of {n:40-120} millimeters were recorded at several stations in the hills.',
    ],
  },
  {
    key: 'heatwave', section: 'weather',
    headlines: ['Heat wave grips {region} as temperatures soar', 'Cooling centers open as heat wave continues'],
    core: [
      'Temperatures in {city} reached {n:36-44} degrees on {day}, the highest reading since records began in the city.',
      'Officials opened {n:10-60} cooling centers and extended the opening hours of public swimming pools.',
      'Hospitals reported a sharp rise in admissions for heat-related illness, particularly among elderly residents.',
      'The heat is expected to persist for at least another {n:3-7} days before a cold front brings relief.',
      'Electricity demand hit a new peak on {day} afternoon as households turned up their air conditioning.',
      'Farmers warned that the prolonged heat could damage crops that are already stressed by a dry spring.',
      'Health authorities advised people to drink plenty of water and check on vulnerable neighbors.',
    ],
  },
  {
    key: 'flooding', section: 'weather',
    headlines: ['Floodwaters force evacuations along {river}', '{river} bursts its banks after days of rain'],
    core: [
      'Hundreds of residents were evacuated from low-lying neighborhoods after the {river} rose more than {n:2-5} meters above its normal level.',
      'Emergency services used boats to reach families trapped in their homes on the east side of {city}.',
      'The regional government declared a state of emergency on {day} and requested assistance from the national guard.',
      'At least {n:200-1500} homes have been damaged, according to preliminary estimates.',
      'Several bridges were closed after inspectors found debris piling up against their supports.',
      'Forecasters said more rain was expected later in the week, raising the risk of further flooding.',
      'Insurance companies said it was too early to estimate the total cost of the damage.',
    ],
    pools: { river: ['Green River', 'Millbrook River', 'Ash Creek', 'the Silver River', 'Stone River'] },
  },
  {
    key: 'drought', section: 'weather',
    headlines: ['Water restrictions tighten as drought deepens', 'Reservoir levels fall to record low'],
    core: [
      'Reservoir levels in {region} have fallen to {n:18-35} percent of capacity, the lowest level in two decades.',
      'The water authority announced new restrictions on {day}, banning the use of garden hoses and the filling of private pools.',
      'Households that exceed their monthly allowance will face fines of up to {n:200-900} dollars.',
      'Farmers have been asked to cut their water use by a quarter, a move their association called “devastating.”',
      'Rainfall over the past twelve months has been about {n:40-60} percent below the long-term average.',
      'The authority is considering building a desalination plant, although the project would take years to complete.',
      'Several small towns are now receiving drinking water by truck.',
    ],
  },
  {
    key: 'phone-launch', section: 'tech',
    headlines: ['{company} unveils new phone with longer battery life', '{company} launches flagship device'],
    core: [
      '{company} unveiled its latest smartphone on {day}, promising up to {n:20-40} percent longer battery life than its predecessor.',
      'The device will go on sale next month at a starting price of {n:599-1199} dollars.',
      'The company said the new camera system uses machine learning to improve photos taken in low light.',
      'Analysts said the launch comes at a difficult time for the industry, with global phone sales falling for the {n:2-4}th consecutive quarter.',
      'Chief executive {P1} told the audience that the phone was “the most ambitious product we have ever built.”',
      'Early reviewers praised the design but questioned whether the improvements justified the higher price.',
      'Shares in {company} rose {d:1-5} percent after the announcement.',
      'The phone will initially be available in {n:12-40} countries.',
    ],
    pools: { company: ['Novatech', 'Lumina Mobile', 'Orbit Devices', 'Pixelcore', 'Brightwave'] },
  },
  {
    key: 'data-breach', section: 'tech',
    headlines: ['{company} says hackers accessed customer data', 'Data breach at {company} affects millions'],
    core: [
      '{company} said on {day} that hackers had gained access to the personal data of about {d:1-9} million customers.',
      'The stolen information includes names, email addresses and, in some cases, partial payment card numbers.',
      'The company said it discovered the intrusion {n:2-6} weeks ago and has since hired an outside security firm to investigate.',
      'Regulators said they had opened an inquiry and could impose fines if the company is found to have been negligent.',
      'Customers have been advised to change their passwords and watch for suspicious messages.',
      'Security researchers said the attack appeared to exploit a flaw in software that the company had failed to update.',
      '{P1}, the company’s chief technology officer, apologised and said “we take the security of our customers extremely seriously.”',
      'A class-action lawsuit was filed in federal court within hours of the announcement.',
    ],
    pools: { company: ['Meridian Bank', 'ShopNest', 'CloudHarbor', 'Telvia', 'Greenline Insurance'] },
  },
  {
    key: 'ai-funding', section: 'tech',
    headlines: ['AI startup {company} raises {n:100-900} million dollars', '{company} valued at billions after funding round'],
    core: [
      'Artificial intelligence startup {company} has raised {n:100-900} million dollars in a funding round led by several venture capital firms.',
      'The deal values the {n:2-6}-year-old company at about {n:2-15} billion dollars, according to people involved in the talks.',
      '{company} develops software that helps businesses automate customer service and document processing.',
      'Founder {P1} said the money would be used to hire engineers and expand into Europe and Asia.',
      'The company employs about {n:150-800} people and says its revenue has tripled over the past year.',
      'Investors have poured record sums into AI companies this year despite concerns about high valuations.',
      'Some analysts warned that many of the startups have yet to show they can make a profit.',
    ],
    pools: { company: ['Cortexa', 'Syntheia', 'Loomwise', 'Quillmind', 'Arbor Labs'] },
  },
  {
    key: 'chip-factory', section: 'tech',
    headlines: ['{company} to build chip plant near {city}', 'New semiconductor factory promises thousands of jobs'],
    core: [
      '{company} announced plans on {day} to build a semiconductor factory near {city} at a cost of {n:5-20} billion dollars.',
      'The plant is expected to create about {n:2-6},000 permanent jobs once it reaches full production in {n:2027-2031}.',
      'State officials offered tax incentives worth several hundred million dollars to win the project.',
      'Environmental groups raised concerns about the factory’s water use in a region already facing shortages.',
      'Construction is scheduled to begin early next year.',
      'The company said the site was chosen for its skilled workforce and access to major highways.',
      'Local business owners welcomed the news, saying it would bring new customers to the area.',
    ],
    pools: { company: ['Silicon Forge', 'Vertex Semiconductor', 'Halcyon Micro', 'NanoWorks'] },
  },
  {
    key: 'council-budget', section: 'local politics',
    headlines: ['{city} council approves budget after heated debate', 'Council votes to raise property taxes'],
    core: [
      'The {city} city council approved a budget of {n:150-900} million dollars on {day} by a vote of {n:5-8} to {n:2-4}.',
      'The budget includes a {d:1-4} percent increase in property taxes, the first rise in {n:3-8} years.',
      'Council member {P1} said the increase was necessary to maintain police and fire services.',
      'Opponents argued that residents already struggling with high living costs could not afford to pay more.',
      'The spending plan sets aside {n:5-30} million dollars for road repairs and {n:2-10} million for new parks.',
      'Dozens of residents spoke during the public comment period, which lasted more than three hours.',
      'The mayor is expected to sign the budget into law later this week.',
      'Library opening hours, which were cut last year, will be restored under the plan.',
    ],
  },
  {
    key: 'mayoral-election', section: 'local politics',
    headlines: ['{P1} wins {city} mayoral race', 'Runoff expected in tight {city} mayoral contest'],
    core: [
      '{P1} was elected mayor of {city} on {day}, winning {n:51-63} percent of the vote according to unofficial results.',
      'Turnout was about {n:28-52} percent, slightly higher than in the last municipal election.',
      '{S1}, a former school principal, campaigned on promises to expand public transport and build more affordable housing.',
      'Her opponent, {P2}, conceded shortly before midnight and congratulated her on the victory.',
      'The new mayor will take office in {month} and faces a budget deficit of about {n:10-80} million dollars.',
      'Voters also approved a measure to fund repairs at {n:8-25} public schools.',
      'Election officials said counting went smoothly despite long lines at several polling stations.',
    ],
  },
  {
    key: 'school-board', section: 'local politics',
    headlines: ['School board votes to close {n:2-5} schools', 'Parents protest school closure plan'],
    core: [
      'The {city} school board voted on {day} to close {n:2-5} elementary schools at the end of the school year, citing falling enrollment.',
      'Enrollment in the district has dropped by about {n:8-20} percent over the past decade.',
      'Parents packed the meeting and many urged board members to delay the decision.',
      'Superintendent {P1} said the closures would save about {n:3-12} million dollars a year.',
      'Students at the affected schools will be moved to nearby buildings, some of which will be renovated.',
      'Teachers’ union representative {P2} said no teachers would lose their jobs as a result of the closures.',
      'The board also approved a new contract for bus drivers.',
    ],
  },
  {
    key: 'housing-zoning', section: 'local politics',
    headlines: ['Planning commission backs {n:200-900}-unit housing project', 'Residents oppose apartment plan near park'],
    core: [
      'The {city} planning commission voted on {day} to approve a housing development with {n:200-900} apartments on the site of a former shopping center.',
      'About {n:10-30} percent of the units will be reserved for households earning below the area’s median income.',
      'Neighbors have opposed the project for months, arguing that it will increase traffic and strain local schools.',
      'Developer {P1} said construction could begin as early as next spring if the council gives final approval.',
      'Rents in {city} have risen by roughly {n:20-45} percent over the past five years.',
      'The plan includes a new public plaza and a small grocery store on the ground floor.',
      'An appeal by a residents’ group is expected.',
    ],
  },
  {
    key: 'stocks', section: 'markets',
    headlines: ['Stocks fall as investors weigh inflation data', 'Shares rally on hopes of rate cut'],
    core: [
      'Stocks fell on {day} after new data showed consumer prices rising faster than economists had expected.',
      'The main index closed down {d:0-3} percent, its worst day in {n:2-8} weeks.',
      'Technology shares led the decline, while utilities and consumer staples held up better.',
      'The yield on the ten-year government bond rose to {d:3-5} percent.',
      'Investors are now betting that the central bank will keep interest rates higher for longer.',
      'Oil prices edged higher, and the dollar strengthened against most major currencies.',
      '“The market had priced in a lot of good news, and this was a reminder that inflation is not beaten,” said {P1}, a strategist at an investment firm.',
      'Trading volume was slightly above average.',
    ],
  },
  {
    key: 'central-bank', section: 'markets',
    headlines: ['Central bank holds rates steady', 'Central bank cuts rates for first time in {n:2-4} years'],
    core: [
      'The central bank left its benchmark interest rate unchanged at {d:2-6} percent on {day}, as most economists had expected.',
      'Policymakers said inflation had eased but remained above their target of two percent.',
      'Governor {P1} told a news conference that the bank was “not yet confident” that price pressures were under control.',
      'Two members of the rate-setting committee voted for a cut of a quarter of a percentage point.',
      'The bank lowered its forecast for economic growth this year to {d:0-2} percent.',
      'Mortgage rates have risen sharply over the past two years, cooling the housing market.',
      'The next rate decision is due in {month}.',
    ],
  },
  {
    key: 'oil', section: 'markets',
    headlines: ['Oil prices jump after output cut', 'Oil slides as demand worries grow'],
    core: [
      'Oil prices rose more than {n:2-6} percent on {day} after a group of major producers agreed to cut output.',
      'Benchmark crude settled at {n:68-95} dollars a barrel, its highest level since {month}.',
      'The producers said they would reduce production by about {n:500-1500},000 barrels a day starting next month.',
      'Analysts said the cut could push gasoline prices higher just as the summer driving season begins.',
      'Demand from the world’s largest importers has been weaker than expected this year.',
      'Energy stocks gained on the news, while airline shares fell.',
      'Inventories rose for a third straight week, according to government data.',
    ],
  },
  {
    key: 'earnings', section: 'markets',
    headlines: ['{company} profit beats forecasts', '{company} warns of weaker sales, shares slide'],
    core: [
      '{company} reported quarterly profit of {d:1-9} billion dollars on {day}, beating analysts’ forecasts.',
      'Revenue rose {n:3-15} percent from a year earlier, helped by strong demand in its cloud business.',
      'The company raised its forecast for the full year and announced a new share buyback program.',
      'Chief financial officer {P1} said costs had been kept in check despite higher wages.',
      'Shares rose about {n:3-9} percent in after-hours trading.',
      'The company said it expected sales in Europe to remain weak for the rest of the year.',
      'It employs about {n:20-150},000 people worldwide.',
    ],
    pools: { company: ['Atlas Industries', 'Northwind Retail', 'Crestline Foods', 'Summit Logistics', 'Evergreen Software'] },
  },
  {
    key: 'flu-season', section: 'health',
    headlines: ['Hospitals strained as flu cases surge', 'Health officials urge vaccination as flu spreads'],
    core: [
      'Hospitals in {region} reported a sharp increase in flu admissions over the past two weeks.',
      'Health officials said about {n:300-1200} patients were being treated for influenza, nearly double the number a month ago.',
      'Emergency departments at several hospitals said waiting times had exceeded {n:6-12} hours on some days.',
      'Doctors urged people who have not yet been vaccinated to do so as soon as possible.',
      'Dr. {P1}, the region’s chief medical officer, said the season had started earlier than usual.',
      'Children and people over sixty-five are at the highest risk of serious complications.',
      'Some hospitals have postponed non-urgent surgeries to free up beds.',
    ],
  },
  {
    key: 'drug-approval', section: 'health',
    headlines: ['Regulators approve new treatment for {disease}', 'New {disease} drug wins approval'],
    core: [
      'Regulators on {day} approved a new drug for the treatment of {disease}, the first in its class.',
      'In clinical trials, patients who received the drug saw their symptoms improve by about {n:20-45} percent compared with a placebo.',
      'The most common side effects were headaches, nausea and fatigue.',
      'The manufacturer said the treatment would cost about {n:10-90},000 dollars a year before insurance.',
      'Patient advocacy groups welcomed the decision but warned that the high price could limit access.',
      'Researcher {P1}, who led one of the trials, called the results “genuinely encouraging.”',
      'The drug is expected to be available in pharmacies within {n:2-6} months.',
    ],
    pools: { disease: ['migraine', 'severe asthma', 'rheumatoid arthritis', 'chronic kidney disease', 'psoriasis'] },
  },
  {
    key: 'rail-line', section: 'transport',
    headlines: ['New rail line opens between {city} and {city2}', 'Rail project delayed again as costs climb'],
    core: [
      'A new rail line connecting {city} and {city2} opened to passengers on {day}, cutting travel time to about {n:25-55} minutes.',
      'The project cost {d:1-5} billion dollars, about {n:20-60} percent more than originally estimated.',
      'Trains will run every {n:10-20} minutes during peak hours and every half hour in the evenings.',
      'Transport officials expect the line to carry around {n:20-60},000 passengers a day within its first year.',
      'Construction was delayed for more than two years by disputes over land and a shortage of workers.',
      'Commuter groups welcomed the opening but said fares were too high.',
      'A second phase extending the line to the airport is still awaiting funding.',
    ],
  },
  {
    key: 'airport-strike', section: 'transport',
    headlines: ['Flights cancelled as airport staff strike', 'Strike at {city} airport disrupts travel'],
    core: [
      'More than {n:150-600} flights were cancelled at {city} airport on {day} as ground staff walked out in a dispute over pay.',
      'The union is demanding a raise of {n:8-15} percent, saying wages have not kept pace with inflation.',
      'The airport operator called the strike “irresponsible” and said it had offered a fair deal.',
      'Thousands of passengers were left stranded, and many spent the night in the terminal.',
      'Airlines advised travelers to check the status of their flights before leaving home.',
      'The strike is scheduled to last {n:2-4} days, and further action has not been ruled out.',
      'Union leader {P1} said workers were ready to return to talks at any time.',
    ],
  },
  {
    key: 'museum', section: 'culture',
    headlines: ['Museum opens major exhibition of {artist}', 'Rare works by {artist} go on display'],
    core: [
      'The {city} Museum of Art opened a major exhibition of works by {artist} on {day}, bringing together more than {n:60-150} paintings and drawings.',
      'Many of the works are on loan from private collections and have never been shown in public.',
      'Curator {P1} said the exhibition took nearly five years to organise.',
      'Tickets for the opening weekend sold out within hours.',
      'The show will run until {month} before traveling to two other museums.',
      'Critics have praised the exhibition for shedding new light on the artist’s early years.',
      'The museum recently completed a renovation that added a new wing and a rooftop café.',
    ],
    pools: { artist: ['the painter Ana Ferreira', 'the sculptor Jonas Keller', 'the photographer Lea Marchetti',
      'the printmaker Hugo Sandell'] },
  },
  {
    key: 'film-festival', section: 'culture',
    headlines: ['{film} wins top prize at film festival', 'Film festival opens with record number of entries'],
    core: [
      'The drama {film} won the top prize at the {city} Film Festival on {day}.',
      'Directed by {P1}, the film follows a family coping with the closure of a factory in a small town.',
      'The festival screened more than {n:120-300} films from {n:30-70} countries over ten days.',
      'Attendance reached a record {n:80-160},000, organisers said.',
      'The jury praised the film’s performances and its restrained, realistic style.',
      'The best actress award went to {P2} for her role in a debut feature.',
      'Several of the winning films have already secured international distribution.',
    ],
    pools: { film: ['The Long Winter', 'Paper Boats', 'Quiet Harbor', 'After the Mill', 'Northern Lights'] },
  },
  {
    key: 'wildfire', section: 'environment',
    headlines: ['Wildfire forces thousands to evacuate', 'Firefighters make progress against wildfire near {city}'],
    core: [
      'A wildfire burning in the hills above {city} has forced about {n:2-15},000 people to leave their homes.',
      'The fire has scorched more than {n:3-40},000 hectares since it began on {day}, fire officials said.',
      'Strong, dry winds pushed the flames toward several neighborhoods overnight.',
      'More than {n:500-2000} firefighters are working to contain the blaze, which was {n:10-60} percent contained by {day} evening.',
      'At least {n:12-80} homes have been destroyed, and several more are damaged.',
      'The cause of the fire is under investigation.',
      'Smoke from the fire has caused air quality to deteriorate across much of {region}.',
    ],
  },
  {
    key: 'harvest', section: 'agriculture',
    headlines: ['Farmers expect smaller harvest after dry summer', 'Record {crop} harvest pushes prices lower'],
    core: [
      'Farmers in {region} expect this year’s {crop} harvest to be about {n:10-30} percent smaller than last year’s.',
      'A dry summer and an outbreak of pests have hurt yields in many fields.',
      'Prices for {crop} have risen by {n:8-25} percent since the start of the season.',
      'The agriculture ministry said it would provide emergency loans to the worst-affected farmers.',
      'Farm leader {P1} said many small farms were struggling to cover their costs.',
      'Exports are expected to fall, while imports from neighboring countries may increase.',
      'Some farmers are switching to crops that need less water.',
    ],
    pools: { crop: ['wheat', 'corn', 'potato', 'apple', 'soybean', 'grape'] },
  },
  {
    key: 'space-mission', section: 'science',
    headlines: ['Probe enters orbit around distant moon', 'Rocket launch postponed after technical fault'],
    core: [
      'A robotic probe entered orbit around the planet’s largest moon on {day}, completing a journey of nearly {n:5-9} years.',
      'Mission controllers cheered as confirmation of the successful maneuver reached Earth about {n:30-50} minutes later.',
      'The spacecraft will spend the next {n:2-4} years studying the moon’s icy surface and the ocean thought to lie beneath it.',
      'Scientists hope the mission will help answer whether the moon could support life.',
      'The project cost about {d:1-5} billion dollars and involved researchers from {n:8-20} countries.',
      'Project scientist {P1} said the first images should be released within a few weeks.',
      'The probe carries ten instruments, including cameras, a radar and a magnetometer.',
    ],
  },
];

/**
 * The seeds' story, written for the benchmark in our own words: China weighing steps on
 * fentanyl precursors to open trade talks with the Trump administration. Several sentences are
 * paraphrases of facts the seeds report, so these articles pass a story gate and share claims.
 */
export const TOPIC_STORY: Story = {
  key: 'china-fentanyl-trade', section: 'world',
  headlines: [
    'China weighs fentanyl steps as path to trade talks with US',
    'Beijing considers fentanyl cooperation to ease trade war',
    'Fentanyl offer could open door to US-China negotiations',
    'China signals readiness to discuss fentanyl with Trump administration',
  ],
  core: [
    'China is considering ways to address US concerns over fentanyl as a possible route to restarting trade talks with Washington.',
    'Wang Xiaohong, China’s minister of public security, has asked what the Trump administration wants Beijing to do about the chemicals used to make fentanyl.',
    'Beijing is weighing sending Wang to the United States to meet senior Trump officials, or meeting them in a third country.',
    'Chinese companies make precursor chemicals that are sold online and shipped to criminal groups in Mexico, which turn them into fentanyl.',
    'The Trump administration has raised tariffs on most Chinese goods to {n:125-145} percent, and China has answered with steep tariffs of its own.',
    'China’s Commerce Ministry said on {day} that it was evaluating US requests to start negotiations.',
    'The ministry had previously insisted that Washington cut its tariffs before any talks could begin.',
    'President Trump cited fentanyl as the reason for imposing additional tariffs of 10 percent on China in February and March.',
    'The trade war is weighing on a Chinese economy already hurt by a property slump, falling prices and weak consumer confidence.',
    'People familiar with the discussions said no decision had been made and that Beijing wants the US to soften its stance on trade.',
    'In 2019, China banned all variants of fentanyl after pressure from the first Trump administration.',
    'Fentanyl overdoses kill tens of thousands of Americans every year, according to US health data.',
    'The US ended duty-free treatment for low-value parcels from China, a loophole that officials say traffickers used.',
    'Analysts said cooperation on fentanyl could give both governments a face-saving way to lower tariffs at the same time.',
    'Chinese officials have long said that the United States must tackle its own demand for drugs.',
    'Markets rose on hopes that the two sides would soon sit down for formal talks.',
    'US officials said earlier contacts with Chinese diplomats in Washington had produced few results.',
    'A meeting between senior officials from both countries could take place in {country} as early as this month.',
  ],
  pools: { country: ['Switzerland', 'Singapore', 'a neutral country', 'Geneva'] },
};

/** Word swaps that a copy editor makes between two versions of the same wire story. */
export const EDITS: [RegExp, string][] = [
  [/\bsaid\b/, 'stated'], [/\babout\b/, 'roughly'], [/\bmore than\b/, 'over'], [/\bon ([A-Z][a-z]+day)\b/, 'late on $1'],
  [/\bofficials\b/, 'authorities'], [/\bexpected\b/, 'forecast'], [/\bnew\b/, 'fresh'], [/\bcity\b/, 'town'],
  [/\bbegin\b/, 'start'], [/\bincrease\b/, 'rise'], [/\bhelp\b/, 'assist'], [/\bshowed\b/, 'indicated'],
  [/\bpeople\b/, 'residents'], [/\blarge\b/, 'big'], [/\bquickly\b/, 'rapidly'], [/\bmajor\b/, 'big'],
];
