/**
 * Terraform's side of the shared reading machinery: a reader over one evaluated resource block. Nested blocks
 * (`versioning { … }`) arrive as lists of blocks; reading a setting through a list of one block reads that block,
 * so mappers write `reader.get('server_side_encryption_configuration', 'rule', 'bucket_key_enabled')`.
 */
import type { Place } from '../../model/types.ts';
import { Reader, type Cursor as SharedCursor } from '../../read/cursor.ts';
import { terraformTree, type TfResource, type TfValue } from '../index.ts';

export type Cursor = SharedCursor<TfValue>;

export class TfReader extends Reader<TfValue> {
  readonly resource: TfResource;

  constructor(resource: TfResource) {
    const place: Place = { file: resource.file, start: resource.start, end: resource.headerEnd, pointer: resource.address };
    super(terraformTree, place, { value: resource.body, at: place, tree: terraformTree });
    this.resource = resource;
  }

  override field(cursor: Cursor, key: string): Cursor {
    return super.field(this.firstBlock(cursor), key);
  }

  /**
   * The argument or block is set. A plan JSON lists every block a resource may have, an unused one as an empty
   * list, so an empty list of blocks is not set; `ingress = []` and the like are read through `get` as written.
   */
  isSet(...path: string[]): boolean {
    const value = this.get(...path).value;
    return value !== undefined && !(value.kind === 'seq' && value.items.length === 0);
  }

  /** Every block of a repeated nested block (`ingress { … }` written several times, or a dynamic block). */
  blocks(cursor: Cursor): Cursor[] {
    return this.items(cursor).filter((item) => item.value?.kind === 'map');
  }

  /** A list of blocks seen as its first block: most blocks may be written once (`versioning`, `logging`). */
  private firstBlock(cursor: Cursor): Cursor {
    const value = cursor.value;
    if (value?.kind !== 'seq' || value.items[0]?.kind !== 'map' || !value.items[0].block) return cursor;
    return this.items(cursor)[0]!;
  }
}
