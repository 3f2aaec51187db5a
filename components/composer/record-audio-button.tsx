"use client";

import { Loader2, Mic, Square } from "lucide-react";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { MAX_INLINE_BYTES, formatBytes } from "@/lib/request/draft-attachments";
import { attachFiles } from "@/lib/run/attachment-files";
import {
  MAX_RECORDING_SECONDS,
  startRecording,
  type Recording,
} from "@/lib/run/record-audio";
import { useComposerActions } from "@/lib/stores/composer-store";

/** Seconds as "m:ss". */
function clock(seconds: number): string {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

type State =
  | { phase: "idle" }
  | { phase: "starting" }
  | { phase: "recording"; recording: Recording; startedAt: number }
  | { phase: "converting" };

/** "Record audio": records the microphone, then attaches the clip as WAV to the message `messageId`. */
export function RecordAudioButton({
  messageId,
  onErrors,
}: {
  messageId: string;
  onErrors: (errors: string[]) => void;
}) {
  const { addAttachments } = useComposerActions();
  const [state, setState] = useState<State>({ phase: "idle" });
  const [now, setNow] = useState(0);
  const active = useRef<Recording | null>(null);
  // Leaving the page mid-recording must not keep the microphone open.
  useEffect(() => () => active.current?.cancel(), []);

  const start = async () => {
    setState({ phase: "starting" });
    const started = await startRecording();
    if ("error" in started) {
      setState({ phase: "idle" });
      onErrors([started.error]);
      return;
    }
    active.current = started.recording;
    onErrors([]);
    const startedAt = Date.now();
    setNow(startedAt);
    setState({ phase: "recording", recording: started.recording, startedAt });
  };

  const stop = async (recording: Recording) => {
    active.current = null;
    setState({ phase: "converting" });
    try {
      const file = await recording.stop();
      onErrors(await attachFiles(messageId, [file], addAttachments));
    } catch (error) {
      onErrors([error instanceof Error ? error.message : String(error)]);
    } finally {
      setState({ phase: "idle" });
    }
  };

  const stopAtLimit = useEffectEvent((recording: Recording) => {
    void stop(recording);
  });
  useEffect(() => {
    if (state.phase !== "recording") return;
    const { recording, startedAt } = state;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      // At the inline limit the recording stops by itself, so it can always be sent.
      if (at - startedAt >= MAX_RECORDING_SECONDS * 1000)
        stopAtLimit(recording);
    }, 250);
    return () => clearInterval(timer);
  }, [state]);

  if (state.phase === "recording")
    return (
      <span className="flex items-center gap-1.5 rounded-md bg-rose-500/10 pl-2 text-xs text-rose-300">
        <span
          aria-hidden
          className="size-2 animate-pulse rounded-full bg-rose-500"
        />
        <span role="timer" aria-label="Recording time" className="font-mono">
          {clock((now - state.startedAt) / 1000)} /{" "}
          {clock(MAX_RECORDING_SECONDS)}
        </span>
        <Button
          variant="ghost-danger"
          size="sm"
          onClick={() => void stop(state.recording)}
        >
          <Square className="fill-current" /> Stop recording
        </Button>
      </span>
    );
  const busy = state.phase !== "idle";
  return (
    // "Record" is shown so the toolbar fits one line of the composer column; the name says what.
    <Button
      variant="ghost"
      size="sm"
      aria-label="Record audio"
      disabled={busy}
      title={`Records the microphone as WAV (24 kHz mono, about 47 KB a second); up to ${clock(MAX_RECORDING_SECONDS)}, which fits the ${formatBytes(MAX_INLINE_BYTES)} inline limit`}
      onClick={() => void start()}
    >
      {busy ? <Loader2 className="animate-spin" /> : <Mic />} Record
    </Button>
  );
}
