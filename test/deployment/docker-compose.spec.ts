import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { deploymentVariablesOf } from '@jaring/config';
import { knownVariables, SERVICE_CONFIGS } from './service-configs';

interface ComposeFile {
  services: Record<
    string,
    { image?: string; build?: { args?: Record<string, string> }; environment?: Record<string, unknown> }
  >;
}

const compose = parse(readFileSync(join(__dirname, '../../docker-compose.yml'), 'utf8'), {
  merge: true,
}) as ComposeFile;

describe('docker-compose.yml', () => {
  it.each(Object.entries(SERVICE_CONFIGS))(
    'sets every variable %s requires in a deployment',
    (service, configClass) => {
      const definition = compose.services[service];
      expect(definition).toBeDefined();
      const environment = Object.keys(definition.environment ?? {});
      expect(deploymentVariablesOf(configClass).filter((name) => !environment.includes(name))).toEqual([]);
      expect(definition.build?.args?.SERVICE).toBe(service);
    },
  );

  it('names only variables the services know', () => {
    for (const [service, configClass] of Object.entries(SERVICE_CONFIGS)) {
      const known = knownVariables(configClass);
      const unknown = Object.keys(compose.services[service].environment ?? {}).filter((name) => !known.includes(name));
      expect({ service, unknown }).toEqual({ service, unknown: [] });
    }
  });

  it('runs Kafka 3.9 in KRaft mode and PostgreSQL 15', () => {
    expect(compose.services.kafka.image).toMatch(/^apache\/kafka:3\.9\./);
    expect(compose.services.kafka.environment?.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(compose.services.postgres.image).toBe('postgres:15');
  });
});
