// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadResult;
import nl.sociaaldomein.iv3.Iv3Delivery;
import nl.sociaaldomein.iv3.Iv3Finding;

/**
 * What reading a delivery gives: the read as every reader of this library returns it (the
 * delivery when it could be bound, the rows taken and refused, the problems), and the same faults
 * in CBS's terms, as findings with CBS's error code and message ({@code SF002}, {@code SF016},
 * ...). Each finding is also a problem, at the finding's path, with the code before the message,
 * in the same order; a problem without a finding is one that CBS's catalogue has no words for
 * (a row not read because the metadata is wrong).
 *
 * @param result the read
 * @param findings the schema findings, in the order of the problems
 */
public record Iv3DeliveryRead(ReadResult<Iv3Delivery> result, List<Iv3Finding> findings) {

  /** Keeps a copy of the findings. */
  public Iv3DeliveryRead {
    Objects.requireNonNull(result, "result");
    findings = List.copyOf(findings);
  }

  /** The delivery, when it could be bound; present also when some lines were refused. */
  public Optional<Iv3Delivery> value() {
    return result.value();
  }

  /** The problems kept, in the order of the source. */
  public List<Problem> problems() {
    return result.problems();
  }

  /** Whether the delivery was read without a problem: it passes CBS's schema and binds. */
  public boolean isValid() {
    return result.isClean() && findings.isEmpty();
  }

  /** The delivery, when it was read without a problem; else throws the first problem. */
  public Iv3Delivery orElseThrow() {
    return result.orElseThrow();
  }
}
