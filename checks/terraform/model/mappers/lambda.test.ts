import { describe, expect, it } from 'vitest';
import { resourcesOf, value, where } from './support/snippets.ts';

const functions = (text: string) => resourcesOf(text, 'aws.lambda.function');

describe('aws_lambda_function', () => {
  it('reads the runtime, memory, architecture and tracing mode, pointing at each', () => {
    const orders = functions(`resource "aws_lambda_function" "orders" {
  function_name = "orders"
  runtime       = "nodejs22.x"
  memory_size   = 512
  architectures = ["arm64"]

  tracing_config {
    mode = "Active"
  }
}
`).get('aws_lambda_function.orders')!;
    expect(where(orders.runtime)).toEqual({ value: 'nodejs22.x', line: 3, property: 'runtime' });
    expect(where(orders.memorySize)).toEqual({ value: 512, line: 4, property: 'memory_size' });
    expect(value(orders.architecture)).toBe('arm64');
    expect(where(orders.architecture).line).toBe(5);
    expect(where(orders.tracingMode)).toEqual({ value: 'Active', line: 8, property: 'mode' });
    expect(value(orders.packageType)).toBe('absent');
  });

  it('leaves an architecture list known only at apply time unknown, and an empty one at the default', () => {
    const all = functions(`variable "architectures" {
  type = list(string)
}

resource "aws_lambda_function" "planned" {
  architectures = var.architectures
}

resource "aws_lambda_function" "empty" {
  architectures = []
}
`);
    expect(value(all.get('aws_lambda_function.planned')!.architecture)).toBe('unknown');
    expect(value(all.get('aws_lambda_function.empty')!.architecture)).toBe('absent');
  });

  it('keeps where each environment value comes from: written, another resource, or unknown', () => {
    const orders = functions(`variable "token" {
  type = string
}

resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

resource "aws_lambda_function" "orders" {
  environment {
    variables = {
      DB_PASSWORD   = "hunter2"
      DB_SECRET_ARN = aws_secretsmanager_secret.db.arn
      API_TOKEN     = var.token
      GREETING      = "hello \${var.token}"
    }
  }
}
`).get('aws_lambda_function.orders')!;
    expect(orders.environment.map((variable) => [variable.name, variable.origin])).toEqual([
      ['DB_PASSWORD', 'literal'],
      ['DB_SECRET_ARN', 'resource-reference'],
      ['API_TOKEN', 'unknown'],
      ['GREETING', 'unknown'],
    ]);
    expect(where(orders.environment[0]!.value)).toEqual({ value: 'hunter2', line: 12, property: 'DB_PASSWORD' });
  });

  it('reads -1 reserved concurrency as no reservation, and the largest provisioned concurrency configured for the function', () => {
    const all = functions(`resource "aws_lambda_function" "shared" {
  reserved_concurrent_executions = -1
}

resource "aws_lambda_function" "api" {
  reserved_concurrent_executions = 50
}

resource "aws_lambda_provisioned_concurrency_config" "live" {
  function_name                     = aws_lambda_function.api.function_name
  qualifier                         = "live"
  provisioned_concurrent_executions = 10
}

resource "aws_lambda_provisioned_concurrency_config" "canary" {
  function_name                     = aws_lambda_function.api.function_name
  qualifier                         = "canary"
  provisioned_concurrent_executions = 2
}
`);
    expect(value(all.get('aws_lambda_function.shared')!.reservedConcurrency)).toBe('absent');
    const api = all.get('aws_lambda_function.api')!;
    expect(value(api.reservedConcurrency)).toBe(50);
    expect(where(api.provisionedConcurrency)).toEqual({ value: 10, line: 12, property: 'provisioned_concurrent_executions' });
  });
});
