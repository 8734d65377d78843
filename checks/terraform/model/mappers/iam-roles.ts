/**
 * `aws_iam_role`'s trust policy (`assume_role_policy`): who may assume the role. The role's permissions are the
 * IAM mapper's; the role joins the model a second time, as `aws.iam.role`, once every resource is known (a trust
 * policy from an `aws_iam_policy_document` is read through the links).
 */
import type { IamRole } from '../../../model/aws/iam.ts';
import type { Mapper } from '../../../read/build.ts';
import { policyDocumentOf } from '../policy-documents.ts';
import type { TfReader } from '../reader.ts';

const iamRoles: Mapper<TfReader> = {
  types: ['aws_iam_role'],
  kinds: ['aws.iam.role'],

  link(reader, links) {
    if (reader.resource.type !== 'aws_iam_role') return;
    const role: IamRole = { ...links.base(reader.resource.address), kind: 'aws.iam.role', trustPolicy: policyDocumentOf(reader, reader.get('assume_role_policy'), links) };
    links.model.add(role);
  },
};
export default iamRoles;
