/**
 * A hybrid logical clock (Kulkarni et al.; the format of Actual Budget's CRDT timestamps):
 * `<ISO wall time>-<counter, 4 hex digits>-<device>`. Clocks sort as strings in causal order
 * across devices, even when their wall clocks disagree or stand still.
 */
export class HybridClock {
  #wall = 0;
  #counter = 0;

  constructor(
    readonly device: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** The clock of a new local event. */
  tick(): string {
    const now = this.now();
    if (now > this.#wall) {
      this.#wall = now;
      this.#counter = 0;
    } else {
      this.#counter++;
    }
    return formatClock(this.#wall, this.#counter, this.device);
  }

  /** Move past a clock seen from another device, so later local events sort after it. */
  receive(clock: string): void {
    const remote = parseClock(clock);
    if (!remote) return;
    const now = this.now();
    const wall = Math.max(this.#wall, remote.wall, now);
    if (wall === this.#wall && wall === remote.wall)
      this.#counter = Math.max(this.#counter, remote.counter) + 1;
    else if (wall === this.#wall) this.#counter++;
    else if (wall === remote.wall) this.#counter = remote.counter + 1;
    else this.#counter = 0;
    this.#wall = wall;
  }
}

export function formatClock(wall: number, counter: number, device: string): string {
  return `${new Date(wall).toISOString()}-${counter.toString(16).padStart(4, '0')}-${device}`;
}

export function parseClock(clock: string): { wall: number; counter: number; device: string } | null {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)-([0-9a-f]{4,})-(.+)$/.exec(clock);
  const [, wall, counter, device] = match ?? [];
  if (!wall || !counter || !device) return null;
  return { wall: Date.parse(wall), counter: parseInt(counter, 16), device };
}
