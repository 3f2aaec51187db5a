"use client";

import { ExternalLink, FileText } from "lucide-react";
import type { ResponseOutputText } from "openai/resources/responses/responses";
import { ProxyFileButton } from "./item-parts";

type Annotation = ResponseOutputText["annotations"][number];

const chip =
  "inline-flex max-w-full items-center gap-1 rounded-full border border-zinc-700 bg-zinc-900 px-2 py-0.5 text-[11px] text-zinc-300";

function AnnotationChip({ annotation }: { annotation: Annotation }) {
  switch (annotation.type) {
    case "url_citation":
      return (
        <a
          href={annotation.url}
          target="_blank"
          rel="noreferrer noopener"
          title={annotation.url}
          className={`${chip} text-sky-300 hover:border-sky-500/50`}
        >
          <ExternalLink className="size-3 shrink-0" aria-hidden />
          <span className="truncate">{annotation.title || annotation.url}</span>
        </a>
      );
    case "file_citation":
      return (
        <span className={chip} title={annotation.file_id}>
          <FileText className="size-3 shrink-0" aria-hidden />
          <span className="truncate">
            {annotation.filename || annotation.file_id}
          </span>
        </span>
      );
    case "container_file_citation":
      return (
        <ProxyFileButton
          path={`containers/${encodeURIComponent(annotation.container_id)}/files/${encodeURIComponent(annotation.file_id)}/content`}
          filename={annotation.filename || annotation.file_id}
          label={annotation.filename || annotation.file_id}
        />
      );
    case "file_path":
      return (
        <ProxyFileButton
          path={`files/${encodeURIComponent(annotation.file_id)}/content`}
          filename={annotation.file_id}
          label={annotation.file_id}
        />
      );
    default:
      return <span className={chip}>{JSON.stringify(annotation)}</span>;
  }
}

/** What makes two annotations the same citation, so a source cited five times is listed once. */
function citationKey(annotation: Annotation): string {
  switch (annotation.type) {
    case "url_citation":
      return `url ${annotation.url}`;
    case "container_file_citation":
      return `container ${annotation.container_id} ${annotation.file_id}`;
    default:
      return `${annotation.type} ${"file_id" in annotation ? annotation.file_id : JSON.stringify(annotation)}`;
  }
}

/** The citations and file references of an output_text part, each once. */
export function TextAnnotations({
  annotations,
}: {
  annotations: readonly Annotation[];
}) {
  const unique = [
    ...new Map(annotations.map((a) => [citationKey(a), a])).values(),
  ];
  if (unique.length === 0) return null;
  return (
    <ul aria-label="Citations" className="flex flex-wrap gap-1.5">
      {unique.map((annotation) => (
        <li key={citationKey(annotation)} className="max-w-full">
          <AnnotationChip annotation={annotation} />
        </li>
      ))}
    </ul>
  );
}
