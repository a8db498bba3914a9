// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import java.util.List;

/**
 * The Wmo provisions generated: those of figure 3.4, each of which can be a client's main
 * provision, and meerkosten, which is added apart (see {@link GenerationPlan}).
 */
enum WmoProvision {
  BEGELEIDING(QuickscanCalibration.BEGELEIDING),
  HULP_BIJ_HUISHOUDEN(QuickscanCalibration.HULP_BIJ_HUISHOUDEN),
  WOON(QuickscanCalibration.WOON),
  VERVOER(QuickscanCalibration.VERVOER),
  MEERKOSTEN(QuickscanCalibration.MEERKOSTEN);

  /** The provisions a client's main provision is drawn from, in the order of their slots. */
  static final List<WmoProvision> MAIN = List.of(BEGELEIDING, HULP_BIJ_HUISHOUDEN, WOON, VERVOER);

  private final String dutchName;

  WmoProvision(String dutchName) {
    this.dutchName = dutchName;
  }

  /** The provision's name as figure 3.4 and the records write it. */
  String dutchName() {
    return dutchName;
  }

  /**
   * Begeleiding and Hulp bij Huishouden: care paid month by month, from the large providers of
   * line 2536, and the provisions a personal budget (pgb) pays for.
   */
  boolean isPersonalCare() {
    return this == BEGELEIDING || this == HULP_BIJ_HUISHOUDEN;
  }
}
