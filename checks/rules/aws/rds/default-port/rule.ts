import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { dataHolders, describe } from '../databases.ts';

/** Each engine family's default port, by the engine's lower-cased name; RDS Custom engines keep their product's port. */
const defaultPorts: readonly { engine: RegExp; port: number }[] = [
  { engine: /^(mysql|mariadb|aurora|aurora-mysql)$/, port: 3306 },
  { engine: /^(postgres|aurora-postgresql)$/, port: 5432 },
  { engine: /^(custom-)?sqlserver-/, port: 1433 },
  { engine: /^(custom-)?oracle-/, port: 1521 },
  { engine: /^db2-/, port: 50000 },
];

export default defineRule({
  id: 'AWS-RDS-DEFAULT-PORT',
  title: 'RDS databases listen on a port other than their engine default',
  problem: 'RDS database listens on its engine default port',
  pillar: 'security',
  severity: 'low',
  rationale:
    'Automated scanners and commodity attack tools try 3306, 5432, 1433, 1521 and 50000 first, so a database on its engine default is found by anything that reaches its network. A different port is defence in depth only: it cuts opportunistic probes and log noise, while private subnets, security groups and authentication remain the controls that keep attackers out.',
  guide: 'private-databases',
  reads: ['aws.rds.instance', 'aws.rds.cluster'],
  messages: {
    notSet: '{database} does not set {property}, so it listens on {port}, the default port of engine {engine}',
    explicit: '{property} is {port} on {database}, the default port of engine {engine}',
  },
  fix: {
    cloudformation: `Type: AWS::RDS::DBInstance   # Aurora: on the AWS::RDS::DBCluster
Properties:
  Port: "15432"              # any free port; open the same one in the security group`,
    terraform: `resource "aws_db_instance" "this" {   # Aurora: on aws_rds_cluster
  port = 15432   # any free port; open the same one in the security group
}`,
  },
  equivalents: { kics: ['1fe9d958-ddce-4228-a124-05265a959a8b', 'bca7cc4d-b3a4-4345-9461-eb69c68fcd26'] },

  check(model, report) {
    // Aurora members listen on their cluster's port, and read replicas are checked at their source.
    for (const database of dataHolders(model)) {
      const engine = database.engine;
      if (engine.state !== 'known') continue;
      const family = defaultPorts.find((entry) => entry.engine.test(engine.value));
      const port = database.port;
      if (!family || (port.state === 'known' && port.value !== family.port) || port.state === 'unknown') continue;
      const params = { database: describe(database), property: propertyName(port, 'Port'), port: family.port, engine: engine.value };
      report(database, port.at, port.state === 'absent' ? 'notSet' : 'explicit', params);
    }
  },
});
