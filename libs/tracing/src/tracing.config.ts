import { IsBoolean, IsString, Matches } from 'class-validator';

export class TracingConfig {
  @IsBoolean()
  OTEL_ENABLED: boolean = false;

  @Matches(/^[a-z][a-z-]*$/)
  OTEL_SERVICE_NAME: string = 'jaring';

  @IsString()
  @Matches(/^https?:\/\/\S+$/, { message: 'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL' })
  OTEL_EXPORTER_OTLP_ENDPOINT: string = 'http://127.0.0.1:4318';
}
