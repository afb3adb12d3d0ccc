/**
 * A database transaction opened by the caller, such as a Kafka consumer whose inbox row must commit
 * together with the effect of the event. Opaque to use cases: they only hand it to a repository.
 */
export interface Transaction {
  readonly kind: 'transaction';
}
