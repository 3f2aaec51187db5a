import { planEcho } from "./echo-plan";
import type { LocalModel } from "./types";

/** The model any unknown id resolves to, so every model id a client sends works. */
export const DEFAULT_MODEL_ID = "local-echo";

const localEcho: LocalModel = {
  id: DEFAULT_MODEL_ID,
  description:
    "Deterministic local model (a program, no weights): describes the input it received and repeats your last message. " +
    "Reasons only when `reasoning` is set. Understands /refuse, /fail, /error, /http N, /words N, /markdown and /playback NAME.",
  reasonsByDefault: false,
  plan: (context) => planEcho(context, DEFAULT_MODEL_ID),
};

const localEchoReasoning: LocalModel = {
  id: "local-echo-reasoning",
  description:
    "Deterministic local model (a program, no weights) that always reasons first, like the o-series: " +
    "describes the input it received and repeats your last message. Understands the same directives as local-echo.",
  reasonsByDefault: true,
  plan: (context) => planEcho(context, "local-echo-reasoning"),
};

/** The local models in listing order; the first is the default. */
export const localModels: LocalModel[] = [localEcho, localEchoReasoning];

/** Finds a local model by id; any other id gets the default echo model. */
export function resolveModel(id: string): LocalModel {
  return localModels.find((model) => model.id === id) ?? localEcho;
}
