/** Aborts for what is in flight, by turn id: kept out of the stores because they are not state to render. */
const controllers = new Map<string, AbortController>();

/** A fresh abort signal for a turn's request or its following, replacing none that is still live. */
export function controlTurn(turnId: string): AbortController {
  const controller = new AbortController();
  controllers.set(turnId, controller);
  return controller;
}

export function abortTurn(turnId: string): void {
  controllers.get(turnId)?.abort();
}

/** Forgets a turn's controller once its work ended (only if it is still the one that was handed out). */
export function releaseTurn(turnId: string, controller: AbortController): void {
  if (controllers.get(turnId) === controller) controllers.delete(turnId);
}
