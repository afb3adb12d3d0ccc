import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

/** Raised at boot when an environment variable is missing or malformed; names every bad variable. */
export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * Builds a service's config class from environment variables. Property names ARE the variable
 * names, so an error message names exactly the variable an operator must fix. Only entry points
 * call this; nothing else reads `process.env`.
 */
export function loadConfig<T extends object>(configClass: new () => T, env: NodeJS.ProcessEnv = process.env): T {
  const defaults = new configClass();
  const problems: string[] = [];
  const given = Object.fromEntries(
    Object.entries(defaults)
      .filter(([name]) => env[name] !== undefined && env[name] !== '')
      .map(([name, fallback]) => {
        const value = env[name] as string;
        if (typeof fallback !== 'boolean') return [name, value];
        // Implicit conversion would read "false" as true; booleans are spelled out.
        if (!/^(true|false)$/.test(value)) problems.push(`${name} must be true or false`);
        return [name, value === 'true'];
      }),
  );
  const config = plainToInstance(configClass, { ...defaults, ...given }, { enableImplicitConversion: true });
  const errors = validateSync(config, { forbidUnknownValues: true });
  problems.push(...errors.flatMap(describe));
  if (problems.length > 0) throw new ConfigurationError(problems);
  return config;
}

function describe(error: ValidationError): string[] {
  const own = Object.values(error.constraints ?? {}).map((message) =>
    message.startsWith(error.property) ? message : `${error.property}: ${message}`,
  );
  return [...own, ...(error.children ?? []).flatMap(describe)];
}
