/** GET /api/openapi.json: the OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with. */
import { z } from 'zod';
import { Report } from '../../checks/index.ts';
import { createRouter } from '../app.ts';
import { ApiError, CreateReviewJson, fileRetentionDays, maxFiles, maxTotalBytes, ReviewCreated, StoredReview } from '../schemas/reviews.ts';
import { version } from '../version.ts';

const schema = (type: z.ZodType) => z.toJSONSchema(type, { target: 'draft-2020-12', unrepresentable: 'any' });

function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
}

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Plumbline review API',
      version,
      description: `Upload CloudFormation templates and get a Well-Architected report. At most ${maxFiles} files and ${maxTotalBytes / 1_048_576} MB per review; secrets are redacted before anything is stored; uploaded files are deleted after ${fileRetentionDays} days (the report stays).`,
    },
    paths: {
      '/api/reviews': {
        post: {
          summary: 'Check templates and store the report',
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/CreateReview' } },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    files: {
                      type: 'array',
                      items: { type: 'string', format: 'binary' },
                      description:
                        'One part per file; the filename may carry a folder path. A `.zip` part is unpacked: its templates are checked with their paths inside the archive, other entries are listed as skipped, and nested archives are refused.',
                    },
                    params: { type: 'string', description: 'JSON object of template parameter values.' },
                    language: { type: 'string', enum: ['en', 'zh-cn'] },
                    'cf-turnstile-response': { type: 'string', description: 'Turnstile token, when the human check is switched on.' },
                  },
                  required: ['files'],
                },
              },
            },
          },
          responses: {
            '201': { description: 'Checked and stored', content: { 'application/json': { schema: { $ref: '#/components/schemas/ReviewCreated' } } } },
            '400': errorResponse('Malformed request'),
            '403': errorResponse('The human check (Turnstile) is switched on and did not pass'),
            '413': errorResponse(`More than ${maxFiles} files or ${maxTotalBytes / 1_048_576} MB (counted after unpacking a .zip), or a .zip entry compressed more than 100:1`),
            '415': errorResponse('Unsupported file or media type, an unreadable .zip, or an archive nested inside a .zip'),
            '422': errorResponse('A template could not be parsed (file, line and column given), or no file is a template'),
            '429': errorResponse('Too many reviews from this address; see Retry-After'),
          },
        },
      },
      '/api/reviews/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          summary: 'The stored report',
          parameters: [{ name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'sarif', 'markdown', 'junit'], default: 'json' } }],
          responses: {
            '200': {
              description: 'The report',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/StoredReview' } },
                'application/sarif+json': { schema: { type: 'object' } },
                'text/markdown': { schema: { type: 'string' } },
                'application/xml': { schema: { type: 'string' } },
              },
            },
            '400': errorResponse('Unknown format'),
            '404': errorResponse('No such review'),
          },
        },
        delete: {
          summary: 'Delete the report and its files',
          security: [{ deleteToken: [] }],
          responses: { '204': { description: 'Deleted' }, '401': errorResponse('No token'), '403': errorResponse('Wrong token'), '404': errorResponse('No such review') },
        },
      },
      '/api/billing/webhook': {
        post: {
          summary: 'Stripe webhook: payment events for review requests and on-demand subscriptions',
          description:
            'Takes checkout.session.completed, checkout.session.async_payment_succeeded, checkout.session.async_payment_failed, checkout.session.expired and charge.refunded for review requests, and for the on-demand engineer checkout.session.completed and checkout.session.expired in subscription mode, customer.subscription.created, customer.subscription.updated, customer.subscription.deleted, invoice.paid and invoice.payment_failed. The Stripe-Signature header is verified over the raw body; each event id is applied at most once.',
          parameters: [{ name: 'Stripe-Signature', in: 'header', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', description: 'A Stripe event' } } } },
          responses: {
            '200': {
              description: 'Received; `outcome` says what it did',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      received: { type: 'boolean' },
                      id: { type: 'string' },
                      outcome: { type: 'string', enum: ['applied', 'no-change', 'duplicate', 'ignored', 'unknown-request', 'amount-mismatch'] },
                    },
                  },
                },
              },
            },
            '400': errorResponse('Missing, stale or wrong signature; nothing changed'),
            '503': errorResponse('Payments are not configured, or the event cannot be applied yet (Stripe retries it)'),
          },
        },
      },
    },
    components: {
      securitySchemes: { deleteToken: { type: 'http', scheme: 'bearer', description: 'The deleteToken returned when the review was created.' } },
      schemas: {
        CreateReview: schema(CreateReviewJson),
        ReviewCreated: schema(ReviewCreated),
        StoredReview: schema(StoredReview),
        Report: schema(Report),
        Error: schema(ApiError),
      },
    },
  };
}

export const openApi = createRouter().get('/', (c) => c.json(openApiDocument()));
