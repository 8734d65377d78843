// Workers rate limits count in fixed windows (60 s in wrangler.toml), and a loop that happens to straddle a window
// boundary starts counting again. So the tests send until the limit answers, allowing for one boundary, instead of
// expecting the 429 at an exact attempt: the 2026-12-05 CI run failed on exactly that race.
export async function sendUntilLimited(send: () => Promise<Response>, limit: number): Promise<{ passed: Response[]; limited: Response | undefined }> {
  const passed: Response[] = [];
  for (let attempt = 0; attempt < 2 * limit + 2; attempt++) {
    const response = await send();
    if (response.status === 429) return { passed, limited: response };
    passed.push(response);
  }
  return { passed, limited: undefined };
}
