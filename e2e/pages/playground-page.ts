import { readFile } from "node:fs/promises";
import { expect, type Locator, type Page } from "@playwright/test";

/** One line of the inspector's `.jsonl` export: an event with its arrival time and SSE name. */
export interface ExportedEvent {
  received_ms: number;
  event: string | null;
  data: { type?: string; sequence_number?: number } & Record<string, unknown>;
}

/** Whitespace-separated words, the definition the engine's `/words N` directive promises. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
}

/** The playground at `/`: composer, settings, output thread and inspector. */
export class PlaygroundPage {
  readonly input: Locator;
  readonly sendButton: Locator;
  readonly stopButton: Locator;
  readonly upstream: Locator;
  readonly model: Locator;
  readonly instructions: Locator;
  readonly streamToggle: Locator;
  readonly addToolButton: Locator;
  readonly output: Locator;
  readonly eventsTab: Locator;
  readonly requestTab: Locator;
  readonly events: Locator;
  readonly eventLog: Locator;
  readonly eventFilter: Locator;
  readonly downloadEventsButton: Locator;
  readonly runStats: Locator;
  readonly request: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByRole("textbox", { name: "Input", exact: true });
    this.sendButton = page.getByRole("button", { name: "Send", exact: true });
    this.stopButton = page.getByRole("button", { name: "Stop", exact: true });
    this.upstream = page.getByRole("combobox", { name: "Upstream" });
    this.model = page.getByRole("combobox", { name: "Model" });
    this.instructions = page.getByRole("textbox", { name: "Instructions" });
    this.streamToggle = page.getByRole("checkbox", {
      name: "Stream",
      exact: true,
    });
    this.addToolButton = page.getByRole("button", {
      name: "Add tool",
      exact: true,
    });
    this.output = page.getByRole("region", { name: "Output" });
    this.eventsTab = page.getByRole("tab", { name: "Events", exact: true });
    this.requestTab = page.getByRole("tab", { name: "Request", exact: true });
    this.events = page.getByRole("region", { name: "Events", exact: true });
    this.eventLog = this.events.getByRole("list", { name: "Event log" });
    this.eventFilter = this.events.getByRole("combobox", {
      name: "Filter events by type",
    });
    this.downloadEventsButton = this.events.getByRole("button", {
      name: ".jsonl",
    });
    this.runStats = this.events.getByLabel("Run statistics", { exact: true });
    this.request = page.getByRole("region", { name: "Request", exact: true });
  }

  /** Adds a tool through the "Add tool" menu, by its menu item name ("Function", "Web search", ...). */
  async addTool(kind: string): Promise<void> {
    await this.addToolButton.click();
    await this.page.getByRole("menuitem", { name: kind, exact: true }).click();
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
    await this.input.waitFor();
  }

  /** Types `text` into the Input box and clicks Send. */
  async send(text: string): Promise<void> {
    await this.input.fill(text);
    await this.sendButton.click();
  }

  /** Every turn's response region, "Response 1", "Response 2", ... */
  responses(): Locator {
    return this.output.getByRole("region", { name: /^Response \d+$/ });
  }

  /** The response region of turn `n` (1-based). */
  response(n: number): Locator {
    return this.output.getByRole("region", {
      name: `Response ${n}`,
      exact: true,
    });
  }

  /** The status badge in a response's header ("in progress", "completed", "failed", "stopped"). */
  statusBadge(response: Locator): Locator {
    return response.locator(":scope > header > span").first();
  }

  /** The response id shown in a response's header. */
  responseId(response: Locator): Locator {
    return response.locator(":scope > header").getByText(/^resp_\w+$/);
  }

  /** An output item of a response, named by its title ("Message", "Function call · get_weather"). */
  item(response: Locator, title: string): Locator {
    return response.getByRole("article", { name: title, exact: true });
  }

  /** The rendered text of a response's message item, without its header. */
  async messageText(response: Locator): Promise<string> {
    const message = this.item(response, "Message");
    if ((await message.count()) === 0) return "";
    return message.locator(":scope > div").innerText();
  }

  async messageWords(response: Locator): Promise<number> {
    return countWords(await this.messageText(response));
  }

  /** The alert box of a response that did not complete. */
  alert(response: Locator): Locator {
    return response.getByRole("alert");
  }

  /** A value of the inspector's "Run statistics" list, e.g. "Events". */
  stat(label: string): Locator {
    return this.runStats
      .locator("div")
      .filter({
        has: this.page
          .getByRole("term")
          .filter({ hasText: new RegExp(`^${label}$`) }),
      })
      .getByRole("definition");
  }

  /** Rows of the event log that are rendered now (the list is virtualized). */
  eventRows(): Locator {
    return this.eventLog.getByRole("listitem");
  }

  /** Shows only events of `type` in the event log ("all" shows every event). */
  async filterEvents(type: string): Promise<void> {
    await this.eventFilter.selectOption(type);
  }

  /** Scrolls the event log to its top with the wheel, as a reader does, which also stops it following the tail. */
  async scrollEventLogToTop(): Promise<void> {
    await this.eventLog.hover();
    await this.page.mouse.wheel(0, -1_000_000);
    // The log is its own scroller.
    await expect
      .poll(() => this.eventLog.evaluate((log) => log.scrollTop))
      .toBe(0);
  }

  /** Downloads the inspected run's `.jsonl` export: every event, in the order it arrived. */
  async downloadEvents(): Promise<ExportedEvent[]> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.downloadEventsButton.click(),
    ]);
    const path = await download.path();
    const text = await readFile(path, "utf8");
    return text
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as ExportedEvent);
  }

  /** The types of every event of the inspected run, in order (read from the `.jsonl` export). */
  async eventTypes(): Promise<string[]> {
    const events = await this.downloadEvents();
    return events.map((event) => event.data.type ?? event.event ?? "");
  }

  /** Opens the Request tab and one of its formats: "JSON", "curl", "Python" or "TypeScript". */
  async openRequestFormat(format: string): Promise<Locator> {
    await this.requestTab.click();
    await this.request.getByRole("tab", { name: format, exact: true }).click();
    return this.request.getByRole("tabpanel", { name: format, exact: true });
  }

  /** The code shown for a Request format, as text. */
  async requestCode(format: string): Promise<string> {
    const panel = await this.openRequestFormat(format);
    return panel.innerText();
  }
}
