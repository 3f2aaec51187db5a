"use client";

import { useState } from "react";
import { ArrowUp, Send, Square, Trash2 } from "lucide-react";
import { preloadTurnView } from "@/components/output/output-panel";
import { preloadEventList } from "@/components/inspector/events-panel";
import { preloadMarkdownText } from "@/components/output/lazy-markdown-text";
import { ShareButton } from "@/components/share/share-button";
import { Button } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/form-controls";
import { MESSAGE_ROLES, type DraftMessage } from "@/lib/request/draft";
import { answerItems, answerProblems } from "@/lib/run/pending-answers";
import {
  isTurnActive,
  preloadSendDraft,
  sendDraft,
} from "@/lib/run/send-draft";
import { stopTurn } from "@/lib/run/turn-runner";
import {
  useComposerActions,
  useComposerStore,
} from "@/lib/stores/composer-store";
import { useRunStore } from "@/lib/stores/run-store";
import { AddItemMenu } from "./add-item-menu";
import { attachFiles } from "@/lib/run/attachment-files";
import { AttachControls, AttachmentList } from "./attachments";
import { DraftProblemList } from "./draft-problem-list";
import { JsonItemFields } from "./json-item-fields";
import { ThreadOriginBanner } from "./thread-origin-banner";
import { ToolOutputFields } from "./tool-output-fields";

interface MessageRowProps {
  message: DraftMessage;
  /** The last user message is the one named "Input": the box a person types the next turn into. */
  isPrimary: boolean;
  position: number;
  removable: boolean;
}

function MessageRow({
  message,
  isPrimary,
  position,
  removable,
}: MessageRowProps) {
  const { updateMessage, removeMessage, moveMessage } = useComposerActions();
  const label = isPrimary ? "Input" : `Message ${position} (${message.role})`;
  return (
    <div className="flex items-start gap-2">
      <Select
        aria-label={`Role of ${label}`}
        className="h-8 w-28 shrink-0 text-xs"
        value={message.role}
        onChange={(event) =>
          updateMessage(message.id, {
            role: event.target.value as DraftMessage["role"],
          })
        }
      >
        {MESSAGE_ROLES.map((role) => (
          <option key={role} value={role}>
            {role}
          </option>
        ))}
      </Select>
      <Textarea
        aria-label={label}
        rows={isPrimary ? 3 : 2}
        placeholder={
          isPrimary ? "Message the model… (Ctrl+Enter to send)" : "Message text"
        }
        className="flex-1 font-sans text-sm"
        value={message.text}
        onChange={(event) =>
          updateMessage(message.id, { text: event.target.value })
        }
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void sendDraft();
          }
        }}
      />
      {removable ? (
        <div className="flex flex-col">
          <Button
            variant="ghost"
            size="icon"
            aria-label={`Move ${label} up`}
            disabled={position === 1}
            onClick={() => moveMessage(message.id, -1)}
          >
            <ArrowUp />
          </Button>
          <Button
            variant="ghost"
            size="icon"
            aria-label={`Remove ${label}`}
            onClick={() => removeMessage(message.id)}
          >
            <Trash2 />
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** The messages of the next turn, with Send and Stop: the bottom of the playground's middle column. */
export function MessageComposer() {
  const messages = useComposerStore((state) => state.draft.messages);
  const activeTurnId = useRunStore(
    (state) => state.turns.find(isTurnActive)?.id ?? null,
  );
  const primaryIndex = messages.findLastIndex(
    (message) => message.role === "user",
  );
  const hasToolOutput = useRunStore(
    (state) => answerItems(state.turns, state, state.origin).length > 0,
  );
  const answersReady = useRunStore(
    (state) => answerProblems(state.turns, state, state.origin).length === 0,
  );
  // An empty upstream is the server's default, not resolved until the list of upstreams arrives.
  const hasUpstream = useComposerStore((state) => state.draft.upstream !== "");
  const hasItems = useComposerStore((state) => state.draft.items.length > 0);
  const canSend =
    hasUpstream &&
    answersReady &&
    (hasToolOutput ||
      hasItems ||
      messages.some(
        (message) =>
          message.text.trim() !== "" || (message.attachments ?? []).length > 0,
      ));
  const primary = primaryIndex === -1 ? messages.length - 1 : primaryIndex;
  const primaryId = messages[primary]?.id;
  const heldBack = useComposerStore((state) => state.heldBack);
  const { addAttachments } = useComposerActions();
  const [attachErrors, setAttachErrors] = useState<string[]>([]);
  // Dropped and pasted files join the Input message, like files picked with Attach.
  const takeFiles = (files: File[]) => {
    if (!primaryId || files.length === 0) return false;
    void attachFiles(primaryId, files, addAttachments).then(setAttachErrors);
    return true;
  };
  return (
    <form
      aria-label="Compose"
      onFocus={() => {
        preloadTurnView();
        preloadEventList();
        preloadMarkdownText();
        preloadSendDraft();
      }}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes("Files")) event.preventDefault();
      }}
      onDrop={(event) => {
        if (takeFiles([...event.dataTransfer.files])) event.preventDefault();
      }}
      onPaste={(event) => {
        if (takeFiles([...event.clipboardData.files])) event.preventDefault();
      }}
      className="flex flex-col gap-2 border-t border-zinc-800 bg-zinc-950 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        void sendDraft();
      }}
    >
      <ThreadOriginBanner />
      <ToolOutputFields />
      <JsonItemFields />
      {messages.map((message, index) => (
        <div key={message.id} className="flex flex-col gap-1.5">
          <MessageRow
            message={message}
            isPrimary={index === primary}
            position={index + 1}
            removable={messages.length > 1}
          />
          <AttachmentList
            messageId={message.id}
            attachments={message.attachments ?? []}
          />
        </div>
      ))}
      {attachErrors.length > 0 ? (
        <ul
          role="alert"
          aria-label="Attachment problems"
          className="text-xs text-amber-300"
        >
          {attachErrors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
      {heldBack.length > 0 ? (
        <div
          role="alert"
          aria-label="Not sent"
          className="text-xs text-amber-300"
        >
          <p>
            Not sent: the request would leave these out. Fix them, then send
            again.
          </p>
          <DraftProblemList
            problems={heldBack}
            className="mt-1 list-disc pl-5"
          />
        </div>
      ) : null}
      {/* Wraps rather than pushing Send out of a narrow column; the hint is also the box's placeholder. */}
      <div className="flex flex-wrap items-center gap-2">
        <AddItemMenu />
        {primaryId ? (
          <AttachControls messageId={primaryId} onErrors={setAttachErrors} />
        ) : null}
        <ShareButton />
        <span className="ml-auto flex items-center gap-2">
          <span className="hidden text-xs text-zinc-500 2xl:inline">
            Ctrl+Enter sends
          </span>
          {activeTurnId ? (
            <Button variant="danger" onClick={() => stopTurn(activeTurnId)}>
              <Square /> Stop
            </Button>
          ) : (
            <Button type="submit" variant="primary" disabled={!canSend}>
              <Send /> Send
            </Button>
          )}
        </span>
      </div>
    </form>
  );
}
