import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { DEAD_LETTER_SUFFIX, TOPICS } from '@jaring/contracts';

interface Acl {
  resource: { type: string; name: string; patternType: string };
  operations: string[];
}
interface KafkaUser {
  kind: string;
  metadata: { name: string };
  spec: { authentication: { type: string }; authorization: { type: string; acls: Acl[] } };
}

const users = parseAllDocuments(readFileSync(join(__dirname, '../../deploy/strimzi/kafka-users.yaml'), 'utf8')).map(
  (document) => document.toJSON() as KafkaUser,
);
const user = (name: string) => users.find((candidate) => candidate.metadata.name === name);
const topicAcls = (name: string) =>
  user(name)?.spec.authorization.acls.filter((acl) => acl.resource.type === 'topic') ?? [];

describe('Strimzi KafkaUsers (deploy/strimzi/kafka-users.yaml)', () => {
  it('authenticates every user with SCRAM-SHA-512 and authorizes with ACLs', () => {
    expect(users.length).toBeGreaterThanOrEqual(4);
    for (const kafkaUser of users) {
      expect(kafkaUser).toMatchObject({
        kind: 'KafkaUser',
        spec: { authentication: { type: 'scram-sha-512' }, authorization: { type: 'simple' } },
      });
    }
  });

  it('lets a Pemkab finance system only read the billing topics, in consumer groups of its own', () => {
    const finance = users.filter((candidate) => candidate.metadata.name.startsWith('jaring-finance-'));
    expect(finance.length).toBeGreaterThan(0);
    for (const system of finance) {
      const acls = system.spec.authorization.acls;
      for (const acl of acls) {
        expect(acl.operations.every((operation) => ['Read', 'Describe'].includes(operation))).toBe(true);
        if (acl.resource.type === 'topic') expect(acl.resource.name.startsWith('jaring.billing.')).toBe(true);
        else expect(acl.resource).toEqual({ type: 'group', name: system.metadata.name, patternType: 'prefix' });
      }
      const readable = [TOPICS.billingInvoice.name, TOPICS.billingCoverage.name];
      const unreadable = [TOPICS.enrolmentWorker.name, TOPICS.claimsClaim.name];
      const covers = (topic: string) =>
        acls.some(
          (acl) =>
            acl.resource.type === 'topic' &&
            (acl.resource.patternType === 'prefix' ? topic.startsWith(acl.resource.name) : topic === acl.resource.name),
        );
      expect(readable.filter((topic) => !covers(topic))).toEqual([]);
      expect(unreadable.filter(covers)).toEqual([]);
    }
  });

  it('lets each service write only its own topics and the dead letters of what it consumes', () => {
    const own: Record<string, string[]> = {
      enrolment: [TOPICS.enrolmentWorker.name],
      billing: [TOPICS.billingInvoice.name, TOPICS.billingCoverage.name],
      claims: [TOPICS.claimsClaim.name],
    };
    for (const [service, topics] of Object.entries(own)) {
      const written = topicAcls(`jaring-${service}`)
        .filter((acl) => acl.operations.includes('Write'))
        .map((acl) => acl.resource.name);
      expect(written.filter((topic) => !topic.endsWith(DEAD_LETTER_SUFFIX)).sort()).toEqual([...topics].sort());
    }
  });
});
