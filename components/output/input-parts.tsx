"use client";

import { FileAudio, FileText, ImageIcon } from "lucide-react";
import { isRecord, readString } from "@/lib/protocol/json";

/** A file the message carried by reference, named as the request names it. */
function PartChip({
  Icon,
  children,
}: {
  Icon: typeof FileText;
  children: string;
}) {
  return (
    <span className="inline-flex max-w-full items-center gap-1.5 self-start rounded-md bg-zinc-900/60 px-2 py-1 font-mono text-xs break-all text-zinc-300">
      <Icon className="size-3.5 shrink-0" aria-hidden />
      {children}
    </span>
  );
}

/** The content part types {@link InputPart} shows as what they carry rather than as JSON. */
export const MEDIA_PART_TYPES = new Set([
  "input_image",
  "input_file",
  "input_audio",
]);

/** One content part of an input message: text as typed, an image shown, a file or a recording named. */
export function InputPart({ part }: { part: unknown }) {
  if (!isRecord(part))
    return <span className="break-all">{JSON.stringify(part)}</span>;
  switch (part.type) {
    case "input_text":
      return <span>{readString(part, "text")}</span>;
    case "input_image": {
      const url = readString(part, "image_url");
      if (url)
        return (
          // eslint-disable-next-line @next/next/no-img-element -- a data URL or the user's own URL; next/image would need every host configured.
          <img
            src={url}
            alt="Input image"
            className="max-h-40 max-w-full self-start rounded border border-zinc-700"
          />
        );
      return (
        <PartChip Icon={ImageIcon}>
          {`image ${readString(part, "file_id") ?? ""}`}
        </PartChip>
      );
    }
    case "input_file":
      return (
        <PartChip Icon={FileText}>
          {readString(part, "filename") ??
            readString(part, "file_id") ??
            readString(part, "file_url") ??
            "file"}
        </PartChip>
      );
    case "input_audio": {
      const format = isRecord(part.input_audio)
        ? readString(part.input_audio, "format")
        : null;
      return (
        <PartChip Icon={FileAudio}>
          {`audio${format ? ` (${format})` : ""}`}
        </PartChip>
      );
    }
    default:
      return <span className="break-all">{JSON.stringify(part)}</span>;
  }
}

/** A sent message's content: its text as typed, or each of its parts in order. */
export function SentMessageParts({ content }: { content: unknown }) {
  if (typeof content === "string") return content;
  if (!Array.isArray(content))
    return <span className="break-all">{JSON.stringify(content)}</span>;
  return (
    <span className="flex flex-col gap-1.5">
      {(content as unknown[]).map((part, index) => (
        <InputPart key={index} part={part} />
      ))}
    </span>
  );
}
