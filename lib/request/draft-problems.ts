import type { DraftProblem } from "./build-json";

/** The problem of an empty message box (`messages[0]`), which is simply not sent. */
const emptyMessage = /^messages\[\d+\]$/;

/** The problems worth a warning: every part left out of the request but an empty message box. */
export function reportedProblems(
  problems: readonly DraftProblem[],
): DraftProblem[] {
  return problems.filter((problem) => !emptyMessage.test(problem.field));
}

/**
 * The problems that hold Send back: something the person wrote that would be left out of the request
 * unseen. An empty model is not one (the API lets a stored prompt name the model, and the upstream says so
 * when it needs one); earlier thread items that cannot be sent again (`history[…]`) cannot be fixed here;
 * an unfinished answer to a call (`answer to …`) is shown, and holds Send back, in its own form.
 */
export function sendBlockers(
  problems: readonly DraftProblem[],
): DraftProblem[] {
  return reportedProblems(problems).filter(
    (problem) =>
      problem.field !== "model" &&
      !problem.field.startsWith("history[") &&
      !problem.field.startsWith("answer to "),
  );
}
