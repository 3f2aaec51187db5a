/**
 * The budgets issue 9 sets, word for word: `npm run bench` checks each figure against exactly these
 * numbers and never against budgets of its own.
 */
export type Budget = { readonly max: number } | { readonly min: number };

export const BUDGETS = {
  renderFinalTextMs: { max: 80 },
  renderFirstTextAfterFirstByteMs: { max: 50 },
  renderLongestTaskMs: { max: 50 },
  firstLoadJsGzipKb: { max: 200 },
  proxySingleStreamTimeRatio: { max: 1.1 },
  proxyConcurrentThroughputRatio: { min: 0.9 },
  proxyAddedTtfbMs: { max: 2 },
  proxyServerRssMb: { max: 150 },
  engineStandaloneCreatesPerSecond: { min: 8_845 },
  engineNextCreatesPerSecond: { min: 2_000 },
  engineStandaloneStreamedCreatesPerSecond: { min: 8_555 },
  engineNextStreamedCreatesPerSecond: { min: 1_500 },
  engineStandaloneRetrievesPerSecond: { min: 10_000 },
  engineServerRssMib: { max: 150 },
} as const satisfies Record<string, Budget>;

export type BudgetName = keyof typeof BUDGETS;

/** One measured figure, checked against one of the budgets. */
export interface Figure {
  label: string;
  value: number;
  unit: string;
  budget: BudgetName;
}

export function meetsBudget(figure: Figure): boolean {
  const budget: Budget = BUDGETS[figure.budget];
  return "max" in budget
    ? figure.value <= budget.max
    : figure.value >= budget.min;
}
