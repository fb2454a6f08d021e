import { describe, expect, it } from 'vitest';
import type { DeepLink } from '../contract/server-events';
import { DeepLinkInbox } from './deep-link-inbox';

const IMPORT = 'gloss://import?url=https%3A%2F%2Fnews.example%2Fstory';

function listening(inbox: DeepLinkInbox): DeepLink[] {
  const heard: DeepLink[] = [];
  inbox.open((link) => heard.push(link));
  return heard;
}

describe('DeepLinkInbox', () => {
  it('keeps the link Gloss was started with until the window listens, then sends it once', () => {
    const inbox = new DeepLinkInbox();
    expect(inbox.receiveArgs(['/opt/Gloss/gloss', '--no-sandbox', IMPORT])).toBe(true);
    expect(inbox.pending).toBe(1);
    const heard = listening(inbox);
    expect(heard).toEqual([{ kind: 'import', url: 'https://news.example/story' }]);
    expect(inbox.pending).toBe(0);
    inbox.open(() => heard.push({ kind: 'refused', reason: 'sent twice' }));
    expect(heard).toHaveLength(1);
  });

  it('sends links at once while the window listens, and holds them again while it reloads', () => {
    const inbox = new DeepLinkInbox();
    const heard = listening(inbox);
    inbox.receive('gloss://open?article=Ab_9-xYz12Cd&highlight=h1');
    expect(heard).toEqual([{ kind: 'open', articleId: 'Ab_9-xYz12Cd', highlightId: 'h1' }]);
    inbox.close();
    inbox.receive(IMPORT);
    expect(heard).toHaveLength(1);
    const after = listening(inbox);
    expect(after).toEqual([{ kind: 'import', url: 'https://news.example/story' }]);
  });

  it('passes on a refused link with its reason, so the window can say why nothing happened', () => {
    const inbox = new DeepLinkInbox();
    inbox.receive('gloss://import?url=javascript:alert(1)');
    const [link] = listening(inbox);
    expect(link).toMatchObject({
      kind: 'refused',
      reason: expect.stringMatching(/does not name a web page/) as string,
    });
  });

  it('keeps order, asks once for a double click, and never holds more than a handful', () => {
    const inbox = new DeepLinkInbox();
    inbox.receive(IMPORT);
    inbox.receive(IMPORT);
    inbox.receive('gloss://open?article=a1');
    expect(inbox.pending).toBe(2);
    for (let i = 0; i < 20; i += 1) inbox.receive(`gloss://open?article=n${i}`);
    const heard = listening(inbox);
    expect(heard).toHaveLength(10);
    expect(heard.at(-1)).toEqual({ kind: 'open', articleId: 'n19', highlightId: null });
  });

  it('ignores a command line without a deep link, and the app page itself', () => {
    const inbox = new DeepLinkInbox();
    expect(inbox.receiveArgs(['/opt/Gloss/gloss', '--data-dir', '/tmp/x'])).toBe(false);
    expect(inbox.receiveArgs(['/opt/Gloss/gloss', 'gloss://app/index.html'])).toBe(false);
    expect(inbox.pending).toBe(0);
  });
});
