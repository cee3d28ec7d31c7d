/** Counts page renders in this process: the `X-Newsroom-Render` header shows whether a response came from the cache. */
let renders = 0;

export function nextRender(): string {
  renders += 1;
  return String(renders);
}
