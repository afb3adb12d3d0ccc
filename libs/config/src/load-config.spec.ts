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

  it('refuses the development JWT secret in production', () => {
    expect(() => loadConfig(ExampleConfig, { NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET must not be the development secret/,
    );
    const config = loadConfig(ExampleConfig, { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    expect(config.JWT_SECRET).toHaveLength(40);
  });

  it('lists the variables a deployment must set, inherited ones included', () => {
    expect(deploymentVariablesOf(ExampleConfig)).toEqual(['DATABASE_URL', 'JWT_SECRET', 'KAFKA_BROKERS']);
  });
});
