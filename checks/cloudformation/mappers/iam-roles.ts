/**
 * AWS::IAM::Role's trust policy: who may assume the role. The role's permissions are the IAM mapper's; the role
 * joins the model a second time, as `aws.iam.role`, once every resource is built.
 */
import type { IamRole } from '../../model/aws/iam.ts';
import type { CfnMapper } from '../mapper.ts';
import { readTemplatePolicy } from './support/policy-text.ts';

const iamRoles: CfnMapper = {
  types: ['AWS::IAM::Role'],
  kinds: ['aws.iam.role'],

  link(reader, links) {
    if (reader.resource.type !== 'AWS::IAM::Role') return;
    const role: IamRole = { ...links.base(reader.resource.logicalId), kind: 'aws.iam.role', trustPolicy: readTemplatePolicy(reader, reader.get('AssumeRolePolicyDocument')) };
    links.model.add(role);
  },
};
export default iamRoles;
