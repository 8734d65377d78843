/** The contract between CloudFormation resource types and the model: the shared mapper over CloudFormation's reader. */
import type { Links as SharedLinks, Mapper } from '../read/build.ts';
import type { ResourceReader } from './read.ts';

export type CfnMapper = Mapper<ResourceReader>;
export type Links = SharedLinks<ResourceReader>;
