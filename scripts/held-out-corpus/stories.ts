/** The twenty held-out stories (see make-held-out-corpus.ts). */
import { FEATURES } from './stories-features';
import { MORE } from './stories-more';
import { NEWS } from './stories-news';
import type { Story } from './story';

export const STORIES: Story[] = [...NEWS, ...FEATURES, ...MORE];
