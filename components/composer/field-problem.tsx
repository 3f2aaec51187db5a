import type { ReactNode } from "react";

/** Ties a control to the problem shown under it (and its field's hint), so screen readers read them together. */
export function problemProps(
  id: string,
  problem: string | null | undefined,
  hintId?: string,
) {
  const described = [hintId, problem ? `${id}-problem` : undefined].filter(
    Boolean,
  );
  return {
    "aria-invalid": problem ? true : undefined,
    "aria-describedby": described.length > 0 ? described.join(" ") : undefined,
  } as const;
}

/** The problem `problemProps` points the control `controlId` at, or nothing when there is none. */
export function ProblemUnder({
  controlId,
  problem,
}: {
  controlId: string;
  problem: string | null | undefined;
}) {
  return problem ? (
    <FieldProblem id={`${controlId}-problem`}>{problem}</FieldProblem>
  ) : null;
}

/** What is wrong with a field's value, in words, under the field. */
export function FieldProblem({
  id,
  children,
}: {
  id?: string;
  children: ReactNode;
}) {
  return (
    <p id={id} className="text-xs text-amber-300">
      {children}
    </p>
  );
}
