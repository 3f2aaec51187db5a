import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon, and unpdf carries PDF.js (large, loaded only when a PDF arrives):
  // load both from node_modules at run time instead of bundling them.
  serverExternalPackages: ["better-sqlite3", "unpdf"],
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
