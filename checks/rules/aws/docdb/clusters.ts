/** Shared by the DocumentDB rules: how to name a cluster in a message. */
import type { DocDbCluster } from '../../../model/aws/data.ts';
import type { Phrase } from '../../message.ts';
import { phrase } from '../phrases.ts';

/** `DocumentDB cluster Catalog`, for messages. */
export const describeCluster = (cluster: DocDbCluster): Phrase => phrase('docdbCluster', { name: cluster.name });
