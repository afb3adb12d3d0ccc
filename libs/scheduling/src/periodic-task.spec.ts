import { PeriodicTask, type PeriodicTaskOptions } from './periodic-task';

/** Lets settled promises run their callbacks (setImmediate stays real below). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A started task whose runs end only when the test calls finish(). */
function startTask(options: Partial<PeriodicTaskOptions> = {}) {
  const finishers: ((error?: Error) => void)[] = [];
  const state = { runs: 0 };
  const onError = jest.fn();
  const task = new PeriodicTask(
    () => {
      state.runs += 1;
      return new Promise<void>((resolve, reject) => finishers.push((error) => (error ? reject(error) : resolve())));
    },
    { everyMs: 1_000, runAtStart: true, onError, ...options },
  );
  task.start();
  const finish = async (error?: Error) => {
    finishers.shift()?.(error);
    await settle();
  };
  return { task, state, onError, finish };
}

describe('PeriodicTask', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  it('runs at start and then every interval', async () => {
    const { task, state, finish } = startTask();
    expect(state.runs).toBe(1);
    await finish();
    jest.advanceTimersByTime(1_000);
    expect(state.runs).toBe(2);
    await finish();
    jest.advanceTimersByTime(1_000);
    expect(state.runs).toBe(3);
    await finish();
    await task.stop();
  });

  it('waits for the first interval when it is not to run at start', async () => {
    const { task, state, finish } = startTask({ runAtStart: false });
    jest.advanceTimersByTime(999);
    expect(state.runs).toBe(0);
    jest.advanceTimersByTime(1);
    expect(state.runs).toBe(1);
    await finish();
    await task.stop();
  });

  it('does not start a run while the previous one is still going', async () => {
    const { task, state, finish } = startTask();
    jest.advanceTimersByTime(3_000);
    expect(state.runs).toBe(1);
    await finish();
    jest.advanceTimersByTime(1_000);
    expect(state.runs).toBe(2);
    await finish();
    await task.stop();
  });

  it('reports a failed run and runs again at the next interval', async () => {
    const { task, state, onError, finish } = startTask();
    const failure = new Error('database away');
    await finish(failure);
    expect(onError).toHaveBeenCalledWith(failure);
    jest.advanceTimersByTime(1_000);
    expect(state.runs).toBe(2);
    await finish();
    await task.stop();
  });

  it('stops after the run in progress ends, and runs no more', async () => {
    const { task, state, finish } = startTask();
    let stopped = false;
    const stopping = task.stop().then(() => (stopped = true));
    await settle();
    expect(stopped).toBe(false);
    await finish();
    await stopping;
    jest.advanceTimersByTime(5_000);
    expect(state.runs).toBe(1);
  });

  it('runs once only, at start, with no interval, however often it is started', async () => {
    const { task, state, finish } = startTask({ everyMs: 0 });
    task.start();
    await finish();
    jest.advanceTimersByTime(60_000);
    expect(state.runs).toBe(1);
    await task.stop();
  });
});
