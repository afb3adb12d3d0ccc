import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  mixin,
  type NestInterceptor,
  Optional,
  PayloadTooLargeException,
  type Type,
} from '@nestjs/common';
import { FileInterceptor, type MulterModuleOptions } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { TooLargeError } from '@jaring/kernel';

/** The token MulterModule.register provides its options under (@nestjs/platform-express). */
const MULTER_MODULE_OPTIONS = 'MULTER_MODULE_OPTIONS';

/**
 * FileInterceptor for one file in `field`, held in memory up to the service's MulterModule
 * `limits.fileSize`; a larger file is refused with 413 FILE_TOO_LARGE naming that limit (multer's
 * own answer is a bare "File too large").
 */
export function BoundedFileInterceptor(field: string): Type<NestInterceptor> {
  const Base = FileInterceptor(field);

  @Injectable()
  class Bounded extends Base {
    private readonly maxBytes: number | undefined;

    constructor(@Optional() @Inject(MULTER_MODULE_OPTIONS) options: MulterModuleOptions = {}) {
      super(options);
      const size = typeof options.limits === 'object' ? options.limits.fileSize : undefined;
      this.maxBytes = typeof size === 'number' ? size : undefined;
    }

    override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      try {
        return await super.intercept(context, next);
      } catch (error) {
        if (error instanceof PayloadTooLargeException && this.maxBytes !== undefined) {
          throw new TooLargeError(
            'FILE_TOO_LARGE',
            `the file is larger than ${this.maxBytes.toLocaleString('en-US')} bytes (the limit)`,
            field,
            { limit: this.maxBytes },
          );
        }
        throw error;
      }
    }
  }
  return mixin(Bounded);
}
