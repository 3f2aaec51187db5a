import { test as base } from "@playwright/test";
import { PlaygroundPage } from "./pages/playground-page";

/** Tests that start on a freshly loaded playground, in a new browser context (so an empty draft). */
export const test = base.extend<{ playground: PlaygroundPage }>({
  playground: async ({ page }, provide) => {
    const playground = new PlaygroundPage(page);
    await playground.goto();
    await provide(playground);
  },
});

export { expect } from "@playwright/test";
