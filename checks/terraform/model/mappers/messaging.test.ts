import { describe, expect, it } from 'vitest';
import { resourcesOf, value, where } from './support/snippets.ts';

const queues = (text: string) => resourcesOf(text, 'aws.sqs.queue');

describe('aws_sqs_queue', () => {
  it('reads the receive wait time and the queues a Lambda event source mapping polls', () => {
    const all = queues(`resource "aws_sqs_queue" "jobs" {
  receive_wait_time_seconds = 20
}

resource "aws_sqs_queue" "orders" {}

resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn = aws_sqs_queue.orders.arn
  function_name    = "orders-worker"
}
`);
    expect(where(all.get('aws_sqs_queue.jobs')!.receiveWaitSeconds)).toEqual({ value: 20, line: 2, property: 'receive_wait_time_seconds' });
    expect(value(all.get('aws_sqs_queue.orders')!.receiveWaitSeconds)).toBe('absent');
    expect(all.get('aws_sqs_queue.jobs')!.polledByLambda).toBe(false);
    expect(all.get('aws_sqs_queue.orders')!.polledByLambda).toBe(true);
  });

  it('finds the dead-letter queue a redrive policy names through jsonencode', () => {
    const all = queues(`resource "aws_sqs_queue" "orders" {
  name = "orders"
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.orders_dlq.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue" "orders_dlq" {
  name = "orders-dlq"
}
`);
    expect(where(all.get('aws_sqs_queue.orders')!.redrivePolicy)).toEqual({ value: true, line: 3, property: 'redrive_policy' });
    expect(all.get('aws_sqs_queue.orders')!.isDeadLetterQueue).toBe(false);
    expect(all.get('aws_sqs_queue.orders_dlq')!.isDeadLetterQueue).toBe(true);
  });

  it('finds the dead-letter queue a literal JSON policy names by ARN', () => {
    const all = queues(`resource "aws_sqs_queue" "legacy" {
  redrive_policy = "{\\"deadLetterTargetArn\\":\\"arn:aws:sqs:eu-west-1:123456789012:legacy-dlq\\",\\"maxReceiveCount\\":3}"
}

resource "aws_sqs_queue" "legacy_dlq" {
  name = "legacy-dlq"
}
`);
    expect(all.get('aws_sqs_queue.legacy_dlq')!.isDeadLetterQueue).toBe(true);
  });

  it('takes the redrive policy of an aws_sqs_queue_redrive_policy resource', () => {
    const all = queues(`resource "aws_sqs_queue" "reports" {
  name = "reports"
}

resource "aws_sqs_queue" "reports_dlq" {
  name = "reports-dlq"
}

resource "aws_sqs_queue_redrive_policy" "reports" {
  queue_url = aws_sqs_queue.reports.id
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.reports_dlq.arn
    maxReceiveCount     = 4
  })
}
`);
    expect(where(all.get('aws_sqs_queue.reports')!.redrivePolicy)).toEqual({ value: true, line: 11, property: 'redrive_policy' });
    expect(all.get('aws_sqs_queue.reports_dlq')!.isDeadLetterQueue).toBe(true);
  });

  it('reads no policy from null or an empty string, and an open one from a variable without a value', () => {
    const all = queues(`variable "redrive" {
  type = string
}

resource "aws_sqs_queue" "empty" {
  redrive_policy = ""
}

resource "aws_sqs_queue" "none" {
  redrive_policy = null
}

resource "aws_sqs_queue" "open" {
  redrive_policy = var.redrive
}
`);
    expect(where(all.get('aws_sqs_queue.empty')!.redrivePolicy)).toEqual({ value: 'absent', line: 6, property: 'redrive_policy' });
    expect(where(all.get('aws_sqs_queue.none')!.redrivePolicy)).toEqual({ value: 'absent', line: 9, property: 'redrive_policy' });
    expect(value(all.get('aws_sqs_queue.open')!.redrivePolicy)).toBe('unknown');
  });

  it('marks queues that functions, invoke configs, event sources, rules, schedules and subscriptions send failures to', () => {
    const all = queues(`resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  dead_letter_config {
    target_arn = aws_sqs_queue.a.arn
  }
}

resource "aws_lambda_function_event_invoke_config" "worker" {
  function_name = "worker"
  destination_config {
    on_failure {
      destination = aws_sqs_queue.b.arn
    }
  }
}

resource "aws_lambda_event_source_mapping" "stream" {
  function_name = "worker"
  destination_config {
    on_failure {
      destination_arn = aws_sqs_queue.c.arn
    }
  }
}

resource "aws_cloudwatch_event_target" "nightly" {
  rule = "nightly"
  arn  = "arn:aws:lambda:eu-west-1:123456789012:function:worker"
  dead_letter_config {
    arn = aws_sqs_queue.d.arn
  }
}

resource "aws_scheduler_schedule" "hourly" {
  schedule_expression = "rate(1 hour)"
  target {
    arn      = "arn:aws:lambda:eu-west-1:123456789012:function:worker"
    role_arn = "arn:aws:iam::123456789012:role/scheduler"
    dead_letter_config {
      arn = aws_sqs_queue.e.arn
    }
  }
}

resource "aws_sns_topic_subscription" "alerts" {
  topic_arn      = "arn:aws:sns:eu-west-1:123456789012:alerts"
  protocol       = "sqs"
  endpoint       = aws_sqs_queue.work.arn
  redrive_policy = jsonencode({ deadLetterTargetArn = aws_sqs_queue.f.arn })
}

resource "aws_sqs_queue" "work" {}
resource "aws_sqs_queue" "a" {}
resource "aws_sqs_queue" "b" {}
resource "aws_sqs_queue" "c" {}
resource "aws_sqs_queue" "d" {}
resource "aws_sqs_queue" "e" {}
resource "aws_sqs_queue" "f" {}
`);
    expect([...all.values()].filter((queue) => queue.isDeadLetterQueue).map((queue) => queue.name)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('knows a queue name only when it is written in full', () => {
    const all = queues(`resource "aws_sqs_queue" "named" {
  name = "orders"
}

resource "aws_sqs_queue" "prefixed" {
  name_prefix = "orders-"
}

resource "aws_sqs_queue" "generated" {}
`);
    expect(value(all.get('aws_sqs_queue.named')!.queueName)).toBe('orders');
    expect(value(all.get('aws_sqs_queue.prefixed')!.queueName)).toBe('unknown');
    expect(value(all.get('aws_sqs_queue.generated')!.queueName)).toBe('absent');
  });
});

describe('aws_sns_topic', () => {
  it('reads the KMS key that encrypts the topic', () => {
    const topics = resourcesOf(
      `resource "aws_sns_topic" "alerts" {
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic" "plain" {}
`,
      'aws.sns.topic',
    );
    expect(where(topics.get('aws_sns_topic.alerts')!.kmsKey)).toEqual({ value: 'alias/aws/sns', line: 2, property: 'kms_master_key_id' });
    expect(value(topics.get('aws_sns_topic.plain')!.kmsKey)).toBe('absent');
  });

  it('records the alarms, EventBridge targets and bucket notifications that make a service publish to the topic', () => {
    const topics = resourcesOf(
      `resource "aws_sns_topic" "alerts" {}
resource "aws_sns_topic" "quiet" {}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_actions = [aws_sns_topic.alerts.arn]
  ok_actions    = [aws_sns_topic.alerts.arn]
}

resource "aws_cloudwatch_event_target" "nightly" {
  rule = "nightly"
  arn  = aws_sns_topic.alerts.arn
}

resource "aws_s3_bucket_notification" "uploads" {
  bucket = "uploads"
  topic {
    topic_arn = aws_sns_topic.alerts.arn
    events    = ["s3:ObjectCreated:*"]
  }
}
`,
      'aws.sns.topic',
    );
    expect(topics.get('aws_sns_topic.alerts')!.servicePublishers).toEqual([
      { service: 'cloudwatch', name: 'errors' },
      { service: 'events', name: 'nightly' },
      { service: 's3', name: 'uploads' },
    ]);
    expect(topics.get('aws_sns_topic.quiet')!.servicePublishers).toEqual([]);
  });
});
