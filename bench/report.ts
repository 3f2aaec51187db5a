import { BUDGETS, meetsBudget, type Budget, type Figure } from "./budgets";

function formatValue(value: number): string {
  return value >= 100
    ? Math.round(value).toLocaleString("en-US")
    : value.toFixed(2);
}

function formatBudget(budget: Budget, unit: string): string {
  return "max" in budget
    ? `≤ ${formatValue(budget.max)} ${unit}`
    : `≥ ${formatValue(budget.min)} ${unit}`;
}

/** One line per figure: what was measured, its value, its budget and whether it is met. */
export function formatReport(figures: readonly Figure[]): string {
  const width = Math.max(...figures.map((figure) => figure.label.length), 10);
  return figures
    .map((figure) => {
      const verdict = meetsBudget(figure) ? "ok" : "MISSED";
      const value = `${formatValue(figure.value)} ${figure.unit}`;
      const budget = formatBudget(BUDGETS[figure.budget], figure.unit);
      return `${figure.label.padEnd(width)}  ${value.padStart(16)}   budget ${budget.padEnd(18)} ${verdict}`;
    })
    .join("\n");
}
