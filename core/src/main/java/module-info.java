// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Exact amounts, printed figures and the calculations of the sociaal domein, without IO.
 *
 * <p>Every package is exported except {@code nl.sociaaldomein.internal}: its helpers are shared
 * by the packages of this module and may change in any release, so other modules cannot reach
 * them. JSR 354 ({@code java.money}) is read transitively: {@code Amount.of(MonetaryAmount)} and
 * {@code Amount.toMonetaryAmount()} take and return its type. Guava is an implementation detail
 * (no type of it appears in the API), so it is read, not re-exported.
 *
 * <p>Moneta, the implementation of JSR 354, is needed by {@code Amount.toMonetaryAmount()} alone,
 * and only at compile time is it required ({@code requires static}): its module declaration
 * requires {@code okhttp3} (for its exchange-rate loader), which this library's pom leaves out so
 * that no HTTP client comes with it. An application on the module path that converts to JSR 354
 * adds Moneta and OkHttp itself ({@code --add-modules org.javamoney.moneta}); on the class path
 * nothing changes. The shipped catalogue {@code taakvelden.tsv} is read by this module itself,
 * so its package is not opened.
 */
module nl.sociaaldomein.core {
  requires com.google.common;
  requires transitive java.money;
  requires static org.javamoney.moneta;

  exports nl.sociaaldomein;
  exports nl.sociaaldomein.clients;
  exports nl.sociaaldomein.funding;
  exports nl.sociaaldomein.indicators;
  exports nl.sociaaldomein.iv3;
  exports nl.sociaaldomein.money;
  exports nl.sociaaldomein.notation;
  exports nl.sociaaldomein.savings;
  exports nl.sociaaldomein.savings.model;
  exports nl.sociaaldomein.statement;
  exports nl.sociaaldomein.taakveld;
  exports nl.sociaaldomein.text;
  exports nl.sociaaldomein.variance;
}
