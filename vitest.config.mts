import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["{lib,components,app,scripts,bench}/**/*.test.{ts,tsx}"],
    environment: "node",
    // server-only throws outside React Server Components; tests run server code directly.
    alias: {
      "server-only": fileURLToPath(
        new URL("./lib/testing/server-only-stub.ts", import.meta.url),
      ),
    },
  },
});
