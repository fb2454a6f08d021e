import type { FixturePdf } from './pdf-fixture.test-support';

/** A two-page report: running header, page numbers, headings, a list, hyphenation within a page and across the break. */
export const REPORT: FixturePdf = {
  title: 'report-final.docx',
  author: 'Mara Quint',
  header: 'The Harbour Review · Winter edition',
  pageNumbers: true,
  pages: [
    [
      { heading: 'The Harbour in Winter', size: 22 },
      {
        lines: [
          'When the storms came in November, the old harbour wall gave way in three places',
          'and the council closed the quay to boats and people alike for what it called a thor-',
          'oughly unprecedented repair, the first since the wall was built in the north-east corner.',
        ],
      },
      { heading: 'Repairs to the sea wall' },
      {
        lines: [
          'Engineers from the county started work on the first of December, and they have',
          'brought in two cranes and a barge to lift the new stone blocks into place.',
        ],
      },
      { bullet: 'new bearings for the swing bridge' },
      { bullet: 'a second pump house' },
      {
        lines: ['The work is expected to finish before the spring tides arrive at the harbour en-'],
      },
    ],
    [
      {
        lines: [
          'trance and the fish market has already said it will open again on the first Friday',
          'after the quay is clear.',
        ],
      },
      { heading: 'What the fishermen say' },
      {
        lines: [
          'Most crews welcomed the work, though several said the closure had cost them a',
          'month of landings at the busiest time of the year.',
        ],
      },
    ],
  ],
};
