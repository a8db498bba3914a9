// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The taakveld classification of the BBV rules: {@link nl.sociaaldomein.taakveld.TaakveldCode}
 * (codes are strings: {@code 0.10} is not {@code 0.1}), {@link nl.sociaaldomein.taakveld.Taakveld},
 * and {@link nl.sociaaldomein.taakveld.TaakveldCatalogue}, the list of one booking year
 * (2017-2026 ship in the jar, derived from the CBS Iv3 definition files) or one of the user's
 * own, with lookup by code and by the names documents use. {@link
 * nl.sociaaldomein.taakveld.TaakveldMapping} rolls codes of a newer list up into an older one
 * across the 2023 and 2025 revisions, and says where the definitions leave that undetermined
 * rather than guess.
 *
 * <p>Reading and writing catalogues as CSV or JSON, and reading the CBS files, is in the io
 * module, {@code nl.sociaaldomein.io.taakveld}.
 */
package nl.sociaaldomein.taakveld;
