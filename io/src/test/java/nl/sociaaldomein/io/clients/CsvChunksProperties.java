// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The line breaks of a chunk counted eight bytes at a time (for chunks without quotes or lone
 * carriage returns) are those of the walk byte by byte, whatever the bytes: text made of the
 * characters that matter, at every length around a word's eight bytes, as a last chunk and not.
 */
class CsvChunksProperties {

  private static final byte[] ALPHABET = {'a', '1', ',', ';', '\n', '\n', '\r', '"'};

  @Test
  void countingLineBreaksByWordsGivesTheWalksCount() {
    qt().withExamples(20_000).forAll(longs().all(), integers().between(0, 40), integers().between(0, 7))
        .checkAssert((seed, length, without) -> {
          Random random = new Random(seed);
          byte[] bytes = new byte[length];
          for (int i = 0; i < length; i++) {
            // Leaving one of the line break and quote characters out makes plain chunks common.
            int pick;
            do {
              pick = random.nextInt(ALPHABET.length);
            } while (pick == without && without >= 4);
            bytes[i] = ALPHABET[pick];
          }
          for (boolean last : new boolean[] {false, true}) {
            CsvChunks.Chunk chunk = new CsvChunks.Chunk(null, 0, bytes, length, last);
            for (char separator : new char[] {',', ';'}) {
              assertEquals(chunk.walkedLineBreaks(separator), chunk.lineBreaks(separator));
            }
          }
        });
  }

  @Test
  void aChunkOfCrLfLinesCountsEachLineOnce() {
    byte[] bytes = "1,a\r\n22,bb\r\n333,ccc\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertEquals(3, new CsvChunks.Chunk(null, 0, bytes, bytes.length, false).lineBreaks(','));
    // Cut after the CR: the chunk does not end a record.
    assertEquals(-1, new CsvChunks.Chunk(null, 0, bytes, bytes.length - 1, false).lineBreaks(','));
  }
}
