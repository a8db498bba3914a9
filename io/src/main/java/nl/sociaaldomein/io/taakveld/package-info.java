// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Taakveld catalogues in and out of files: {@link nl.sociaaldomein.io.taakveld.TaakveldCatalogueCsv}
 * (Dutch Excel and comma-separated), {@link nl.sociaaldomein.io.taakveld.TaakveldCatalogueJson},
 * {@link nl.sociaaldomein.io.taakveld.TaakveldJsonModule} for Jackson, and
 * {@link nl.sociaaldomein.io.taakveld.Iv3DefinitionReader} for the CBS Iv3 definition files, from
 * which {@link nl.sociaaldomein.io.taakveld.TaakveldResourceGenerator} derives the lists core
 * ships. Every reader follows the reader contract of {@link nl.sociaaldomein.io}: it returns a
 * {@link nl.sociaaldomein.io.ReadResult} with every problem at its place (file and line and column
 * header, or file and JSON path) and its bad text, and in
 * {@link nl.sociaaldomein.io.ReadMode#STRICT} throws the first as a
 * {@link nl.sociaaldomein.io.ReadException}.
 */
package nl.sociaaldomein.io.taakveld;
