// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * How many parts an analysis splits its clients into, and the executor that runs them: by
 * default one pool the library shares (daemon threads, as many as processors), or the caller's
 * own executor, so that an application decides where the work runs and no call creates a pool.
 * The calling thread runs one part itself and waits for the others.
 *
 * @param threads the parts, 1 or more; 1 runs on the calling thread alone
 * @param executor where the other parts run; empty for the shared pool
 */
public record Parallelism(int threads, Optional<Executor> executor) {

  /** On the calling thread alone. */
  public static final Parallelism SINGLE = new Parallelism(1, Optional.empty());

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Parallelism {
    Objects.requireNonNull(executor, "executor");
    if (threads < 1) {
      throw new SociaalDomeinException("threads", Optional.of(Integer.toString(threads)), "at least 1");
    }
  }

  /** {@code threads} parts on the shared pool. */
  public static Parallelism of(int threads) {
    return threads == 1 ? SINGLE : new Parallelism(threads, Optional.empty());
  }

  /** {@code threads} parts, all but one on {@code executor}. */
  public static Parallelism of(int threads, Executor executor) {
    return new Parallelism(threads, Optional.of(Objects.requireNonNull(executor, "executor")));
  }

  /** The pool the library shares when the caller gives none: created once, on first use. */
  private static final class SharedPool {
    static final ForkJoinPool POOL = new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
        pool -> {
          ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
          thread.setName("sociaaldomein-" + thread.getPoolIndex());
          thread.setDaemon(true);
          return thread;
        }, null, false);
  }

  /**
   * Runs {@code part} for 0 to {@code parts - 1} (at most {@link #threads()} of them at once)
   * and returns the results in part order; an exception of a part is thrown here, after every
   * part that started has ended. Each part is claimed once, by a pool thread or by the calling
   * thread, which after its own part runs every part no pool thread has started: so the call
   * finishes even when the executor is busy, bounded, the caller's own pool, or refuses work.
   */
  <T> List<T> run(int parts, IntFunction<T> part) {
    if (parts <= 1 || threads == 1) {
      List<T> results = new ArrayList<>();
      for (int p = 0; p < Math.max(1, parts); p++) {
        results.add(part.apply(p));
      }
      return results;
    }
    Executor where = executor.orElse(SharedPool.POOL);
    AtomicBoolean[] claimed = new AtomicBoolean[parts];
    List<CompletableFuture<T>> done = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      claimed[p] = new AtomicBoolean(p == 0);
      done.add(new CompletableFuture<>());
    }
    for (int p = 1; p < parts; p++) {
      int index = p;
      try {
        where.execute(() -> runClaimed(index, claimed, done, part));
      } catch (RejectedExecutionException e) {
        // The calling thread runs it below.
      }
    }
    boolean failed = false;
    for (int p = 0; p < parts; p++) {
      if (p == 0 || claimed[p].compareAndSet(false, true)) {
        if (failed) {
          // After a failure the parts no thread has started are not run at all.
          done.get(p).cancel(false);
        } else {
          complete(done.get(p), p, part);
        }
      }
      failed |= done.get(p).isCompletedExceptionally();
    }
    List<T> results = new ArrayList<>();
    Throwable failure = null;
    for (CompletableFuture<T> f : done) {
      try {
        results.add(f.join());
      } catch (CompletionException e) {
        failure = failure == null ? e.getCause() : failure;
      } catch (CancellationException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure instanceof Error err) {
      throw err;
    }
    if (failure instanceof RuntimeException r) {
      throw r;
    }
    return results;
  }

  private static <T> void runClaimed(int index, AtomicBoolean[] claimed, List<CompletableFuture<T>> done,
      IntFunction<T> part) {
    if (claimed[index].compareAndSet(false, true)) {
      complete(done.get(index), index, part);
    }
  }

  private static <T> void complete(CompletableFuture<T> future, int index, IntFunction<T> part) {
    try {
      future.complete(part.apply(index));
    } catch (RuntimeException | Error e) {
      future.completeExceptionally(e);
    }
  }

  /** Work on the range of clients {@code [from, to)}. */
  @FunctionalInterface
  interface RangeWork<T> {
    T run(int from, int to);
  }

  /**
   * Runs {@code work} on {@code clients} clients split into {@link #parts(int)} ranges of nearly
   * equal size, and returns the results in range order; results of disjoint ranges add exactly.
   */
  <T> List<T> overRanges(int clients, RangeWork<T> work) {
    int parts = parts(clients);
    return run(parts, p -> work.run((int) ((long) clients * p / parts), (int) ((long) clients * (p + 1) / parts)));
  }

  /** The ranges {@code [from, to)} of {@code clients} clients, one per part: at most {@link #threads()}. */
  int parts(int clients) {
    return Math.max(1, Math.min(threads, clients));
  }
}
