import { Controller, Get, Injectable } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';

/** Anything besides its database that readiness reports on (holiday data; never the broker). */
export abstract class ReadinessProbe {
  abstract readonly name: string;
  abstract isReady(): Promise<boolean>;
  /** Something an operator must act on soon while the service stays ready (shown on /health/ready). */
  warning?(): string | undefined;
}

@Injectable()
export class ReadinessProbes {
  constructor(readonly probes: ReadinessProbe[]) {}
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly readiness: ReadinessProbes,
  ) {}

  /** The process is alive; restarting it would not help anything else. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /**
   * The database answers: the REST API can serve. The broker is not checked: during a Kafka outage
   * writes wait in the outbox and reads need no broker, so taking the pods out of the Service would
   * only turn a delay into an outage. Broker links are reported by `jaring_kafka_link_up`; other
   * probes (holiday data) may add a warning.
   */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      ...this.readiness.probes.map((probe) => async () => {
        const indicator = this.indicators.check(probe.name);
        if (!(await probe.isReady())) return indicator.down();
        const warning = probe.warning?.();
        return warning ? indicator.up({ warning }) : indicator.up();
      }),
    ]);
  }
}
