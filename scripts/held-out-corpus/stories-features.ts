/** Held-out stories, written for this corpus: features, a review, a blog post with code, a press release. */
import type { Story } from './story';

export const FEATURES: Story[] = [
  {
    slug: 'night-ferry',
    title: 'On the last night ferry, a crossing that may not survive the winter',
    authors: ['Jonas Lindqvist'],
    published: '2024-01-27T10:00:00Z',
    section: 'Travel',
    dek: 'The overnight boat between two island towns has run since 1952. The operator says it loses money on every sailing.',
    body: [
      'The *Sula* leaves the pier at Stromness at 23:40, five minutes late because a farmer is still reversing a trailer of sheep up the ramp. There are eleven passengers tonight, two lorries, one van and the sheep. In summer there can be three hundred people aboard.',
      "The overnight crossing to Lerwick takes eight hours and has run, with gaps for wars of weather rather than of nations, since 1952. The operator, North Isles Shipping, says it loses about £9,000 on every winter sailing and has asked the islands' councils to pay for it or let it go.",
      'Down in the cafeteria, the cook, Agnes Flett, is frying eggs for the lorry drivers. She has worked on the boat for 26 years. "People think it\'s just a ferry," she says. "It\'s the ambulance, the post van, the school bus for the students going home. When the weather is bad it\'s the only way out."',
      {
        figure: 'ferry',
        alt: 'A ferry at a pier at night, its lights reflected in the water',
        caption: 'The Sula at Stromness pier shortly before departure.',
      },
      { h2: 'The arithmetic of an island' },
      'The case against the crossing is simple. A daytime catamaran now does the journey in three hours, and most passengers prefer it. The night boat is 41 years old, burns more fuel than any other ship in the fleet and will need a new engine by 2026.',
      "The case for it is harder to put in numbers. Fish from the islands' processing plants reaches mainland markets by morning because it travels overnight. Patients who need treatment in Lerwick can arrive rested, without paying for a hotel. And when the catamaran cannot sail in a strong swell, the older, heavier boat often can.",
      '"You cannot run an island on the good days," says the councillor Magnus Rendall, who has asked for the crossing to be included in the next ferry contract. "You have to plan for the bad ones."',
      "By three in the morning the cafeteria is empty and the only sounds are the engine and the sheep. A student going home for her grandmother's birthday has fallen asleep across two seats with a textbook on her chest. At half past seven the lights of Lerwick appear, and the drivers go down to their cabs.",
      'The councils are due to decide in March.',
    ],
  },
  {
    slug: 'heat-pump-review',
    title: 'Review: the Nordwind HP8 heat pump is quiet, efficient and expensive',
    authors: ['Chris Adeyemi'],
    published: '2024-04-22T12:00:00Z',
    section: 'Reviews',
    dek: 'We lived with an air-source heat pump through a cold spring. Here is what we found.',
    body: [
      'Air-source heat pumps have gone from curiosity to the default choice for new homes in a few years, and the Nordwind HP8 is one of the most talked-about models. We had one fitted in a 1960s semi-detached house and ran it from February to April.',
      { h2: 'The verdict' },
      {
        table: [
          ['', 'Score'],
          ['Efficiency', '9/10'],
          ['Noise', '8/10'],
          ['Controls and app', '6/10'],
          ['Value', '6/10'],
          ['Overall', '4 stars out of 5'],
        ],
      },
      { h2: 'What we liked' },
      {
        ul: [
          'A seasonal efficiency (SCOP) of 4.1 in our house, better than the 3.6 we expected.',
          "At 42 decibels one metre away, quieter than our old gas boiler's flue fan.",
          'It kept the house at 20C when it was minus 6C outside, without the backup heater.',
        ],
      },
      { h2: 'What we did not' },
      {
        ul: [
          'The app needs an account and an internet connection to change the schedule.',
          'At £11,400 installed, before the grant, it costs about £2,000 more than its rivals.',
        ],
      },
      'Installation took three days, including two new radiators in the bedrooms and a hot-water cylinder in what used to be the airing cupboard. The outdoor unit is about the size of a washing machine and sits on a concrete pad by the side wall. Our neighbours told us they could not hear it.',
      'Over the test, the pump used 1,870 kWh of electricity to deliver about 7,600 kWh of heat. At our tariff of 24p per kWh, that is £449, against roughly £610 for the same heat from gas at the prices we paid last winter.',
      '"The savings depend almost entirely on the flow temperature," the installer, Bethan Hughes, told us. "Set it low, leave it on, and don\'t fiddle." That was our experience too: efficiency fell sharply on the days we turned the heating off and on again.',
      "The HP8 is an excellent heat pump held back by its price and a fussy app. If you can get the government's £7,500 grant, it is easy to recommend.",
    ],
  },
  {
    slug: 'sqlite-wal',
    title: 'Why our SQLite writes got 40 times faster with one pragma',
    authors: ['Mei Tanaka'],
    published: '2024-03-11T15:30:00Z',
    section: 'Engineering',
    dek: 'A short tour of write-ahead logging, and the one setting we had forgotten',
    body: [
      'Our desktop app stores everything in a single SQLite file. For two years that was fine. Then a customer with 80,000 notes told us that saving a note took almost a second, and that the app froze while it did.',
      'The cause turned out to be the journal mode. By default SQLite uses a *rollback journal*: before changing a page of the database it copies the old page to a separate file, and every transaction ends with several `fsync` calls so that the copy and the change both reach the disk. On a laptop with an encrypted disk, each of those calls cost us around 15 milliseconds.',
      { h2: 'The fix' },
      'Write-ahead logging reverses the approach. New pages are appended to a log, readers keep reading the old pages, and the log is folded back into the database file later, at a checkpoint. Turning it on is one statement:',
      { pre: 'PRAGMA journal_mode = WAL;\nPRAGMA synchronous = NORMAL;' },
      'The second line matters as much as the first. With `synchronous = NORMAL` in WAL mode, SQLite syncs the log only at checkpoints rather than at every commit. A power cut can lose the last few transactions, but it cannot corrupt the database.',
      { h2: 'What we measured' },
      "We timed 1,000 single-note saves on the customer's laptop:",
      {
        table: [
          ['Mode', 'Median save', 'Slowest save'],
          ['Rollback journal, FULL', '48 ms', '910 ms'],
          ['WAL, FULL', '9 ms', '120 ms'],
          ['WAL, NORMAL', '1.2 ms', '31 ms'],
        ],
      },
      { h2: 'Things to know' },
      {
        ol: [
          'WAL mode is a property of the database file, so set it once when you create the file.',
          'The `-wal` and `-shm` files must stay next to the database; do not copy the database alone while it is open.',
          'Long-running read transactions stop checkpoints from finishing, and the log grows.',
        ],
      },
      'For a single-user desktop app, WAL with `synchronous = NORMAL` is almost always the right choice. We shipped the change in version 3.4, and the customer with 80,000 notes wrote back to say the app felt new.',
    ],
  },
  {
    slug: 'robotics-press-release',
    title: 'Calder Robotics opens £30m research centre and creates 180 jobs',
    authors: ['Calder Robotics'],
    published: '2024-02-06T09:00:00Z',
    section: 'Business',
    dek: 'New centre in Sheffield will develop robots for hospital logistics',
    body: [
      '**SHEFFIELD, 6 February 2024** – Calder Robotics today opened a £30 million research and development centre in Sheffield, creating 180 engineering and technical jobs over the next three years.',
      "The 9,000 square metre centre on the Advanced Manufacturing Park will develop autonomous robots that carry medicines, linen and samples around hospitals, freeing nurses and porters for work with patients. Calder's robots are already used in 14 hospitals in the UK and the Netherlands.",
      {
        quote:
          '"Hospitals spend thousands of staff hours every week moving things from one place to another. Our robots give that time back to patient care," said Dr Ayesha Malik, chief executive of Calder Robotics. "Sheffield has the engineers and the manufacturing know-how we need to grow."',
      },
      'The centre includes:',
      {
        ul: [
          'a full-size mock hospital ward and corridor for testing robots among people;',
          'laboratories for battery, sensor and software development;',
          'a training academy offering 30 apprenticeships a year.',
        ],
      },
      'The first robots designed at the centre are expected to enter service in 2026. They will be able to call lifts, open doors fitted with sensors and share corridors safely with patients in wheelchairs and on crutches.',
      'The investment was supported by a £4 million grant from the regional innovation fund. Recruitment for the first 60 roles has begun.',
      { h2: 'About Calder Robotics' },
      'Calder Robotics was founded in 2017 as a spin-out from the University of Leeds. It employs 320 people in the UK and the Netherlands and designs and builds autonomous mobile robots for healthcare. Its robots have completed more than two million deliveries.',
      'Media contact: press office, Calder Robotics, telephone 0114 496 0000.',
    ],
  },
  {
    slug: 'sourdough-science',
    title: 'What actually happens inside a sourdough starter',
    authors: ['Lucía Fernández'],
    published: '2024-05-01T07:00:00Z',
    section: 'Food',
    dek: 'Yeasts, bacteria and a long-running war over sugar',
    body: [
      'A sourdough starter looks like the simplest thing in the kitchen: flour and water left in a jar. Under a microscope it is a crowded city, and a spoonful holds billions of living cells competing for the same food.',
      'The two main groups of residents are wild yeasts and lactic acid bacteria. The yeasts make carbon dioxide, which raises the bread, and small amounts of alcohol. The bacteria, which outnumber the yeasts by about a hundred to one, make lactic and acetic acid, which give sourdough its sour taste and help the bread keep.',
      {
        figure: 'starter',
        alt: 'A glass jar of bubbling sourdough starter on a kitchen counter',
        caption: 'A starter at its peak, about six hours after feeding.',
      },
      { h2: 'Where the microbes come from' },
      "For years bakers argued about whether a starter's microbes come from the flour, the air or the baker's hands. A study of 500 starters from around the world, published in 2021, found that the flour matters most, but that the bakers' hands carried many of the same species as their starters.",
      'Geography mattered less than expected. Starters from the same city were often no more alike than starters from different continents, which suggests that the way a starter is fed shapes it more than where it lives.',
      { h2: 'Why feeding times matter' },
      'Each feeding is a fresh supply of sugar. Yeasts grow fastest at first, then the bacteria catch up, and the acid they make slows the yeasts down. A starter fed twice a day at room temperature settles into a rhythm that favours yeast and gives a milder loaf. One kept in the fridge and fed once a week becomes more acidic.',
      { quote: 'You are not really feeding the starter. You are choosing which of its microbes win.' },
      'That is why the same recipe can give different bread in different kitchens. Warm kitchens favour the bacteria, cool ones the yeast, and a few degrees make a noticeable difference to the taste.',
      'For a milder, lighter loaf, feed the starter often and use it at its peak, when it has doubled in size and is full of bubbles. For a sourer one, use it later, or leave the dough to rise slowly overnight in the fridge.',
    ],
  },
];
