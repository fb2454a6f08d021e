import type { ImportedArticle } from '../../../electron/contract/model';

/**
 * What the user makes of an import the library has in an earlier version: make it that
 * article's new version, keep both (an article of its own), or leave the library as it is.
 */
export type VersionChoice = 'version' | 'separate' | 'cancel';

/** One question on screen or waiting: the article the library has, and how to answer. */
export interface VersionQuestion {
  id: number;
  article: ImportedArticle;
  /** Answers once; later answers (a second click, the dialog closing) change nothing. */
  answer: (choice: VersionChoice) => void;
}

/**
 * The questions asked one at a time, oldest first: an import waits for its answer (a batch asks
 * per item, in turn), and the dialog shows the first. `onChange` hears the list as it changes.
 */
export class VersionQuestions {
  #questions: VersionQuestion[] = [];
  #next = 1;

  constructor(private readonly onChange: (questions: readonly VersionQuestion[]) => void) {}

  ask(article: ImportedArticle): Promise<VersionChoice> {
    return new Promise((resolve) => {
      let answered = false;
      const question: VersionQuestion = {
        id: this.#next++,
        article,
        answer: (choice) => {
          if (answered) return;
          answered = true;
          this.#questions = this.#questions.filter((item) => item !== question);
          this.onChange(this.#questions);
          resolve(choice);
        },
      };
      this.#questions = [...this.#questions, question];
      this.onChange(this.#questions);
    });
  }
}
