// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.internal;

/** Helpers for putting user input into messages. */
public final class Texts {

  /** Longest stretch of user input quoted in a message; more would bury the reason. */
  public static final int MAX_QUOTED = 60;

  private Texts() {}

  /** {@code text}, cut to {@link #MAX_QUOTED} characters with an ellipsis when longer. */
  public static String abbreviate(CharSequence text) {
    if (text.length() <= MAX_QUOTED) {
      return text.toString();
    }
    return text.subSequence(0, MAX_QUOTED - 3) + "...";
  }

  /** {@code text} with control characters written as {@code \}{@code uXXXX}, so a message shows them. */
  public static String visible(CharSequence text) {
    StringBuilder b = new StringBuilder(text.length());
    text.chars().forEach(c -> b.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return b.toString();
  }
}
