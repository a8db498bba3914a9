// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

import java.util.OptionalDouble;

/**
 * How far a read has come.
 *
 * @param source the file or other source being read
 * @param rowsRead data rows read so far
 * @param accepted rows accepted so far
 * @param rejected rows rejected so far
 * @param bytesRead bytes taken from the file so far (the reader reads ahead in blocks, so this
 *     runs up to a block ahead of the rows), or -1 when reading from a {@code Reader}
 * @param totalBytes the size of the file, or -1 when unknown
 * @param done whether this is the last report, sent once when the read has finished
 */
public record ReadProgress(
    String source, long rowsRead, long accepted, long rejected, long bytesRead, long totalBytes, boolean done) {

  /** The part of the file read, 0 to 1; empty when the size is unknown. */
  public OptionalDouble fraction() {
    if (bytesRead < 0 || totalBytes <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.min(1.0, (double) bytesRead / totalBytes));
  }
}
