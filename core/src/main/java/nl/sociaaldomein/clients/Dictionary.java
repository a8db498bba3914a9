// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.SociaalDomeinException;

/** The values of one dictionary-encoded column, in first-seen order, with a limit the column's width sets. */
final class Dictionary {

  private final String name;
  private final int limit;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> values = new ArrayList<>();
  /** The value last looked up and its code: rows of one client often repeat a provider, and readers pool their strings. */
  private String last;
  private int lastCode;

  Dictionary(String name, int limit) {
    this.name = name;
    this.limit = limit;
  }

  /** The code of {@code value}, given it the next code when it is new. */
  int index(String value) {
    if (value == last) {
      return lastCode;
    }
    Integer i = index.get(value);
    if (i != null) {
      last = value;
      lastCode = i;
      return i;
    }
    if (values.size() >= limit) {
      throw new SociaalDomeinException("More than " + limit + " distinct " + name + " in one dataset");
    }
    index.put(value, values.size());
    values.add(value);
    return values.size() - 1;
  }

  /** The values, code 0 first. */
  List<String> values() {
    return List.copyOf(values);
  }

  int size() {
    return values.size();
  }

  String value(int code) {
    return values.get(code);
  }
}
