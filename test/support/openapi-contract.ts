import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The subset of OpenAPI 3.0 schemas @nestjs/swagger writes for the services' responses. */
interface Schema {
  $ref?: string;
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>
  >;
  components: { schemas: Record<string, Schema> };
}

const FORMATS: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  date: /^\d{4}-\d{2}-\d{2}$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,
};

/**
 * Checks a real response against the service's committed openapi.json, strictly: a property the
 * schema does not declare is a violation too, so the document can neither lack nor invent a field.
 */
export class OpenApiContract {
  readonly document: OpenApiDocument;

  constructor(service: 'enrolment' | 'billing' | 'claims') {
    const path = join(__dirname, '..', '..', 'apps', service, 'openapi.json');
    this.document = JSON.parse(readFileSync(path, 'utf8')) as OpenApiDocument;
  }

  /** Every way `body` departs from the documented answer of `METHOD /path/{param}` with `status`. */
  violations(route: string, status: number, body: unknown): string[] {
    const [method, path] = route.split(' ');
    const response = this.document.paths[path]?.[method.toLowerCase()]?.responses[String(status)];
    const schema = response?.content?.['application/json']?.schema;
    if (!schema) return [`${route} documents no JSON answer with status ${status}`];
    return this.check(schema, body, '$');
  }

  private resolve(schema: Schema): Schema {
    if (!schema.$ref) return schema;
    return this.resolve(this.document.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
  }

  private check(given: Schema, value: unknown, at: string): string[] {
    const schema = this.resolve(given);
    if (value === null) return schema.nullable || schema.enum?.includes(null) ? [] : [`${at} is null`];
    if (schema.allOf) return schema.allOf.flatMap((part) => this.check(part, value, at));
    if (schema.oneOf) {
      return schema.oneOf.some((option) => this.check(option, value, at).length === 0)
        ? []
        : [`${at} matches none of its options`];
    }
    if (schema.enum && !schema.enum.includes(value)) return [`${at} is ${JSON.stringify(value)}, not one of the enum`];
    switch (schema.type) {
      case 'string':
        if (typeof value !== 'string') return [`${at} is not a string`];
        return schema.format && FORMATS[schema.format] && !FORMATS[schema.format].test(value)
          ? [`${at} (${value}) is not a ${schema.format}`]
          : [];
      case 'integer':
        return Number.isInteger(value) ? [] : [`${at} is not an integer`];
      case 'number':
        return typeof value === 'number' ? [] : [`${at} is not a number`];
      case 'boolean':
        return typeof value === 'boolean' ? [] : [`${at} is not a boolean`];
      case 'array':
        if (!Array.isArray(value)) return [`${at} is not an array`];
        return value.flatMap((item, index) => (schema.items ? this.check(schema.items, item, `${at}[${index}]`) : []));
      default:
        return schema.properties || schema.additionalProperties ? this.checkObject(schema, value, at) : [];
    }
  }

  private checkObject(schema: Schema, value: unknown, at: string): string[] {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${at} is not an object`];
    const record = value as Record<string, unknown>;
    const missing = (schema.required ?? []).filter((key) => !(key in record)).map((key) => `${at}.${key} is missing`);
    const fields = Object.entries(record).flatMap(([key, child]) => {
      const declared = schema.properties?.[key];
      if (declared) return this.check(declared, child, `${at}.${key}`);
      if (typeof schema.additionalProperties === 'object')
        return this.check(schema.additionalProperties, child, `${at}.${key}`);
      return schema.additionalProperties === true ? [] : [`${at}.${key} is not in the schema`];
    });
    return [...missing, ...fields];
  }
}
