import type { Locator } from "@playwright/test";
import type { PlaygroundPage } from "./playground-page";

/** The output item views of the playground's thread: hosted tool calls, approvals, citations, logprobs. */
export class ItemViews {
  constructor(readonly playground: PlaygroundPage) {}

  /** An item of response `n` by its title, e.g. "Web search" or "MCP call · playback.roll_dice". */
  item(n: number, title: string): Locator {
    return this.playground.item(this.playground.response(n), title);
  }

  /** The message item of response `n` whose text contains `text`. */
  message(n: number, text: string | RegExp): Locator {
    return this.item(n, "Message").filter({ hasText: text });
  }

  approveButton(n: number): Locator {
    return this.item(n, "MCP approval request · playback.roll_dice").getByRole(
      "button",
      { name: "Approve", exact: true },
    );
  }

  /** The composer's answer box for a pending function or custom tool call named `name`. */
  toolOutput(name: string): Locator {
    return this.playground.page.getByRole("textbox", {
      name: new RegExp(`^Output of ${name}\\b`),
    });
  }

  /** An input item the thread shows as sent with response `n`, by its type, e.g. an mcp_approval_response. */
  sentItem(n: number, type: string): Locator {
    return this.playground.output
      .getByRole("group", { name: `Sent with response ${n}`, exact: true })
      .getByText(type, { exact: true });
  }
}
