"use client";

import { FileAudio, FileText, Link2, Paperclip, Upload, X } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/form-controls";
import {
  IMAGE_DETAILS,
  MAX_INLINE_BYTES,
  MAX_INLINE_TOTAL_BYTES,
  formatBytes,
  type DraftAttachment,
} from "@/lib/request/draft-attachments";
import { attachmentPart } from "@/lib/request/build-parts";
import {
  attachFiles,
  pickedFile,
  urlAttachment,
} from "@/lib/run/attachment-files";
import { uploadFile } from "@/lib/run/upload-file";
import { useApiKeyStore } from "@/lib/stores/api-key-store";
import { useAttachmentRestore } from "@/lib/stores/attachment-persistence";
import {
  useComposerActions,
  useComposerStore,
} from "@/lib/stores/composer-store";
import { RecordAudioButton } from "./record-audio-button";

const ACCEPT =
  "image/*,application/pdf,text/*,.md,.csv,.json,audio/mpeg,audio/mp3,audio/wav,audio/x-wav,.mp3,.wav";

function Thumbnail({ attachment }: { attachment: DraftAttachment }) {
  const src =
    attachment.kind !== "image"
      ? null
      : attachment.source === "data"
        ? attachment.data
        : attachment.source === "url"
          ? attachment.url
          : "";
  if (src) {
    // A data URL or the user's own URL: next/image would need every host configured.
    // eslint-disable-next-line @next/next/no-img-element
    return <img src={src} alt="" className="size-10 rounded object-cover" />;
  }
  const Icon = attachment.kind === "audio" ? FileAudio : FileText;
  return (
    <span className="flex size-10 items-center justify-center rounded bg-zinc-800 text-zinc-400">
      <Icon className="size-5" aria-hidden />
    </span>
  );
}

function AttachmentRow({
  messageId,
  attachment,
}: {
  messageId: string;
  attachment: DraftAttachment;
}) {
  const { updateAttachment, removeAttachment } = useComposerActions();
  const upstream = useComposerStore((state) => state.draft.upstream);
  const apiKey = useApiKeyStore((state) => state.keys[upstream] ?? null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const restoring = useAttachmentRestore((state) => state.restoring);
  const built = attachmentPart(attachment);
  // Until IndexedDB has answered, empty content is a restore in progress, not a lost file.
  const problem =
    "problem" in built && !(restoring && attachment.data === "")
      ? built.problem
      : null;
  const file = pickedFile(attachment.id);
  const upload = async () => {
    if (!file) return;
    setUploading(true);
    setUploadError(null);
    try {
      const fileId = await uploadFile(upstream, file, apiKey);
      updateAttachment(messageId, attachment.id, {
        source: "file_id",
        fileId,
        data: "",
      });
    } catch (error) {
      setUploadError(error instanceof Error ? error.message : String(error));
    } finally {
      setUploading(false);
    }
  };
  const where =
    attachment.source === "file_id"
      ? attachment.fileId
      : attachment.source === "url"
        ? "by URL"
        : formatBytes(attachment.size);
  return (
    <li
      aria-label={attachment.name}
      className="flex items-center gap-2 rounded-md border border-zinc-800 bg-zinc-900/60 p-1.5 pr-1"
    >
      <Thumbnail attachment={attachment} />
      <div className="flex min-w-0 flex-1 flex-col">
        <span className="truncate text-xs text-zinc-200">
          {attachment.name}
        </span>
        <span className="truncate font-mono text-[11px] text-zinc-500">
          {attachment.kind}
          {attachment.kind === "audio" ? ` · ${attachment.format}` : ""} ·{" "}
          {where}
        </span>
        {problem || uploadError ? (
          <span role="alert" className="text-[11px] text-amber-300">
            {uploadError ?? problem}
          </span>
        ) : null}
      </div>
      {attachment.kind === "image" ? (
        <Select
          aria-label={`Detail of ${attachment.name}`}
          className="h-7 w-24 text-xs"
          value={attachment.detail}
          onChange={(event) =>
            updateAttachment(messageId, attachment.id, {
              detail: event.target.value as DraftAttachment["detail"],
            })
          }
        >
          {IMAGE_DETAILS.map((detail) => (
            <option key={detail} value={detail}>
              {detail}
            </option>
          ))}
        </Select>
      ) : null}
      {file && attachment.source === "data" && attachment.kind !== "audio" ? (
        <Button
          variant="ghost"
          size="icon"
          aria-label={`Upload ${attachment.name} to the Files API`}
          title="Upload to the Files API and send by file_id"
          disabled={uploading}
          onClick={() => void upload()}
        >
          <Upload />
        </Button>
      ) : null}
      <Button
        variant="ghost"
        size="icon"
        aria-label={`Remove ${attachment.name}`}
        onClick={() => removeAttachment(messageId, attachment.id)}
      >
        <X />
      </Button>
    </li>
  );
}

/** The attachments of one message, each with its thumbnail, size, detail and Remove button. */
export function AttachmentList({
  messageId,
  attachments,
}: {
  messageId: string;
  attachments: readonly DraftAttachment[];
}) {
  if (attachments.length === 0) return null;
  return (
    // Two columns only where each row still has room for its file name.
    <ul
      aria-label="Attachments"
      className="grid grid-cols-[repeat(auto-fill,minmax(18rem,1fr))] gap-1.5"
    >
      {attachments.map((attachment) => (
        <AttachmentRow
          key={attachment.id}
          messageId={messageId}
          attachment={attachment}
        />
      ))}
    </ul>
  );
}

/** "Attach" (a file chooser for images, PDFs, text and audio), "Record audio" and "URL", for the message `messageId`. */
export function AttachControls({
  messageId,
  onErrors,
}: {
  messageId: string;
  onErrors: (errors: string[]) => void;
}) {
  const { addAttachments } = useComposerActions();
  const input = useRef<HTMLInputElement>(null);
  const [urlOpen, setUrlOpen] = useState(false);
  const [url, setUrl] = useState("");
  const addUrl = () => {
    if (url.trim() === "") return;
    const kind = /\.pdf($|\?)/i.test(url) ? "file" : "image";
    addAttachments(messageId, [urlAttachment(url.trim(), kind)]);
    setUrl("");
    setUrlOpen(false);
  };
  return (
    <>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        className="hidden"
        aria-hidden
        tabIndex={-1}
        onChange={(event) => {
          const files = event.target.files ? [...event.target.files] : [];
          event.target.value = "";
          void attachFiles(messageId, files, addAttachments).then(onErrors);
        }}
      />
      <Button
        variant="ghost"
        size="sm"
        title={`Images, PDFs, text and mp3/wav audio; up to ${formatBytes(MAX_INLINE_BYTES)} each and ${formatBytes(MAX_INLINE_TOTAL_BYTES)} in all inline`}
        onClick={() => input.current?.click()}
      >
        <Paperclip /> Attach
      </Button>
      <RecordAudioButton messageId={messageId} onErrors={onErrors} />
      {urlOpen ? (
        <span className="flex items-center gap-1">
          <Input
            aria-label="Image or file URL"
            className="h-7 w-56 text-xs"
            placeholder="https://…/photo.png"
            value={url}
            autoFocus
            onChange={(event) => setUrl(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                addUrl();
              }
              if (event.key === "Escape") setUrlOpen(false);
            }}
          />
          <Button variant="secondary" size="sm" onClick={addUrl}>
            Add URL
          </Button>
        </span>
      ) : (
        <Button variant="ghost" size="sm" onClick={() => setUrlOpen(true)}>
          <Link2 /> URL
        </Button>
      )}
    </>
  );
}
