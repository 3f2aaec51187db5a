import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { meetsBudget, type Figure } from "./budgets";
import { benchEngine } from "./engine";
import { benchFirstLoad } from "./first-load";
import { benchProxy } from "./proxy";
import { formatReport } from "./report";
import { benchRender } from "./render";

/**
 * `npm run bench [section...]`: measures each section against issue 9's budgets on a production
 * build, prints every figure beside its budget, and exits non-zero when one is missed.
 */
const SECTIONS: Record<string, () => Promise<Figure[]>> = {
  // The servers first: after the browser sections, the proxy's single streams were slow in 10 of 12 runs.
  proxy: benchProxy,
  engine: benchEngine,
  render: benchRender,
  "first-load": benchFirstLoad,
};

/** The flag a section's own process is started with. */
const SECTION_FLAG = "--section";

/**
 * Runs one section in a Node process of its own and takes its figures back: a section run after others in
 * one process measured their leftovers too (after the render and first-load sections, the bench process's
 * helper threads took 380-430 ms of CPU during the proxy's single-stream rounds, and its main thread waited
 * for a core about as long as it ran).
 */
function runApart(name: string): Promise<Figure[]> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [SECTION_FLAG, name], {
      execArgv: process.execArgv,
    });
    let figures: Figure[] | undefined;
    child.once("message", (message) => {
      figures = message as Figure[];
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      figures
        ? resolve(figures)
        : reject(
            new Error(
              `The ${name} section ended (${code}) without its figures.`,
            ),
          ),
    );
  });
}

/** In a section's own process: measures it, hands the figures to the bench and ends, whatever it left open. */
async function serveSection(name: string): Promise<void> {
  // A bench that is gone takes its section with it, servers and browsers included (they stop on exit).
  process.once("disconnect", () => process.exit(1));
  const figures = await (SECTIONS[name] as () => Promise<Figure[]>)();
  process.send?.(figures, () => process.exit(0));
}

async function main(): Promise<void> {
  if (process.argv[2] === SECTION_FLAG)
    return serveSection(process.argv[3] ?? "");
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0) {
    console.error(
      `Unknown bench section: ${unknown.join(", ")}. Sections: ${Object.keys(SECTIONS).join(", ")}.`,
    );
    process.exit(2);
  }
  const figures: Figure[] = [];
  for (const name of asked.length > 0 ? asked : Object.keys(SECTIONS)) {
    console.log(`\n== ${name}`);
    const section = await runApart(name);
    console.log(formatReport(section));
    figures.push(...section);
  }
  const missed = figures.filter((figure) => !meetsBudget(figure));
  console.log(`\n== all\n${formatReport(figures)}`);
  console.log(
    missed.length === 0
      ? "\nEvery budget met."
      : `\n${missed.length} of ${figures.length} budgets missed.`,
  );
  process.exit(missed.length === 0 ? 0 : 1);
}

void main();
