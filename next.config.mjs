// JavaScript rather than TypeScript: `next start` would otherwise load the SWC compiler (~24 MB resident) only to
// read this file.
/** @type {import("next").NextConfig} */
const nextConfig = {
  // Load each route's code on its first request instead of all of them at start: a server used only as a
  // proxy then never holds the local engine, its OpenAPI validators or the pages' React server code.
  experimental: { preloadEntriesOnStart: false },
  // better-sqlite3 is a native addon, unpdf carries PDF.js (large, loaded only when a PDF arrives), and
  // undici is the proxy's HTTP client: load them from node_modules at run time instead of bundling them.
  serverExternalPackages: ["better-sqlite3", "unpdf", "undici"],
  turbopack: {
    rules: {
      "*.css": {
        loaders: ["@tailwindcss/turbopack"],
        as: "*.css",
      },
    },
  },
};

export default nextConfig;
