// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.iv3;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * The metadata of a delivery, one field per key of the schema.
 *
 * @param overheidslaag the tier
 * @param overheidsnummer the CBS number of the body, as text with its leading zeros ({@code 0119})
 * @param overheidsnaam the name of the body
 * @param boekjaar the booking year
 * @param periode 0 (budget), 1 to 4 (quarters) or 5 (the year's realisation)
 * @param status budget or realisation
 * @param datum when the delivery was made, to the second
 * @param detailsOpenbaar whether CBS may publish the details
 * @param financieelPakket the bookkeeping package
 * @param exportSoftware the software that wrote the file
 */
public record Iv3Metadata(Overheidslaag overheidslaag, String overheidsnummer, String overheidsnaam, int boekjaar,
    int periode, Iv3Status status, OffsetDateTime datum, boolean detailsOpenbaar, String financieelPakket,
    String exportSoftware) {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public Iv3Metadata {
    Objects.requireNonNull(overheidslaag, "overheidslaag");
    Objects.requireNonNull(overheidsnummer, "overheidsnummer");
    Objects.requireNonNull(overheidsnaam, "overheidsnaam");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(datum, "datum");
    Objects.requireNonNull(financieelPakket, "financieelPakket");
    Objects.requireNonNull(exportSoftware, "exportSoftware");
    if (periode < 0 || periode > 5) {
      throw new SociaalDomeinException("metadata.periode", Optional.of(Integer.toString(periode)), "not 0 to 5");
    }
    if (boekjaar < 1000 || boekjaar > 9999) {
      throw new SociaalDomeinException("metadata.boekjaar", Optional.of(Integer.toString(boekjaar)),
          "not a year of four digits");
    }
    // The schema's pattern for datum allows no fraction of a second.
    datum = datum.withNano(0);
  }

  /** This metadata for the period {@code periode}: 0 (budget), 1 to 4 (quarters) or 5 (realisation). */
  public Iv3Metadata withPeriode(int periode) {
    return new Iv3Metadata(overheidslaag, overheidsnummer, overheidsnaam, boekjaar, periode, status, datum,
        detailsOpenbaar, financieelPakket, exportSoftware);
  }

  /** This metadata for the booking year {@code boekjaar}. */
  public Iv3Metadata withBoekjaar(int boekjaar) {
    return new Iv3Metadata(overheidslaag, overheidsnummer, overheidsnaam, boekjaar, periode, status, datum,
        detailsOpenbaar, financieelPakket, exportSoftware);
  }

  /** This metadata with {@code status}. */
  public Iv3Metadata withStatus(Iv3Status status) {
    return new Iv3Metadata(overheidslaag, overheidsnummer, overheidsnaam, boekjaar, periode, status, datum,
        detailsOpenbaar, financieelPakket, exportSoftware);
  }
}
