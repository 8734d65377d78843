/** The contract between CloudFormation resource types and the model: the shared mapper over CloudFormation's reader. */
import type { Mapper } from '../read/build.ts';
import type { ResourceReader } from './read.ts';

export type { Links } from '../read/build.ts';
export type CfnMapper = Mapper<ResourceReader>;
