// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Iv3 deliveries as JSON, and the files CBS publishes for them: the delivery schema
 * ({@code iv3_data_schema_v2_1_1.json}), the yearly definitions ({@code iv3_definities_Gemeente_<year>.json})
 * and the error catalogue ({@code fouten.json}), shipped unchanged as resources of this package
 * ({@link nl.sociaaldomein.io.iv3.ShippedIv3}). A delivery is validated against CBS's schema by
 * a JSON Schema library before it is bound, and each schema error is reported with CBS's own
 * error code and message text; the checks against a year's definitions (codes, grey cells,
 * controles) are core's, on the bound delivery. See {@code docs/iv3.md}.
 */
package nl.sociaaldomein.io.iv3;
