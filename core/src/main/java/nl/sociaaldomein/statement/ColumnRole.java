// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.statement;

/** What a budget column holds. */
public enum ColumnRole {
  /** Realisatie of the previous year. */
  REALISATION_PREVIOUS_YEAR,
  /** Primaire (primitieve) begroting: the budget as adopted. */
  ORIGINAL_BUDGET,
  /** Begroting na wijziging: the budget variances are measured against. */
  AMENDED_BUDGET,
  /** Realisatie: the actual figures. */
  REALISATION,
  /** Afwijking: the difference of two other columns, derived and never entered. */
  VARIANCE,
  /** Incidenteel: the one-off part of another column, as in seed 002. */
  INCIDENTAL,
  /** A year of the meerjarenraming (multi-year forecast). */
  FORECAST
}
