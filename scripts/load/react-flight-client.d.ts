/**
 * Types for the part of React's Flight client (the `react-server-dom-webpack`
 * build that Next.js ships inside `next/dist/compiled`) that
 * scripts/load/server-action.ts uses. Next publishes no declarations for it.
 */
declare module "next/dist/compiled/react-server-dom-webpack/client.node" {
  /** Values passed by reference in a reply that the response may hand back (e.g. an action returning its own input). */
  export type TemporaryReferenceSet = { readonly __brand: "TemporaryReferenceSet" };

  export function createTemporaryReferenceSet(): TemporaryReferenceSet;

  /** Serialises server action arguments the way the browser's client does: a string, or FormData when files or large values are involved. */
  export function encodeReply(value: unknown, options?: { temporaryReferences?: TemporaryReferenceSet; signal?: AbortSignal }): Promise<string | FormData>;

  /** Decodes a Flight (text/x-component) response. */
  export function createFromFetch<T>(
    response: Promise<Response>,
    options: {
      serverConsumerManifest: { moduleMap: Record<string, unknown>; serverModuleMap: Record<string, unknown> | null; moduleLoading: unknown };
      temporaryReferences?: TemporaryReferenceSet;
    },
  ): PromiseLike<T>;
}
