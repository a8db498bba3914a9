// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextInputTest {

  @Test
  void anUnclosedQuoteTakesInTheLinesToTheEndThatHoldAnything() {
    assertEquals(Optional.of(new TextInput.UnclosedQuote(List.of(2L, 3L, 5L))),
        TextInput.unclosedQuote("a;b\r\nc;\"d\r\ne;f\r\n \r\ng\r\n\r\n", ';'));
    assertEquals(Optional.of(new TextInput.UnclosedQuote(List.of(1L))), TextInput.unclosedQuote("\"", ','));
    assertEquals("not valid CSV: an unclosed quote from line 2 takes in lines 2 to 5; close the quote"
        + " (a quote inside a quoted field is written twice)", new TextInput.UnclosedQuote(List.of(2L, 3L, 5L)).why());
  }

  @Test
  void closedQuotesDoubledQuotesAndQuotesInsideAFieldAreNoUnclosedQuote() {
    assertEquals(Optional.empty(), TextInput.unclosedQuote("a;\"b\nc\";d\n", ';'));
    assertEquals(Optional.empty(), TextInput.unclosedQuote("a;\"say \"\"hi\"\"\";d\n", ';'));
    // FastCSV reads a quote after the start of a field as text.
    assertEquals(Optional.empty(), TextInput.unclosedQuote("a;5\" screen;d\n", ';'));
    // A separator of the other dialect does not start a field.
    assertEquals(Optional.empty(), TextInput.unclosedQuote("a;b,\"c\n", ';'));
    assertEquals(Optional.of(new TextInput.UnclosedQuote(List.of(1L))), TextInput.unclosedQuote("a,b,\"c\n", ','));
  }
}
