/**
 * The numbers an assessment uses when the profile leaves one out, and the thresholds every check shares. Each
 * default used is stated in the report's assumptions, so a reader can see what was guessed.
 */

/** Requests one instance or task serves per second, when the customer does not say. */
export const defaultPerInstanceRps = 100;
/** Average Lambda duration: concurrency = requests per second × seconds per request. */
export const defaultLambdaDurationMs = 200;
/** Database connections each instance or task opens (its pool size). */
export const defaultConnectionsPerInstance = 10;
/** Share of peak requests that write to the database, when no write rate is given. */
export const defaultWriteShare = 0.1;

/**
 * Capacity must cover the need with 30 % to spare to pass: forecasts miss, retries add load, and a zone lost
 * mid-event takes a third of a three-zone fleet. Covering the need without the spare is a warning; less, a failure.
 */
export const headroom = 1.3;

/** Lambda concurrent executions per account and Region by default (Service Quotas L-B99A9384). */
export const lambdaAccountConcurrency = 1000;
/** Lambda keeps at least this much concurrency unreserved for functions without a reservation. */
export const lambdaUnreservedMinimum = 100;
/** Each function scales by this many execution environments every 10 seconds. */
export const lambdaScalingPer10Seconds = 1000;

/** DynamoDB table-level write quota (L-AB614373), on-demand write request units or provisioned WCU. */
export const dynamoTableWriteQuota = 40_000;
/** DynamoDB account-level provisioned write quota (L-34F8CCC8). */
export const dynamoAccountWriteQuota = 80_000;
/** Writes per second a new on-demand table serves at once, before it has a previous peak to double. */
export const dynamoNewTableWrites = 4_000;

/** The evaluation window of a WAF rate-based rule when `EvaluationWindowSec` is left out. */
export const wafDefaultWindowSeconds = 300;
/** A rate limit passes when it allows twice what one busy customer sends in a window (shared NAT addresses, retries). */
export const wafCustomerMargin = 2;
