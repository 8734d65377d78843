/**
 * The `Api` and `HttpApi` events of an `AWS::Serverless::Function`: each adds a method (or route) to an API, the one
 * its `RestApiId` / `ApiId` names, or else the implicit API SAM creates once per template (`ServerlessRestApi`,
 * `ServerlessHttpApi`).
 */
import type { Place } from '../../../model/types.ts';
import { referencedResource, text, type Cursor, type ResourceReader } from '../../read.ts';

export interface SamApiEvent {
  /** The event's key under `Events`. */
  name: string;
  type: 'Api' | 'HttpApi';
  /** The event's `Type: Api` line: findings on what the event creates point here. */
  at: Place;
  /** The event's `Properties`. */
  properties: Cursor;
  /** Whether the event names its API (`RestApiId`, `ApiId`); if not, it belongs to the implicit API. */
  explicit: boolean;
  /** The logical id of the API it names, when it is a `!Ref` to a resource in the template. */
  api: string | undefined;
}

export const implicitApiName = { Api: 'ServerlessRestApi', HttpApi: 'ServerlessHttpApi' } as const;
export const samApiType = { Api: 'AWS::Serverless::Api', HttpApi: 'AWS::Serverless::HttpApi' } as const;

export function samApiEvents(reader: ResourceReader): SamApiEvent[] {
  if (reader.resource.type !== 'AWS::Serverless::Function') return [];
  return reader.entries(reader.get('Events')).flatMap(({ key, cursor }): SamApiEvent[] => {
    const typeCursor = reader.field(cursor, 'Type');
    const type = text(typeCursor);
    if (type.state !== 'known' || (type.value !== 'Api' && type.value !== 'HttpApi')) return [];
    const properties = reader.field(cursor, 'Properties');
    const apiId = reader.field(properties, type.value === 'Api' ? 'RestApiId' : 'ApiId');
    return [{ name: key, type: type.value, at: typeCursor.at, properties, explicit: apiId.value !== undefined, api: referencedResource(apiId) }];
  });
}
