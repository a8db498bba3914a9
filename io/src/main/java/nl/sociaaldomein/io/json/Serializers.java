// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;

/**
 * Jackson serializers written as lambdas, for the modules that write the library's results:
 * each says in a few lines what a value is in JSON, without a class per type.
 */
public final class Serializers {

  private Serializers() {}

  /** Writes one value to the generator. */
  @FunctionalInterface
  public interface ValueWriter<T> {
    /** Writes {@code value} as one JSON value to {@code gen}. */
    void write(T value, JsonGenerator gen) throws IOException;
  }

  /** A serializer that writes each value with {@code writer}. */
  public static <T> JsonSerializer<T> of(ValueWriter<T> writer) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        writer.write(value, gen);
      }
    };
  }
}
