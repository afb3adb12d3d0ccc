import { applyDecorators, Catch, Controller, type RpcExceptionFilter, UseFilters } from '@nestjs/common';
import { BaseRpcContext, EventPattern } from '@nestjs/microservices';
import { type Observable, throwError } from 'rxjs';
import type { EntityManager } from 'typeorm';
import { type EventDefinition, eventPattern } from '@jaring/contracts';
import type { IncomingRecord } from '../kafka/kafka-records';

/** What an `@EventPattern` handler gets with `@Ctx()`: the transaction to write its effect in. */
export class JaringEventContext extends BaseRpcContext<[EntityManager, IncomingRecord | undefined]> {
  get manager(): EntityManager {
    return this.args[0];
  }

  /** The Kafka record of a single event; undefined for `@OnEvents` batch handlers. */
  get record(): IncomingRecord | undefined {
    return this.args[1];
  }
}

/**
 * Nest's default RPC filter turns every handler error into a generic "Internal server error";
 * the consumer runner needs the original error to decide between retry and dead letter.
 */
@Catch()
export class RethrowEventErrors implements RpcExceptionFilter {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}

/** Marks a class of `@EventPattern` handlers that run under the Jaring Kafka transport. */
export const EventConsumer = () => applyDecorators(Controller(), UseFilters(RethrowEventErrors));

/**
 * Subscribes a handler method to event types and versions (several when one handler reads the
 * versions of an event still on the wire): it receives one envelope at a time.
 */
export const OnEvent = (...definitions: EventDefinition[]): MethodDecorator =>
  EventPattern<string[]>(definitions.map(eventPattern));

/**
 * Subscribes a handler method to runs of consecutive events of one type and version: it receives
 * an array of envelopes (in partition order) and should apply them with set-based statements.
 * A run never mixes versions, so a handler given several definitions gets one version at a time.
 */
export const OnEvents = (...definitions: EventDefinition[]): MethodDecorator =>
  EventPattern<string[]>(definitions.map(eventPattern), { batch: true });
