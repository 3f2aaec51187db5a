import { spawn, type ChildProcess } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { CHROMIUM_ARGS } from "../scripts/find-chromium";
import { stopOnExit } from "./stop-child";
import { stopChild } from "./stop-child";

/**
 * A headless Chromium driven over a bare DevTools pipe with only the Runtime domain in use. Playwright always
 * enables DevTools' Network domain, which copies every response body on the page's main thread; this page
 * has no such observer, as in a browser with DevTools closed.
 */
export interface BarePage {
  /** Evaluates an expression in the page and returns its (awaited) value. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

interface Message {
  id?: number;
  result?: { result?: { value?: unknown }; exceptionDetails?: unknown };
  error?: { message: string };
}

export async function openBarePage(
  executablePath: string,
  url: string,
): Promise<BarePage> {
  const chrome: ChildProcess = stopOnExit(
    spawn(
      executablePath,
      [
        ...CHROMIUM_ARGS,
        "--headless=new",
        "--remote-debugging-pipe",
        "--window-size=1440,900",
      ],
      { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] },
    ),
  );
  const commands = chrome.stdio[3] as Writable;
  const replies = chrome.stdio[4] as Readable;
  const waiting = new Map<number, (message: Message) => void>();
  let nextId = 0;
  let buffered = "";
  // The pipe carries JSON messages, each ended by a NUL byte.
  replies.on("data", (chunk: Buffer) => {
    const parts = (buffered + chunk.toString()).split("\0");
    buffered = parts.pop() ?? "";
    for (const part of parts) {
      const message = JSON.parse(part) as Message;
      if (message.id !== undefined) waiting.get(message.id)?.(message);
    }
  });
  // A Chromium that exits (or never starts) fails what waits on it rather than leaving the bench hanging.
  let exited: Error | null = null;
  const fail = (error: Error) => {
    exited ??= error;
    for (const answer of waiting.values()) answer({ error: exited });
  };
  chrome.once("exit", (code, signal) =>
    fail(new Error(`Chromium exited (${signal ?? code}).`)),
  );
  chrome.once("error", fail);
  commands.on("error", fail);
  replies.on("error", fail);
  const send = (
    method: string,
    params: object,
    sessionId?: string,
  ): Promise<Message> =>
    new Promise((resolve, reject) => {
      if (exited) return reject(exited);
      const id = ++nextId;
      waiting.set(id, (message) => {
        waiting.delete(id);
        if (message.error)
          reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message);
      });
      commands.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  const created = await send("Target.createTarget", { url });
  const { targetId } = created.result as unknown as { targetId: string };
  const attached = await send("Target.attachToTarget", {
    targetId,
    flatten: true,
  });
  const { sessionId } = attached.result as unknown as { sessionId: string };
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const reply = await send(
        "Runtime.evaluate",
        { expression, awaitPromise: true, returnByValue: true },
        sessionId,
      );
      if (reply.result?.exceptionDetails)
        throw new Error(
          `${expression.slice(0, 80)}: ${JSON.stringify(reply.result.exceptionDetails)}`,
        );
      return reply.result?.result?.value as T;
    },
    close: () => stopChild(chrome),
  };
}
