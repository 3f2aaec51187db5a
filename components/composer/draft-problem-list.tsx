import type { DraftProblem } from "@/lib/request/build-json";

/** Parts of the draft that cannot be sent as written, each named by its place in the request, with why. */
export function DraftProblemList({
  problems,
  label,
  className,
}: {
  problems: readonly DraftProblem[];
  label?: string;
  className: string;
}) {
  return (
    <ul aria-label={label} className={className}>
      {problems.map((problem) => (
        <li key={problem.field}>
          <span className="font-mono">{problem.field}</span>: {problem.message}
        </li>
      ))}
    </ul>
  );
}
