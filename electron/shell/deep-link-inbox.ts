import type { DeepLink } from '../contract/server-events';
import { deepLinkInArgs, parseDeepLink } from './deep-link';

/** More links than this before the window is ready are not a person clicking bookmarklets. */
const MAX_WAITING = 10;

/**
 * Deep links on their way to the window. They can arrive before there is one to tell (the link
 * Gloss was started with, macOS's `open-url` before `ready`) or while it reloads: they wait
 * here until the renderer listens for events, then go out in order, each once. What reaches
 * `deliver` is parsed and checked, never the raw string.
 */
export class DeepLinkInbox {
  private readonly waiting: DeepLink[] = [];
  private deliver: ((link: DeepLink) => void) | null = null;

  /** A `gloss:` link from the OS: checked, then delivered or kept for later. */
  receive(raw: string): void {
    const parsed = parseDeepLink(raw);
    this.push(parsed.ok ? parsed.link : { kind: 'refused', reason: parsed.reason });
  }

  /** The deep link among a command line (first launch, or a second instance's), if any. */
  receiveArgs(argv: readonly string[]): boolean {
    const raw = deepLinkInArgs(argv);
    if (raw !== null) this.receive(raw);
    return raw !== null;
  }

  /** The renderer listens: send what waited, and from now on each link as it comes. */
  open(deliver: (link: DeepLink) => void): void {
    this.deliver = deliver;
    for (const link of this.waiting.splice(0)) deliver(link);
  }

  /** The renderer went away (reload, closed window): keep links until it listens again. */
  close(): void {
    this.deliver = null;
  }

  /** How many links wait for the renderer. */
  get pending(): number {
    return this.waiting.length;
  }

  private push(link: DeepLink): void {
    if (this.deliver) return this.deliver(link);
    const last = this.waiting[this.waiting.length - 1];
    // A double-clicked bookmarklet asks twice; one confirmation is enough.
    if (last && JSON.stringify(last) === JSON.stringify(link)) return;
    if (this.waiting.length >= MAX_WAITING) this.waiting.shift();
    this.waiting.push(link);
  }
}
