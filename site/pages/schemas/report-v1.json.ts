/** Publishes the JSON Schema of the check report, generated from the zod schema the engine uses. */
import { z } from 'zod';
import { Report } from '../../../checks/index.ts';

export function GET() {
  const schema = {
    $id: 'https://plumbline.dev/schemas/report-v1.json',
    title: 'Plumbline check report, version 1',
    ...z.toJSONSchema(Report, { target: 'draft-2020-12' }),
  };
  return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
}
