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
  render: benchRender,
  "first-load": benchFirstLoad,
  proxy: benchProxy,
  engine: benchEngine,
};

async function main(): Promise<void> {
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
    const section = await (SECTIONS[name] as () => Promise<Figure[]>)();
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
