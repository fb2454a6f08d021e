import { describe, expect, it } from 'vitest';
import { buildLexicon } from './lexicon';
import { truecaseHeadlines } from './truecase';

const lexicon = buildLexicon({
  lowerShare: [
    ['get', 4],
    ['lucky', 4],
    ['win', 4],
    ['in', 4],
    ['surprise', 4],
    ['defeat', 4],
    ['china', 1],
  ],
  gazetteer: {},
});

describe('truecasing all-caps headlines', () => {
  it('takes the case a word has in the article, else its usual case', () => {
    const doc = [
      'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT , UN SAYS'.split(' '),
      'Japan began the defence of their title against Syria .'.split(' '),
    ];
    expect(truecaseHeadlines(doc, lexicon)[0]!.join(' ')).toBe(
      'Soccer - Japan get lucky win , China in surprise defeat , UN SAYS',
    );
  });

  it('writes an unknown inflection of a lower-case word in lower case, and an unknown name with a capital', () => {
    const words = buildLexicon({
      lowerShare: [
        ['stakeholder', 4],
        ['balk', 4],
        ['manage', 4],
        ['stop', 4],
        ['at', 4],
        ['plan', 4],
        ['by', 4],
      ],
      gazetteer: {},
    });
    const doc = ['STAKEHOLDERS BALKED AT MANAGEABLE PLAN , STOPPED BY KRATSCHMER'.split(' ')];
    expect(truecaseHeadlines(doc, words)[0]!.join(' ')).toBe(
      'Stakeholders balked at manageable plan , stopped by Kratschmer',
    );
  });

  it("writes a word of the lexicon's English word list in lower case", () => {
    const words = buildLexicon({
      lowerShare: [['by', 4]],
      gazetteer: {},
      commonWords: 'nausea\nultrasound',
    });
    const doc = ['NAUSEA , ULTRASOUND BY KERBER'.split(' ')];
    expect(truecaseHeadlines(doc, words)[0]!.join(' ')).toBe('Nausea , ultrasound by Kerber');
  });

  it('leaves ordinary sentences alone', () => {
    const doc = [['The', 'UN', 'met', 'in', 'Geneva', '.']];
    expect(truecaseHeadlines(doc, lexicon)).toBe(doc);
  });
});
