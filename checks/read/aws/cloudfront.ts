/** CloudFront settings whose meaning does not depend on the format they are written in. */
import type { CloudFrontViewerCertificate } from '../../model/aws/network.ts';
import { known, unknownAttr, type Attr } from '../../model/types.ts';
import type { Cursor } from '../cursor.ts';
import { bool, text } from '../convert.ts';

/** The names one format gives the viewer certificate's settings. */
export interface ViewerCertificateNames {
  block: string;
  defaultCertificate: string;
  customCertificates: string[];
  minimumProtocolVersion: string;
}

/**
 * Which certificate viewers get and the security policy that applies. A custom certificate (ACM or IAM) means
 * not the default one, whatever `CloudFrontDefaultCertificate` says; no viewer certificate at all means the
 * default one (CloudFormation only: Terraform requires the block).
 */
export function viewerCertificateOf<V>(block: Cursor<V>, field: (key: string) => Cursor<V>, names: ViewerCertificateNames): CloudFrontViewerCertificate {
  const minimumProtocolVersion = text(field(names.minimumProtocolVersion));
  if (block.value === undefined) return { defaultCertificate: known(true, block.at, names.block), minimumProtocolVersion };
  if (block.tree.shape(block.value) === 'unknown') return { defaultCertificate: unknownAttr(block.at, names.block), minimumProtocolVersion };
  const custom = names.customCertificates.map(field).find((cursor) => cursor.value !== undefined);
  if (custom) return { defaultCertificate: known(false, custom.at, custom.property), minimumProtocolVersion };
  const flag: Attr<boolean> = bool(field(names.defaultCertificate));
  return { defaultCertificate: flag.state === 'absent' ? unknownAttr(flag.at, flag.property) : flag, minimumProtocolVersion };
}
