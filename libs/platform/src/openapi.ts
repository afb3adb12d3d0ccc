import { applyDecorators, type INestApplication, type Type } from '@nestjs/common';
import {
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  type ApiPropertyOptions,
  DocumentBuilder,
  getSchemaPath,
  type OpenAPIObject,
  type OperationObject,
  type PathItemObject,
  type ResponseObject,
  SwaggerModule,
} from '@nestjs/swagger';
import { type AccessMatrix, type AccessRule, PUBLIC, routeHandlersOf } from '@jaring/auth';

/** What a service tells about itself in its OpenAPI document. */
export interface ServiceDescription {
  service: string;
  title: string;
  description: string;
}

/** A service's HTTP API: the controllers it serves and who may call each route. */
export interface ServiceApi extends ServiceDescription {
  controllers: Type[];
  access: AccessMatrix;
}

/** A whole-rupiah amount (money is integer rupiah everywhere). */
export function ApiRupiah(options: ApiPropertyOptions = {}): PropertyDecorator {
  return ApiProperty({
    type: 'integer',
    example: 1_000_000,
    description: 'Whole rupiah',
    ...options,
  } as ApiPropertyOptions);
}

/** A value that is always present and may be null. */
export function ApiNullable(options: ApiPropertyOptions = {}): PropertyDecorator {
  return ApiProperty({ type: String, ...options, nullable: true } as ApiPropertyOptions);
}

export class ViolationResponse {
  @ApiPropertyOptional({ example: 'nik', description: 'The input field, as a path (`family[0].nik`)' })
  field?: string;

  @ApiProperty({ example: 'NIK_INVALID' })
  code: string;

  @ApiProperty({ example: 'nik must be 16 digits' })
  message: string;
}

/** The body of every 4xx (HttpErrorsFilter): the status, a stable code and what is wrong. */
export class ErrorResponse {
  @ApiProperty({ example: 404 })
  statusCode: number;

  @ApiPropertyOptional({
    example: 'CLAIM_NOT_FOUND',
    description:
      "The stable error code of a rule (apps/claims/README.md lists claims'), or the HTTP reason (`Bad Request`) of a malformed request",
  })
  error?: string;

  @ApiProperty({ description: 'What is wrong, for the officer' })
  message: string;

  @ApiPropertyOptional({ type: [ViolationResponse], description: 'Every bad field at once' })
  violations?: ViolationResponse[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    description: 'Safe facts for the caller, e.g. the id of the existing record on a conflict',
  })
  details?: Record<string, string | number | boolean>;
}

const ERROR_MEANINGS = {
  400: 'The request is invalid: `violations` names every bad field, or `error` the broken rule',
  401: 'No valid bearer token',
  403: 'A role or regency that may not do this',
  404: 'Not found (or in a regency the token does not name)',
  409: 'The record is not in a state that allows this, or collides with another',
  413: 'Larger than the stated limit',
  429: 'Too many expensive requests: wait a minute',
  503: 'Busy: retry after the Retry-After seconds',
} as const satisfies Record<number, string>;

type ErrorStatus = keyof typeof ERROR_MEANINGS;

/** Error answers of a route beyond those every route has (400, 401, 403, and 404 under a path parameter). */
export function ApiErrors(...statuses: ErrorStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: ERROR_MEANINGS[status], type: ErrorResponse })),
  );
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

function errorResponse(status: ErrorStatus): ResponseObject {
  return {
    description: ERROR_MEANINGS[status],
    content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponse) } } },
  };
}

/**
 * Completes an operation from what holds for every route: who may call it (its rule of the access
 * matrix, as `x-roles` and in the description), and the error answers the platform gives any route.
 */
function completeOperation(path: string, operation: OperationObject, rule: AccessRule): void {
  const roles = rule === PUBLIC ? 'public (no token)' : rule.join(', ');
  operation.description = [operation.description, `Roles: ${roles}.`].filter(Boolean).join('\n\n');
  (operation as OperationObject & { 'x-roles': readonly string[] })['x-roles'] = rule === PUBLIC ? [] : rule;
  if (rule === PUBLIC) operation.security = [];
  const statuses = [
    ...((operation.parameters?.length ?? 0) > 0 || operation.requestBody ? [400 as const] : []),
    ...(rule === PUBLIC ? [] : [401 as const, 403 as const]),
    ...(path.includes('{') ? [404 as const] : []),
  ];
  for (const status of statuses) operation.responses[status] ??= errorResponse(status);
}

/** The service's OpenAPI document, as served at /docs and committed as apps/<service>/openapi.json. */
export function serviceOpenApiDocument(
  app: INestApplication,
  description: ServiceDescription,
  access: AccessMatrix,
): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(description.title)
      .setDescription(description.description)
      .setVersion('1')
      .addBearerAuth()
      .addSecurityRequirements('bearer')
      .build(),
    { extraModels: [ErrorResponse] },
  );
  // By handler, as the guard looks rules up: a route served under two paths has one rule.
  const rules = new Map<string, AccessRule | undefined>(
    routeHandlersOf(app).map(({ controller, method, key }) => [`${controller}_${method}`, access[key]]),
  );
  for (const [path, item] of Object.entries(document.paths) as [string, PathItemObject][]) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      // A handler served under several paths has operation ids `method[0]`, `method[1]`...
      const rule = rules.get((operation.operationId ?? '').replace(/\[\d+\]$/, ''));
      if (rule === undefined) throw new Error(`${method.toUpperCase()} ${path} is missing from the access matrix`);
      completeOperation(path, operation, rule);
    }
  }
  return document;
}
