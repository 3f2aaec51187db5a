import type { ApiReply } from "@/lib/api/api-reply";
import { notFound } from "./errors";
import { json } from "./http/respond";
import { localModels } from "./model/local-models";

/** A fixed timestamp keeps the model list deterministic. */
const modelsCreatedAt = 1_767_225_600;

function modelBody(id: string) {
  return {
    id,
    object: "model",
    created: modelsCreatedAt,
    owned_by: "local-engine",
  };
}

export function listModels(): ApiReply {
  return json({
    object: "list",
    data: localModels.map((model) => modelBody(model.id)),
  });
}

export function retrieveModel(id: string): ApiReply {
  if (!localModels.some((model) => model.id === id))
    throw notFound(`The model '${id}' does not exist.`, "model");
  return json(modelBody(id));
}
