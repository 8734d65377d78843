/** A module's directory: its configuration files and what they declare, gathered once and shared by its instances. */
import type { SourceFile } from '../../source/file.ts';
import type { Comment } from '../hcl/raw.ts';
import type { Attribute, Block, Body } from '../hcl/syntax.ts';

/** One `.tf` or `.tf.json` file, read into HCL's syntax. */
export interface ConfigFile {
  file: SourceFile;
  body: Body;
  comments: Comment[];
}

export interface Declared<T> {
  node: T;
  config: ConfigFile;
}

export class ModuleDirectory {
  /** Normalised directory path, `''` for the top of the input. */
  readonly path: string;
  readonly configs: ConfigFile[] = [];
  readonly variables = new Map<string, Declared<Block>>();
  readonly locals = new Map<string, Declared<Attribute>>();
  readonly outputs = new Map<string, Declared<Block>>();
  /** Managed resources by `type.name`, in source order. */
  readonly resources = new Map<string, Declared<Block>>();
  /** Data sources by `type.name`. */
  readonly data = new Map<string, Declared<Block>>();
  readonly moduleCalls = new Map<string, Declared<Block>>();

  constructor(path: string) {
    this.path = path;
  }

  add(config: ConfigFile): void {
    this.configs.push(config);
    for (const block of config.body.blocks) {
      const [first, second] = block.labels;
      switch (block.type) {
        case 'variable':
          if (first) this.variables.set(first.value, { node: block, config });
          break;
        case 'output':
          if (first) this.outputs.set(first.value, { node: block, config });
          break;
        case 'module':
          if (first) this.moduleCalls.set(first.value, { node: block, config });
          break;
        case 'locals':
          for (const attribute of block.body.attributes) this.locals.set(attribute.name, { node: attribute, config });
          break;
        case 'resource':
          if (first && second) this.resources.set(`${first.value}.${second.value}`, { node: block, config });
          break;
        case 'data':
          if (first && second) this.data.set(`${first.value}.${second.value}`, { node: block, config });
          break;
      }
    }
  }
}
