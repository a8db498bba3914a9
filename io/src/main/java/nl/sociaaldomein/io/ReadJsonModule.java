// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Jackson support for what a read reports, so that a problems report can leave the JVM: a
 * {@link ReadReport} with its counts and problems, a {@link Problem} as its place (only the parts
 * known), {@code what} where it may be shown, and {@code why}.
 *
 * <pre>{@code
 * {"source": "p.csv", "dialect": "PLAIN", "rowsRead": 2, "accepted": 1, "rejected": 1, "problemCount": 1,
 *  "problemsTruncated": false,
 *  "problems": [{"source": "p.csv", "line": 3, "column": "bsn", "why": "invalid BSN: ..."}]}
 * }</pre>
 */
public final class ReadJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module, as {@code ObjectMapper.findAndRegisterModules()} makes it. */
  public ReadJsonModule() {
    super("ReadJsonModule", Version.unknownVersion());
    addSerializer(ReadReport.class, new JsonSerializer<>() {
      @Override
      public void serialize(ReadReport r, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("source", r.source());
        if (r.dialect().isPresent()) {
          gen.writeStringField("dialect", r.dialect().get().name());
        }
        gen.writeNumberField("rowsRead", r.rowsRead());
        gen.writeNumberField("accepted", r.accepted());
        gen.writeNumberField("rejected", r.rejected());
        gen.writeNumberField("problemCount", r.problemCount());
        gen.writeBooleanField("problemsTruncated", r.problemsTruncated());
        gen.writeArrayFieldStart("problems");
        for (Problem p : r.problems()) {
          writeProblem(p, gen);
        }
        gen.writeEndArray();
        gen.writeEndObject();
      }
    });
    addSerializer(Problem.class, new JsonSerializer<>() {
      @Override
      public void serialize(Problem p, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        writeProblem(p, gen);
      }
    });
  }

  private static void writeProblem(Problem p, JsonGenerator gen) throws IOException {
    Location at = p.where();
    gen.writeStartObject();
    gen.writeStringField("source", at.source());
    if (at.cell().isPresent()) {
      gen.writeStringField("cell", at.cell().get());
    }
    if (at.line().isPresent()) {
      gen.writeNumberField("line", at.line().getAsLong());
    }
    if (at.character().isPresent()) {
      gen.writeNumberField("character", at.character().getAsInt());
    }
    if (at.column().isPresent()) {
      gen.writeStringField("column", at.column().get());
    }
    if (at.jsonPath().isPresent()) {
      gen.writeStringField("jsonPath", at.jsonPath().get());
    }
    if (p.what().isPresent()) {
      gen.writeStringField("what", p.what().get());
    }
    gen.writeStringField("why", p.why());
    gen.writeEndObject();
  }
}
