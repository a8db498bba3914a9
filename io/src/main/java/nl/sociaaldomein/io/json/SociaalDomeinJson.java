// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** A ready {@link ObjectMapper} for the values of this library. */
public final class SociaalDomeinJson {

  private SociaalDomeinJson() {}

  /**
   * A new mapper with every Jackson module of this library (the money types, read reports,
   * statements, taakvelden, client results: each package's module, found through
   * {@code META-INF/services}, so that no package of io depends on another for it), decimals read
   * as {@code BigDecimal}, unknown properties refused and output indented.
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new SociaalDomeinModule())
        .addModules(ObjectMapper.findModules(SociaalDomeinJson.class.getClassLoader()))
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }
}
