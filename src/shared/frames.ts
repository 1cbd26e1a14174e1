/** The page a tab shows, from `webNavigation.getAllFrames`: its top document's URL and every frame's URL. */
export function pageOfFrames(frames: readonly { frameId: number; url: string }[]): { pageUrl: string; urls: string[] } {
  const top = frames.find((f) => f.frameId === 0);
  const urls = frames.map((f) => f.url);
  return { pageUrl: top?.url ?? urls[0] ?? '', urls };
}
