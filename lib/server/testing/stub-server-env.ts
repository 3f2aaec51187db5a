import path from "node:path";
import { vi } from "vitest";

/**
 * The env of a server whose real registry and real local engine read process.env on first use: an unpaced
 * engine on a database in `dir`, and one upstream `test` at `baseURL` whose key the server holds as TEST_KEY.
 */
export function stubServerEnv(dir: string, baseURL: string, key: string) {
  vi.stubEnv("LOCAL_ENGINE_DB", path.join(dir, "engine.sqlite"));
  vi.stubEnv("LOCAL_ENGINE_TOKENS_PER_SECOND", "0");
  vi.stubEnv("LOCAL_ENGINE", "1");
  vi.stubEnv("TEST_KEY", key);
  vi.stubEnv(
    "PLAYGROUND_UPSTREAMS",
    JSON.stringify([
      { id: "test", label: "Test", baseURL, apiKeyEnv: "TEST_KEY" },
    ]),
  );
}
