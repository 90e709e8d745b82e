import { describe, expect, it } from "vitest";
import { cachedComparison, cachedPage, type Comparison } from "./public-cache";

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
};

describe("the public pages' memory", () => {
  // Regression: a burst of anonymous requests for a compare page not yet in memory
  // computed the diff once per request, each holding the server for seconds.
  it("renders a page once for concurrent requests that all miss", async () => {
    const key = `page-${crypto.randomUUID()}`;
    const gate = deferred<string>();
    let renders = 0;
    const render = () => {
      renders++;
      return gate.promise;
    };
    const pending = Array.from({ length: 20 }, () => cachedPage(key, render));
    gate.resolve("<p>page</p>");
    const pages = await Promise.all(pending);
    expect(renders).toBe(1);
    expect(new Set(pages.map((page) => new TextDecoder().decode(page!)))).toEqual(new Set(["<p>page</p>"]));
    expect(await cachedPage(key, render)).toBe(pages[0]);
    expect(renders).toBe(1);
  });

  // Regression: the comparison of two versions was recomputed on every request.
  it("computes the comparison of a pair of versions once, and again for another pair", async () => {
    const [a, b, c] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    let computed = 0;
    const compute = async (): Promise<Comparison> => {
      computed++;
      return { changes: [], sections: [{ anchor: "s", heading: "S", status: "changed", parts: [{ value: "x", added: true }] }] };
    };
    const first = await Promise.all([cachedComparison(a, b, compute), cachedComparison(a, b, compute)]);
    expect(await cachedComparison(a, b, compute)).toBe(first[0]);
    expect(first[1]).toBe(first[0]);
    expect(computed).toBe(1);
    await cachedComparison(b, a, compute);
    await cachedComparison(a, c, compute);
    expect(computed).toBe(3);
  });

  it("remembers nothing when there is nothing to show, so a later request asks again", async () => {
    const key = `missing-${crypto.randomUUID()}`;
    let renders = 0;
    const render = async () => {
      renders++;
      return null;
    };
    expect(await cachedPage(key, render)).toBeNull();
    expect(await cachedPage(key, render)).toBeNull();
    expect(renders).toBe(2);
  });
});
