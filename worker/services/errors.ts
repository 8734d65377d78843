/** An error the API answers with: a status code and the `{ error: { code, message, file, line } }` body. */
import type { ApiErrorBody } from '../schemas/reviews.ts';

export class ApiFailure extends Error {
  readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;
  readonly body: ApiErrorBody;

  constructor(status: ApiFailure['status'], body: ApiErrorBody) {
    super(body.message);
    this.status = status;
    this.body = body;
  }
}
