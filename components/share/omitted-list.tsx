import { formatBytes } from "@/lib/format-bytes";
import type { OmittedAttachment } from "@/lib/request/permalink";

/** The attachments a link left out, by name and size. */
export function OmittedList({
  omitted,
  intro,
}: {
  omitted: OmittedAttachment[];
  intro: string;
}) {
  return (
    <div className="text-xs text-amber-200">
      <p>{intro}</p>
      <ul aria-label="Left out of the link" className="mt-1 list-disc pl-5">
        {omitted.map((entry, index) => (
          <li key={`${entry.name}-${index}`}>
            <span className="font-mono">{entry.name}</span> (
            {formatBytes(entry.bytes)})
          </li>
        ))}
      </ul>
    </div>
  );
}
