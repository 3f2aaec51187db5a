import type { Metadata } from "next";
import { ResponseInspector } from "@/components/response/response-inspector";

interface InspectorPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Without `?upstream=` a permalink means the local engine, the default upstream. */
async function upstreamOf(searchParams: InspectorPageProps["searchParams"]) {
  const upstream = (await searchParams).upstream;
  const value = Array.isArray(upstream) ? upstream[0] : upstream;
  return value && value.trim() !== "" ? value : "local";
}

export async function generateMetadata({
  params,
}: InspectorPageProps): Promise<Metadata> {
  const { id } = await params;
  return { title: `Response ${id} · Responses Playground` };
}

export default async function ResponseInspectorPage({
  params,
  searchParams,
}: InspectorPageProps) {
  const { id } = await params;
  const upstream = await upstreamOf(searchParams);
  return (
    <ResponseInspector key={`${upstream}/${id}`} id={id} upstream={upstream} />
  );
}
