// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.statement;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.iv3.ShippedIv3;
import nl.sociaaldomein.io.statement.StatementCsv;
import nl.sociaaldomein.iv3.Iv3Contact;
import nl.sociaaldomein.iv3.Iv3Definitions;
import nl.sociaaldomein.iv3.Iv3DeliveryGenerator;
import nl.sociaaldomein.iv3.Iv3Metadata;
import nl.sociaaldomein.iv3.Iv3StatementDelivery;
import nl.sociaaldomein.iv3.Iv3Status;
import nl.sociaaldomein.iv3.Overheidslaag;
import nl.sociaaldomein.statement.ColumnRole;
import nl.sociaaldomein.statement.Statement;

/** Iv3 deliveries built from statements, as io's tests of seed 000's delivery build them. */
final class Deliveries {

  static final Iv3Definitions D2022 = ShippedIv3.definitions(Overheidslaag.GEMEENTE, 2022).orElseThrow();

  private Deliveries() {}

  /** Seed 000's statement, Meppel 2022 (data/ is on the testkit's test class path). */
  static Statement meppel() {
    String file = "seed-000-meppel-2022.csv";
    InputStream in = Deliveries.class.getResourceAsStream("/statements/" + file);
    if (in == null) {
      throw new IllegalStateException("data/statements/" + file + " is not on the test class path");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return StatementCsv.read(reader, file, ReadMode.STRICT).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The delivery of Meppel's 2022 realisation built from {@code statements}. */
  static Iv3StatementDelivery built(List<Statement> statements) {
    Iv3Metadata metadata = new Iv3Metadata(Overheidslaag.GEMEENTE, "0119", "Meppel", 2022, 5, Iv3Status.REALISATIE,
        OffsetDateTime.parse("2023-07-14T12:00:00+02:00"), false, "Voorbeeldpakket 1.0", "sociaaldomein");
    return Iv3DeliveryGenerator.fromStatements(D2022, statements, ColumnRole.REALISATION, metadata,
        new Iv3Contact("Piet Afzender", "p.afzender@gemeente.nl", "0612345678"));
  }
}
