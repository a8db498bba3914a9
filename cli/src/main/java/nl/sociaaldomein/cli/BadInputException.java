// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.cli;

import nl.sociaaldomein.SociaalDomeinException;

/** Input a command cannot use: a file that is not there, an option value it cannot take. Exit {@value Main#BAD_INPUT}. */
final class BadInputException extends SociaalDomeinException {

  private static final long serialVersionUID = 1L;

  BadInputException(String why) {
    super(why);
  }
}
