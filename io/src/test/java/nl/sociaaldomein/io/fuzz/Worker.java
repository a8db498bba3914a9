// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one input at a time on a thread of its own, so that an input that hangs is stopped and
 * the next one runs on a fresh thread.
 *
 * <p>The bound is the CPU time of that thread, not the clock: on a build machine shared by
 * several builds a thread may wait for a core longer than the bound without doing any work. The
 * clock still ends a run at ten times the bound, for a thread that waits on nothing.
 */
final class Worker implements AutoCloseable {

  /** How a run ended: a value, a throwable, or stopped at the bound (with where it was). */
  record Result<T>(Optional<T> value, Optional<Throwable> thrown, Optional<StackTraceElement[]> stoppedAt) {
    boolean timedOut() {
      return stoppedAt.isPresent();
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Duration bound;
  private ExecutorService executor;
  private volatile Thread thread;
  private int abandoned;

  Worker(Duration bound) {
    this.bound = bound;
    this.executor = newExecutor();
  }

  private ExecutorService newExecutor() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz-worker");
      t.setDaemon(true);
      thread = t;
      return t;
    });
  }

  /** Threads that could not be stopped and still run (only on a JDK without {@code Thread.stop}). */
  int abandoned() {
    return abandoned;
  }

  <T> Result<T> run(Callable<T> task) {
    Future<T> future = executor.submit(task);
    long boundNanos = bound.toNanos();
    long start = System.nanoTime();
    long startCpu = cpuNanos();
    while (true) {
      try {
        return new Result<>(Optional.ofNullable(future.get(Math.max(1, boundNanos / 20), TimeUnit.NANOSECONDS)),
            Optional.empty(), Optional.empty());
      } catch (ExecutionException e) {
        return new Result<>(Optional.empty(), Optional.of(e.getCause()), Optional.empty());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("The fuzzer was interrupted", e);
      } catch (TimeoutException e) {
        long cpu = cpuNanos();
        long wall = System.nanoTime() - start;
        boolean overCpu = cpu >= 0 && startCpu >= 0 && cpu - startCpu >= boundNanos;
        if (overCpu || wall >= (cpu < 0 ? boundNanos : 10 * boundNanos)) {
          StackTraceElement[] where = thread.getStackTrace();
          stop(future);
          return new Result<>(Optional.empty(), Optional.empty(), Optional.of(Arrays.copyOf(where, where.length)));
        }
      }
    }
  }

  private long cpuNanos() {
    Thread t = thread;
    return t == null || !THREADS.isThreadCpuTimeSupported() ? -1 : THREADS.getThreadCpuTime(t.getId());
  }

  /**
   * Stops the thread of a run past its bound and starts another. Interrupting does not stop a
   * loop inside BigDecimal, so the thread is stopped the hard way where the JDK still allows it;
   * whatever it leaves half-done belongs to one fuzzed input, which is thrown away.
   */
  @SuppressWarnings({"deprecation", "removal"})
  private void stop(Future<?> future) {
    Thread t = thread;
    future.cancel(true);
    executor.shutdownNow();
    try {
      t.stop();
    } catch (UnsupportedOperationException noLongerPossible) {
      // JDK 20 and later: the daemon thread is left to finish, and counted.
    }
    try {
      t.join(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (t.isAlive()) {
      abandoned++;
    }
    executor = newExecutor();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
