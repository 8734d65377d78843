import { describe, expect, it } from 'vitest';
import { resourcesOf } from './support/snippets.ts';

describe('aws_cloudwatch_metric_alarm', () => {
  it('reads the metric, the resources its dimensions name and whether it notifies', () => {
    const alarm = resourcesOf(
      `resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_cloudwatch_metric_alarm" "orders_age" {
  alarm_name          = "orders-age"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateAgeOfOldestMessage"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  dimensions = {
    QueueName = aws_sqs_queue.orders.name
  }
  alarm_actions = ["arn:aws:sns:eu-west-1:123456789012:on-call"]
}
`,
      'aws.cloudwatch.alarm',
    ).get('aws_cloudwatch_metric_alarm.orders_age')!;
    expect(alarm.metrics).toEqual([{ namespace: 'AWS/SQS', metricName: 'ApproximateAgeOfOldestMessage' }]);
    expect(alarm.subjects).toEqual(['orders']);
    expect(alarm.notifies).toBe(true);
  });

  it('reads every metric of a metric-math alarm, and no action in an empty list', () => {
    const alarm = resourcesOf(
      `resource "aws_cloudwatch_metric_alarm" "error_rate" {
  alarm_name          = "error-rate"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  alarm_actions       = []

  metric_query {
    id          = "rate"
    expression  = "errors / requests"
    return_data = true
  }

  metric_query {
    id = "errors"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "HTTPCode_Target_5XX_Count"
      period      = 60
      stat        = "Sum"
      dimensions = {
        LoadBalancer = "app/web/1234567890abcdef"
      }
    }
  }

  metric_query {
    id = "requests"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "RequestCount"
      period      = 60
      stat        = "Sum"
    }
  }
}
`,
      'aws.cloudwatch.alarm',
    ).get('aws_cloudwatch_metric_alarm.error_rate')!;
    expect(alarm.metrics.map((metric) => metric.metricName)).toEqual(['HTTPCode_Target_5XX_Count', 'RequestCount']);
    expect(alarm.subjects).toEqual([]);
    expect(alarm.notifies).toBe(false);
  });
});
