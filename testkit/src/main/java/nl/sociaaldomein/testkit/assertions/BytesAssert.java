// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.assertions;

import org.assertj.core.api.AbstractByteArrayAssert;

/** Assertions on bytes a tool writes (a response body, an export in memory), with AssertJ's own besides. */
public final class BytesAssert extends AbstractByteArrayAssert<BytesAssert> {

  public BytesAssert(byte[] actual) {
    super(actual, BytesAssert.class);
  }

  /** As {@link TextAssert#containsNoBsn()}, on the bytes; columns count bytes (chars in UTF-16 with a byte order mark). */
  public BytesAssert containsNoBsn() {
    isNotNull();
    TextChecks.bsnFailure("the bytes", FileAssert.latin1(actual)).ifPresent(m -> failWithMessage("%s", m));
    return this;
  }
}
