// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

/** The Participatiewet provisions generated, after chapter 4 of the quickscan. */
enum ParticipatiewetProvision {
  UITKERING(QuickscanCalibration.UITKERING),
  WERK(QuickscanCalibration.WERK),
  BIJZONDERE_BIJSTAND(QuickscanCalibration.BIJZONDERE_BIJSTAND),
  MINIMA(QuickscanCalibration.MINIMA),
  SCHULDHULPVERLENING(QuickscanCalibration.SCHULDHULPVERLENING);

  private final String dutchName;

  ParticipatiewetProvision(String dutchName) {
    this.dutchName = dutchName;
  }

  /** The provision's name as the quickscan's text and the records write it. */
  String dutchName() {
    return dutchName;
  }
}
