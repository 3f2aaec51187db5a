import { describe, expect, it } from "vitest";
import {
  clientKey,
  GUESS_BURST,
  GUESS_REFILL_MS,
  GuessLimiter,
} from "./guess-limiter";

function limiterAt(start = 1_000_000) {
  const clock = { now: start };
  return { clock, limiter: new GuessLimiter(() => clock.now) };
}

describe("GuessLimiter", () => {
  it("allows a burst of wrong guesses, then one more per refill interval", () => {
    const { clock, limiter } = limiterAt();
    for (let i = 0; i < GUESS_BURST; i++) {
      expect(limiter.waitMs("a")).toBe(0);
      limiter.missed("a");
    }
    expect(limiter.waitMs("a")).toBe(GUESS_REFILL_MS);
    clock.now += GUESS_REFILL_MS / 4;
    expect(limiter.waitMs("a")).toBe((GUESS_REFILL_MS * 3) / 4);
    clock.now += (GUESS_REFILL_MS * 3) / 4;
    expect(limiter.waitMs("a")).toBe(0);
    limiter.missed("a");
    expect(limiter.waitMs("a")).toBe(GUESS_REFILL_MS);
    // Other clients keep their own allowance.
    expect(limiter.waitMs("b")).toBe(0);
  });

  it("gives a client its whole burst back with time, and at once on the right token", () => {
    const { clock, limiter } = limiterAt();
    for (let i = 0; i < GUESS_BURST; i++) limiter.missed("a");
    clock.now += GUESS_REFILL_MS * GUESS_BURST * 5;
    for (let i = 0; i < GUESS_BURST; i++) limiter.missed("a");
    expect(limiter.waitMs("a")).toBeGreaterThan(0);
    limiter.succeeded("a");
    expect(limiter.waitMs("a")).toBe(0);
  });

  it("forgets the client that guessed longest ago once it remembers ten thousand", () => {
    const { limiter } = limiterAt();
    for (let i = 0; i < GUESS_BURST; i++) limiter.missed("first");
    for (let i = 0; i < GUESS_BURST; i++) limiter.missed("second");
    for (let i = 0; i < 9_998; i++) limiter.missed(`client ${i}`);
    expect(limiter.waitMs("first")).toBeGreaterThan(0);
    limiter.missed("one too many");
    expect(limiter.waitMs("first")).toBe(0);
    expect(limiter.waitMs("second")).toBeGreaterThan(0);
  });
});

describe("clientKey", () => {
  it("counts an IPv4 address as itself, however it is written", () => {
    expect(clientKey("203.0.113.7")).toBe("203.0.113.7");
    expect(clientKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(clientKey(undefined)).toBe("unknown");
  });

  it("counts an IPv6 address by its /64 network", () => {
    const key = clientKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
    expect(key).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:0db8:0001:0002::1")).toBe(key);
    expect(clientKey("2001:db8:1:2::ffff%eth0")).toBe(key);
    expect(clientKey("2001:db8:1:3::1")).not.toBe(key);
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
    expect(clientKey("fe80::1:2")).toBe("fe80:0:0:0::/64");
  });
});
