/** Report JSON in R2, one object per review (reports/<id>.json): it can be megabytes, which D1 refuses. */

export const reportKey = (id: string) => `reports/${id}.json`;

export async function putReport(bucket: R2Bucket, id: string, json: string): Promise<void> {
  await bucket.put(reportKey(id), json, { httpMetadata: { contentType: 'application/json' } });
}

export async function getReportJson(bucket: R2Bucket, id: string): Promise<string | undefined> {
  const object = await bucket.get(reportKey(id));
  return object ? object.text() : undefined;
}

export async function deleteReport(bucket: R2Bucket, id: string): Promise<void> {
  await bucket.delete(reportKey(id));
}
