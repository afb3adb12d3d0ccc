import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IsInt, Max } from 'class-validator';
import { ConfigurationError, loadConfig } from './load-config';
import { deploymentVariablesOf } from './deployment-variables';
import { ServiceConfig } from './service-config';

class ExampleConfig extends ServiceConfig {
  @IsInt()
  @Max(100)
  BATCH_SIZE: number = 10;
}

describe('loadConfig', () => {
  it('keeps defaults and converts given values to the declared types', () => {
    const config = loadConfig(ExampleConfig, { PORT: '3005', BATCH_SIZE: '50' });
    expect(config.PORT).toBe(3005);
    expect(config.BATCH_SIZE).toBe(50);
    expect(config.KAFKA_BROKERS).toBe('127.0.0.1:9092');
    expect(config.databaseName).toBe('jaring');
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig(ExampleConfig, { PORT: '70000' })).toThrow(/PORT must not be greater than 65535/);
    expect(() => loadConfig(ExampleConfig, { PORT: '-1' })).toThrow(/PORT must not be less than 0/);
    expect(() => loadConfig(ExampleConfig, { KAFKA_BROKERS: 'nope' })).toThrow(/KAFKA_BROKERS must be/);
    expect(() => loadConfig(ExampleConfig, { BATCH_SIZE: 'many' })).toThrow(ConfigurationError);
    expect(() => loadConfig(ExampleConfig, { KAFKA_ENSURE_TOPICS: 'yes' })).toThrow(
      /KAFKA_ENSURE_TOPICS must be true or false/,
    );
    expect(loadConfig(ExampleConfig, { KAFKA_ENSURE_TOPICS: 'false' }).KAFKA_ENSURE_TOPICS).toBe(false);
  });

  it('refuses a plain-http OpenID issuer in production', () => {
    expect(() => loadConfig(ExampleConfig, { NODE_ENV: 'production' })).toThrow(/OIDC_ISSUER must use https/);
    const config = loadConfig(ExampleConfig, {
      NODE_ENV: 'production',
      OIDC_ISSUER: 'https://sso.polewalimandarkab.go.id/realms/jaring',
    });
    expect(config.OIDC_ISSUER).toBe('https://sso.polewalimandarkab.go.id/realms/jaring');
  });

  it('bounds the token rules an operator may loosen', () => {
    expect(() => loadConfig(ExampleConfig, { OIDC_CLOCK_TOLERANCE_SECONDS: '61' })).toThrow(
      /OIDC_CLOCK_TOLERANCE_SECONDS must not be greater than 60/,
    );
    expect(() => loadConfig(ExampleConfig, { SERVED_TENANTS: '76.04,polman' })).toThrow(/SERVED_TENANTS must be/);
    expect(loadConfig(ExampleConfig, { SERVED_TENANTS: '76.04' }).servedTenants).toEqual(['76.04']);
  });

  it('connects to Kafka over TLS with SASL/SCRAM when configured, and refuses half a configuration', () => {
    expect(loadConfig(ExampleConfig, {}).kafkaSecurity).toEqual({});
    expect(() => loadConfig(ExampleConfig, { KAFKA_SASL_MECHANISM: 'scram-sha-512' })).toThrow(
      /KAFKA_SASL_USERNAME is required.*KAFKA_SASL_PASSWORD is required/,
    );
    expect(() => loadConfig(ExampleConfig, { KAFKA_SASL_MECHANISM: 'plain' })).toThrow(/KAFKA_SASL_MECHANISM/);
    const ca = join(mkdtempSync(join(tmpdir(), 'kafka-ca-')), 'ca.crt');
    writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const secured = loadConfig(ExampleConfig, {
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA_FILE: ca,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'jaring-billing',
      KAFKA_SASL_PASSWORD: 'from-the-kafkauser-secret',
    });
    expect(secured.kafkaSecurity).toEqual({
      ssl: { ca: [expect.stringContaining('BEGIN CERTIFICATE')] },
      sasl: { mechanism: 'scram-sha-512', username: 'jaring-billing', password: 'from-the-kafkauser-secret' },
    });
    const clearText = loadConfig(ExampleConfig, {
      NODE_ENV: 'production',
      OIDC_ISSUER: 'https://sso.example.go.id/realms/jaring',
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'jaring-billing',
      KAFKA_SASL_PASSWORD: 'secret',
    });
    expect(() => clearText.kafkaSecurity).toThrow(/needs KAFKA_SSL=true in production/);
  });

  it('accepts sslmode on DATABASE_URL', () => {
    const url = 'postgres://jaring@db.internal:5432/jaring_claims?sslmode=verify-full';
    expect(loadConfig(ExampleConfig, { DATABASE_URL: url }).databaseName).toBe('jaring_claims');
    expect(() => loadConfig(ExampleConfig, { DATABASE_URL: 'postgres://db/x?sslmode' })).toThrow(/DATABASE_URL/);
  });

  it('lists the variables a deployment must set, inherited ones included', () => {
    expect(deploymentVariablesOf(ExampleConfig)).toEqual(['DATABASE_URL', 'KAFKA_BROKERS', 'OIDC_ISSUER']);
  });
});
