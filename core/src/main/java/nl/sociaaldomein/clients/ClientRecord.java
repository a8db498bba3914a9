// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import nl.sociaaldomein.SociaalDomeinException;

/**
 * A client-provision record: one client's provision under one law in one year, with the
 * characteristics the extract gives (most apply to one law only: referrer and intensity level
 * to the Jeugdwet, phase and start qualification to the Participatiewet).
 */
public record ClientRecord(
    ClientId client,
    int year,
    Law law,
    String provision,
    Optional<DeliveryForm> deliveryForm,
    Optional<Referrer> referrer,
    Optional<IntensityLevel> level,
    OptionalInt age,
    Optional<String> phase,
    Optional<String> qualification,
    Optional<String> provider,
    Optional<String> household) {

  /** Rejects a missing component, or one that breaks a rule of the record, naming it. */
  public ClientRecord {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(law, "law");
    Objects.requireNonNull(provision, "provision");
    Objects.requireNonNull(deliveryForm, "deliveryForm");
    Objects.requireNonNull(referrer, "referrer");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(age, "age");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(qualification, "qualification");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(household, "household");
    PaymentRecord.requireYear(year);
    if (provision.isBlank()) {
      throw new SociaalDomeinException("A client record needs a provision");
    }
    age.ifPresent(a -> {
      if (a < 0 || a > 150) {
        throw new SociaalDomeinException("Age " + a + " is not between 0 and 150");
      }
    });
  }

  /** A record with only the required fields; add characteristics with the {@code with} methods. */
  public static ClientRecord of(ClientId client, int year, Law law, String provision) {
    return new ClientRecord(client, year, law, provision, Optional.empty(), Optional.empty(), Optional.empty(),
        OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** This record with delivery form {@code form}. */
  public ClientRecord withDeliveryForm(DeliveryForm form) {
    return new ClientRecord(client, year, law, provision, Optional.of(form), referrer, level, age, phase, qualification, provider, household);
  }

  /** This record with referrer {@code r}. */
  public ClientRecord withReferrer(Referrer r) {
    return new ClientRecord(client, year, law, provision, deliveryForm, Optional.of(r), level, age, phase, qualification, provider, household);
  }

  /** This record with intensity level {@code l}. */
  public ClientRecord withLevel(IntensityLevel l) {
    return new ClientRecord(client, year, law, provision, deliveryForm, referrer, Optional.of(l), age, phase, qualification, provider, household);
  }

  /** This record with the age {@code a}, in whole years. */
  public ClientRecord withAge(int a) {
    return new ClientRecord(client, year, law, provision, deliveryForm, referrer, level, OptionalInt.of(a), phase, qualification, provider, household);
  }

  /** This record in the phase {@code p}. */
  public ClientRecord withPhase(String p) {
    return new ClientRecord(client, year, law, provision, deliveryForm, referrer, level, age, Optional.of(p), qualification, provider, household);
  }

  /** This record with the qualification {@code q}. */
  public ClientRecord withQualification(String q) {
    return new ClientRecord(client, year, law, provision, deliveryForm, referrer, level, age, phase, Optional.of(q), provider, household);
  }

  /** This record with the provider {@code p}. */
  public ClientRecord withProvider(String p) {
    return new ClientRecord(client, year, law, provision, deliveryForm, referrer, level, age, phase, qualification, Optional.of(p), household);
  }

  /** This record in the household {@code h} (a pseudonym, never an address or a BSN). */
  public ClientRecord withHousehold(String h) {
    return new ClientRecord(client, year, law, provision, deliveryForm, referrer, level, age, phase, qualification, provider, Optional.of(h));
  }
}
