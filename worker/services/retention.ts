/** The daily retention job: uploaded files older than the retention period are deleted; reports stay. */
import { filesOf, markFilesDeleted, reviewsWithExpiredFiles, unreferencedBlobs } from '../db/reviews.ts';
import { deleteBlobs } from '../storage/files.ts';
import { deleteRenderedPages } from '../storage/pages.ts';

export async function deleteExpiredFiles(db: D1Database, files: R2Bucket, now: number): Promise<number> {
  let deleted = 0;
  for (;;) {
    const expired = await reviewsWithExpiredFiles(db, now);
    if (expired.length === 0) return deleted;
    for (const { id } of expired) {
      const blobs = (await filesOf(db, id)).map((file) => file.sha256);
      await markFilesDeleted(db, id, now);
      await deleteBlobs(files, await unreferencedBlobs(db, blobs));
      // Cached pages quote the files: they go with them.
      await deleteRenderedPages(files, id);
      deleted++;
    }
  }
}
