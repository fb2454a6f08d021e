/** Five stories written for Gloss's page corpus (fiction in the form of news; no one else's text). */
export type Part = string | { heading: string } | { list: string[] };

export interface Story {
  slug: string;
  title: string;
  byline: string;
  published: string;
  section: string;
  standfirst: string;
  body: Part[];
}

export const STORIES: Story[] = [
  {
    slug: 'harbour',
    title: 'Harbour reopens after storm repairs finish two weeks early',
    byline: 'Mairi Campbell',
    published: '2024-03-12T08:30:00Z',
    section: 'Scotland',
    standfirst: 'Ferries return to Port Ellen as the council finishes work on the sea wall.',
    body: [
      'The harbour at Port Ellen reopened on Tuesday morning after engineers finished repairs to the sea wall two weeks earlier than planned, the island council said, and the first ferry of the day left on time for the mainland.',
      'Storms in January tore a thirty-metre gap in the wall and flooded the fish market, forcing the ferry operator to divert sailings to a smaller pier on the other side of the bay. Fishing crews moored their boats there for more than a month.',
      'Council leader Iain MacLeod said the work had cost £4.2 million, most of it paid from an emergency fund set up after storms in 2020. "People here depend on this harbour for everything from groceries to hospital appointments," he said.',
      { heading: 'What was repaired' },
      'Contractors rebuilt the damaged section with concrete blocks weighing eight tonnes each and raised the top of the wall by half a metre along its full length.',
      {
        list: [
          'A new wave barrier on the seaward side',
          'Drainage channels for the fish market',
          'Lighting and railings on the pier walkway',
        ],
      },
      'Fishermen began moving their boats back on Wednesday as the weather settled. Ruth Anderson, who runs a shellfish business from the pier, said the closure had cost her about a third of her winter income.',
      'The council said it would publish a review of the harbour defences in the summer, including whether the wall should be raised further as storms grow stronger.',
    ],
  },
  {
    slug: 'tram',
    title: 'Council approves new tram line to the airport',
    byline: 'Daniel Okafor and Lena Fischer',
    published: '2023-11-20T17:05:00+01:00',
    section: 'Transport',
    standfirst: 'The 14-kilometre line is due to open in 2029 after a vote of 41 to 19.',
    body: [
      'City councillors voted 41 to 19 on Monday evening to build a tram line between the central station and the airport, ending a decade of argument over how to connect the two.',
      'The 14-kilometre line will have eleven stops and is expected to carry about 30,000 passengers a day when it opens in 2029. Trams will run every six minutes at peak times, and the journey will take 24 minutes, against 40 minutes by bus today.',
      'Transport director Anja Berger told the council that the line would cost €610 million, of which the national government has promised to pay 60 per cent. The rest will come from a loan repaid from fares and a levy on new offices near the stops.',
      { heading: 'Opposition and objections' },
      'Opponents argued that the money would be better spent on the bus network, which carries four times as many passengers as the existing tram lines. Residents of the Nordviertel district have objected to plans to cut down 300 trees along the route.',
      'The council agreed to replant two trees for every one removed and to study a tunnel under the park at the northern end of the line.',
      { heading: 'What happens next' },
      {
        list: [
          'Detailed design work starts in January',
          'Construction contracts are tendered in 2025',
          'Test runs begin in late 2028',
        ],
      },
      'Airport chief executive Marco Rossi welcomed the decision and said the airport would contribute to the cost of the station beneath its new terminal.',
    ],
  },
  {
    slug: 'library',
    title: 'The village library that never closes',
    byline: 'Priya Nair',
    published: '2024-01-28T06:00:00Z',
    section: 'Features',
    standfirst: 'A telephone box, a swap shelf and a lot of trust.',
    body: [
      'In the village of Little Marston, the library is a red telephone box at the end of the high street. It has no staff, no opening hours and no fines, and it has not closed once since it opened eight years ago.',
      'The box holds about 400 books on shelves built by a retired carpenter, Tom Hughes, who lives opposite. Anyone can take a book and anyone can leave one. Children’s books sit on the lowest shelf, crime novels on the highest, and a biscuit tin by the door collects donations for new light bulbs.',
      '"People told me the books would be stolen," Mr Hughes said. "They were. Then they came back, usually with two more."',
      { heading: 'A model that spread' },
      'The idea has since been copied in more than thirty villages across the county, and the local council now lists the boxes on its website alongside its own branch libraries.',
      'Librarians say the boxes do not replace a real library, which offers computers, advice and a warm place to sit, but that they keep the habit of reading alive in places where the bus to town runs twice a day.',
      'Volunteers check the Little Marston box every Sunday, sort the shelves and take out anything damp. Last year they counted more than 2,000 books passing through it.',
    ],
  },
  {
    slug: 'heatwave',
    title: 'Farmers count the cost of the longest heatwave on record',
    byline: 'Carlos Mendes',
    published: '2022-08-19T11:45:00-03:00',
    section: 'Business',
    standfirst: 'Harvests of maize and soybeans are forecast to fall by a fifth.',
    body: [
      'Farmers in the southern provinces are facing their worst harvest in a generation after 38 consecutive days of temperatures above 35C, the longest heatwave since records began in 1961, the national weather service said on Friday.',
      'The agriculture ministry forecast that the maize harvest would fall by 22 per cent and soybeans by 18 per cent compared with last year. Cattle farmers have begun selling animals early because pastures have dried out and the price of feed has doubled since June.',
      'Agriculture minister Helena Soares announced a package of emergency loans worth 1.5 billion reais, with repayments delayed for two years for farms that lost more than half of their crop.',
      { heading: 'Water running short' },
      'Reservoirs in the region are at 31 per cent of capacity, and three cities have introduced water rationing, cutting supplies to homes for twelve hours a day.',
      {
        list: [
          'Irrigation permits have been suspended on four rivers',
          'Hydroelectric plants have cut output by a quarter',
          'River barges are carrying half loads because of low water',
        ],
      },
      'Climate scientists at the federal university said heatwaves of this length had become about five times more likely than they were in the 1960s.',
      'Rain is forecast for the middle of next week, but meteorologists warned that it would not be enough to refill the reservoirs before the planting season begins in October.',
    ],
  },
  {
    slug: 'chess',
    title: 'Twelve-year-old wins national chess title with a queen sacrifice',
    byline: 'Tomasz Wojcik',
    published: '2024-06-02T19:20:00+02:00',
    section: 'Sport',
    standfirst: 'Zofia Malinowska is the youngest champion in the tournament’s history.',
    body: [
      'Zofia Malinowska, a twelve-year-old from Lublin, became the youngest national chess champion in the tournament’s 98-year history on Sunday, beating a grandmaster three times her age in the final round.',
      'Needing only a draw to take the title, Malinowska sacrificed her queen on the 23rd move of the game, a decision commentators first called a blunder. Eleven moves later her opponent, grandmaster Piotr Zielinski, resigned in a position where he could not stop her pawn from becoming a new queen.',
      '"I saw it in the car on the way here," she told reporters afterwards. "I was not sure it worked, but I thought it was beautiful."',
      { heading: 'A fast rise' },
      'Malinowska learned the game from her grandfather at the age of five and won the under-ten European championship two years ago. She trains for three hours a day after school with a coach who works with her online from Riga.',
      'Zielinski, who won the title four times in the 2000s, said he had underestimated her. "She plays like someone who has read every book and then decided to ignore them," he said.',
      'The win gives Malinowska a place in the national team for the Chess Olympiad in September, where she will be the youngest player in the squad by six years.',
    ],
  },
];
