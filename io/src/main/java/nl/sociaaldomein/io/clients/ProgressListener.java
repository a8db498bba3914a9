// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

/**
 * Told how a long read progresses: every so many rows (see
 * {@link ClientDataReader#withProgress(ProgressListener, int)}) and once at the end. It is called
 * on the reading thread; an exception it throws ends the read.
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores progress. */
  ProgressListener NONE = progress -> { };

  /** Told how far the read has got; called on the reading thread, so it should return quickly. */
  void progress(ReadProgress progress);
}
