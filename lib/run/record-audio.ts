import { MAX_INLINE_BYTES } from "@/lib/request/draft-attachments";
import { encodeWav, maxWavSeconds, mixToMono } from "./wav-encoder";

/** Recordings are resampled to 24 kHz mono: enough for speech, and 47 KB a second as WAV. */
export const RECORDING_SAMPLE_RATE = 24_000;

/** The longest recording whose WAV still fits the inline limit; the recorder stops itself there. */
export const MAX_RECORDING_SECONDS = maxWavSeconds(
  MAX_INLINE_BYTES,
  RECORDING_SAMPLE_RATE,
);

/** A recording in progress: stop it for its WAV file, or cancel it to release the microphone. */
export interface Recording {
  stop: () => Promise<File>;
  cancel: () => void;
}

/** Why the microphone could not be opened, in words a person can act on. */
function microphoneProblem(error: unknown): string {
  const name = error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError")
    return "Microphone permission was denied. Allow the microphone for this site to record, or attach an mp3 or wav file instead.";
  if (name === "NotFoundError")
    return "No microphone was found. Connect one to record, or attach an mp3 or wav file instead.";
  return `The microphone could not be opened${name ? ` (${name})` : ""}. Attach an mp3 or wav file instead.`;
}

/** The recorded clip (webm/ogg, whatever the browser records) decoded and re-encoded as WAV. */
async function toWav(recorded: Blob, name: string): Promise<File> {
  const context = new AudioContext({ sampleRate: RECORDING_SAMPLE_RATE });
  try {
    const audio = await context.decodeAudioData(await recorded.arrayBuffer());
    const channels = Array.from({ length: audio.numberOfChannels }, (_, i) =>
      audio.getChannelData(i),
    );
    const wav = encodeWav(mixToMono(channels), audio.sampleRate);
    return new File([wav.buffer as ArrayBuffer], name, { type: "audio/wav" });
  } catch {
    throw new Error(
      "The recording could not be converted to WAV. Try again, or attach an mp3 or wav file instead.",
    );
  } finally {
    void context.close();
  }
}

/** "recording-14-05-09.wav": the local time it started, so several recordings tell apart. */
function recordingName(started: Date): string {
  const time = [started.getHours(), started.getMinutes(), started.getSeconds()]
    .map((n) => String(n).padStart(2, "0"))
    .join("-");
  return `recording-${time}.wav`;
}

/** Opens the microphone and starts recording; a browser without MediaRecorder or a denied microphone gives the reason. */
export async function startRecording(): Promise<
  { recording: Recording } | { error: string }
> {
  if (
    typeof MediaRecorder === "undefined" ||
    typeof AudioContext === "undefined" ||
    !navigator.mediaDevices?.getUserMedia
  )
    return {
      error:
        "This browser cannot record audio (no MediaRecorder). Attach an mp3 or wav file instead.",
    };
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (error) {
    return { error: microphoneProblem(error) };
  }
  const release = () => stream.getTracks().forEach((track) => track.stop());
  const recorder = new MediaRecorder(stream);
  const chunks: Blob[] = [];
  recorder.addEventListener("dataavailable", (event) =>
    chunks.push(event.data),
  );
  const stopped = new Promise<void>((resolve) =>
    recorder.addEventListener("stop", () => resolve(), { once: true }),
  );
  const name = recordingName(new Date());
  recorder.start();
  return {
    recording: {
      stop: async () => {
        // The browser stops by itself when the microphone goes away (unplugged, revoked).
        if (recorder.state !== "inactive") recorder.stop();
        await stopped;
        release();
        return toWav(new Blob(chunks, { type: recorder.mimeType }), name);
      },
      cancel: () => {
        if (recorder.state !== "inactive") recorder.stop();
        release();
      },
    },
  };
}
