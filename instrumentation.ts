/** Next calls this once when a server starts: a bad variable is named in the log before the first request, not only in the answers to it. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { readEnv } = await import("./lib/env/env");
  try {
    readEnv();
  } catch (error) {
    // Pages and API calls still answer, each with this message in the API's envelope, so the server keeps running.
    console.error(error instanceof Error ? error.message : String(error));
  }
}
