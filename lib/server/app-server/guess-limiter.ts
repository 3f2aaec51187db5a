import { isIPv6 } from "node:net";

/** Wrong access tokens a client may send in a row before it has to wait. */
export const GUESS_BURST = 10;
/** How long a client waits for each further guess once its burst is spent. */
export const GUESS_REFILL_MS = 60_000;
/** Clients remembered at most, so a scan from many addresses cannot grow the map without end. */
const MAX_CLIENTS = 10_000;

interface Allowance {
  guesses: number;
  at: number;
}

/**
 * The client a guess is counted against: an IPv4 address, or an IPv6 address's /64 network, since one host
 * commonly holds a whole /64 and could otherwise guess from a fresh address every time.
 */
export function clientKey(address: string | undefined): string {
  if (!address) return "unknown";
  const bare = address.split("%")[0] ?? address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(bare)) return bare;
  const [head = "", tail = ""] = bare.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const groups = bare.includes("::")
    ? [
        ...headGroups,
        ...Array<string>(8 - headGroups.length - tailGroups.length).fill("0"),
        ...tailGroups,
      ]
    : headGroups;
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}

/**
 * Slows down guessing the access token: each client may send {@link GUESS_BURST} wrong tokens, then one more
 * every {@link GUESS_REFILL_MS}, so a weak token cannot be found by trying a dictionary against the server.
 */
export class GuessLimiter {
  private readonly clients = new Map<string, Allowance>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds until `client` may guess again: 0 when it may now. */
  waitMs(client: string): number {
    const guesses = this.guessesLeft(client);
    return guesses >= 1 ? 0 : Math.ceil((1 - guesses) * GUESS_REFILL_MS);
  }

  /** Spends one of `client`'s guesses on a wrong token. */
  missed(client: string): void {
    const guesses = this.guessesLeft(client) - 1;
    this.clients.delete(client);
    this.clients.set(client, { guesses, at: this.now() });
    // The map keeps clients in the order they last guessed: the first has regained the most.
    if (this.clients.size > MAX_CLIENTS)
      this.clients.delete(this.clients.keys().next().value as string);
  }

  /** A client that gave the right token has nothing left to slow down. */
  succeeded(client: string): void {
    this.clients.delete(client);
  }

  private guessesLeft(client: string): number {
    const allowance = this.clients.get(client);
    if (!allowance) return GUESS_BURST;
    const regained = (this.now() - allowance.at) / GUESS_REFILL_MS;
    return Math.min(GUESS_BURST, allowance.guesses + regained);
  }
}
