import { describe, expect, it } from 'vitest';
import { loadTerraformWasmInWorker } from '../../checks/worker.ts';
import { prepareTerraform, readTerraformProject } from '../../checks/index.ts';

describe('Terraform inside workerd', () => {
  it('loads the HCL parser from precompiled modules and evaluates a .tf snippet', async () => {
    await prepareTerraform(loadTerraformWasmInWorker);
    const project = readTerraformProject([
      { path: 'main.tf', text: 'variable "env" {\n  default = "prod"\n}\nresource "aws_s3_bucket" "logs" {\n  count  = 2\n  bucket = "logs-${var.env}-${count.index}"\n}\n' },
    ]);
    expect(project.diagnostics).toEqual([]);
    expect(project.resources.map((resource) => resource.address)).toEqual(['aws_s3_bucket.logs[0]', 'aws_s3_bucket.logs[1]']);
    const body = project.resources[1]?.body;
    expect(body?.kind === 'map' && body.entries.get('bucket')?.value).toMatchObject({ kind: 'scalar', value: 'logs-prod-1' });
  });
});
