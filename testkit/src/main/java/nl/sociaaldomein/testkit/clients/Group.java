// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.testkit.clients;

import nl.sociaaldomein.clients.Law;

/** The laws a generated person receives provisions under, in every year they are a client. */
enum Group {
  WMO(true, false, false),
  JEUGDWET(false, true, false),
  PARTICIPATIEWET(false, false, true),
  WMO_PARTICIPATIEWET(true, false, true),
  WMO_JEUGDWET(true, true, false),
  JEUGDWET_PARTICIPATIEWET(false, true, true),
  ALL_THREE(true, true, true);

  private final boolean wmo;
  private final boolean jeugdwet;
  private final boolean participatiewet;

  Group(boolean wmo, boolean jeugdwet, boolean participatiewet) {
    this.wmo = wmo;
    this.jeugdwet = jeugdwet;
    this.participatiewet = participatiewet;
  }

  boolean has(Law law) {
    switch (law) {
      case WMO:
        return wmo;
      case JEUGDWET:
        return jeugdwet;
      default:
        return participatiewet;
    }
  }

  int laws() {
    return (wmo ? 1 : 0) + (jeugdwet ? 1 : 0) + (participatiewet ? 1 : 0);
  }

  /** The single-law group of {@code law}. */
  static Group only(Law law) {
    switch (law) {
      case WMO:
        return WMO;
      case JEUGDWET:
        return JEUGDWET;
      default:
        return PARTICIPATIEWET;
    }
  }
}
