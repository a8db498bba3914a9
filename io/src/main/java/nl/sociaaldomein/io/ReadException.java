// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io;

import nl.sociaaldomein.SociaalDomeinException;

/**
 * What a strict read throws at the first problem, and what {@link ReadResult#orElseThrow()}
 * throws for a read that had problems: the {@link Problem}, with its place, text and reason.
 */
public class ReadException extends SociaalDomeinException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  /** The exception for {@code problem}, caused by {@code cause} (a syntax error of the parser, say). */
  public ReadException(Problem problem, Throwable cause) {
    super(problem.where().toString(), problem.what(), problem.why(), cause);
    this.problem = problem;
  }

  /** The problem, with its {@link Location}. */
  public Problem problem() {
    return problem;
  }
}
