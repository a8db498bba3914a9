// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.clients.ClientDataset;
import nl.sociaaldomein.clients.ClientId;
import nl.sociaaldomein.clients.ClientRecord;
import nl.sociaaldomein.clients.DeliveryForm;
import nl.sociaaldomein.clients.IntensityLevel;
import nl.sociaaldomein.clients.InvalidBsnException;
import nl.sociaaldomein.clients.Law;
import nl.sociaaldomein.clients.PaymentRecord;
import nl.sociaaldomein.clients.Pseudonymiser;
import nl.sociaaldomein.clients.Redaction;
import nl.sociaaldomein.clients.Referrer;
import nl.sociaaldomein.io.CsvDialect;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ProblemLog;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.io.ReadReport;
import nl.sociaaldomein.io.TextInput;
import nl.sociaaldomein.money.Amount;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.notation.DutchNotation;
import nl.sociaaldomein.notation.NotationParseException;
import nl.sociaaldomein.notation.Reading;

/**
 * Reads client and payment files (see {@link ClientFile} and {@code docs/client-data.md}) row by
 * row with FastCSV, never holding more than one row: each row is validated, its BSN
 * pseudonymised at once, and the record handed to a sink, such as a
 * {@link ClientDataset.Builder}. Every rejected row is reported in the {@link ReadReport} with
 * its line, column and reason, and never with a BSN.
 *
 * <pre>{@code
 * ClientDataReader reader = ClientDataReader.of(Pseudonymiser.of(key))
 *     .withProgress(p -> log(p.rowsRead() + " rows"), 100_000);
 * ClientDataset.Builder builder = ClientDataset.builder(Set.of("Huishoudelijke hulp"));
 * ReadReport payments = reader.readPayments(Path.of("betalingen.csv"), builder::add);
 * ReadReport clients = reader.readClients(Path.of("clienten.csv"), builder::add);
 * ClientDataset dataset = builder.build();
 * }</pre>
 *
 * <p>The files are UTF-8 (or the charset of {@link #withCharset(Charset)}), with or without a
 * byte order mark; the dialect (Dutch Excel with
 * {@code ;} and amounts as {@code 1.234,56}, or plain with {@code ,} and {@code 1234.56}) is
 * detected from the header line. Header names are matched in any case and order, in English or
 * Dutch ({@link ClientColumn}); columns this library does not read are skipped, and their values
 * are never kept.
 *
 * <p>The reader follows the contract of every reader of this library: a row that cannot be read
 * is rejected and reported with its line, column and reason, and reading goes on; a fault of the
 * file as a whole (not UTF-8, no header, a required column missing) is a problem of the report
 * too, and every row after a bad header is rejected with it, so that {@code rowsRead ==
 * accepted + rejected} always. {@link #withMode(ReadMode)} with {@link ReadMode#STRICT} throws
 * a {@link nl.sociaaldomein.io.ReadException} at the first problem instead. An instance is
 * immutable and can read several files at once, on several threads; the sink is called on the
 * reading thread.
 */
public final class ClientDataReader {

  /** Problems kept in a report unless {@link #withMaxProblems(int)} says otherwise; all are counted. */
  public static final int DEFAULT_MAX_PROBLEMS = ProblemLog.DEFAULT_MAX_KEPT;

  /** The most threads {@link #withThreads(int)} takes. */
  public static final int MAX_THREADS = 256;

  /** The laws, as {@link Law#values()} without a copy per row. */
  private static final Law[] LAWS = Law.values();

  /** Rows between two progress reports unless {@link #withProgress(ProgressListener, int)} says otherwise. */
  public static final int DEFAULT_PROGRESS_INTERVAL = 100_000;

  private final Pseudonymiser pseudonymiser;
  private final ProgressListener progress;
  private final int progressInterval;
  private final int maxProblems;
  private final ReadMode mode;
  private final int threads;
  private final int chunkBytes;
  private final Charset charset;

  private ClientDataReader(Pseudonymiser pseudonymiser, ProgressListener progress, int progressInterval,
      int maxProblems, ReadMode mode, int threads, int chunkBytes, Charset charset) {
    this.pseudonymiser = pseudonymiser;
    this.progress = progress;
    this.progressInterval = progressInterval;
    this.maxProblems = maxProblems;
    this.mode = mode;
    this.threads = threads;
    this.chunkBytes = chunkBytes;
    this.charset = charset;
  }

  /** A reader that pseudonymises with {@code pseudonymiser}, keeps 1.000 problems and reports no progress. */
  public static ClientDataReader of(Pseudonymiser pseudonymiser) {
    Objects.requireNonNull(pseudonymiser, "pseudonymiser");
    return new ClientDataReader(pseudonymiser, ProgressListener.NONE, DEFAULT_PROGRESS_INTERVAL,
        DEFAULT_MAX_PROBLEMS, ReadMode.LENIENT, 1, CsvChunks.DEFAULT_CHUNK_BYTES, StandardCharsets.UTF_8);
  }

  /** This reader, telling {@code listener} the progress every {@code everyRows} rows and once at the end. */
  public ClientDataReader withProgress(ProgressListener listener, int everyRows) {
    Objects.requireNonNull(listener, "listener");
    if (everyRows < 1) {
      throw new SociaalDomeinException("Progress is reported every 1 or more rows, not " + everyRows);
    }
    return new ClientDataReader(pseudonymiser, listener, everyRows, maxProblems, mode, threads, chunkBytes, charset);
  }

  /** This reader, keeping the first {@code max} problems of a file in its report (all are counted). */
  public ClientDataReader withMaxProblems(int max) {
    if (max < 0) {
      throw new SociaalDomeinException("The problems kept cannot be negative: " + max);
    }
    return new ClientDataReader(pseudonymiser, progress, progressInterval, max, mode, threads, chunkBytes, charset);
  }

  /** This reader in {@code mode}: {@link ReadMode#STRICT} throws at the first problem of a file. */
  public ClientDataReader withMode(ReadMode mode) {
    return new ClientDataReader(pseudonymiser, progress, progressInterval, maxProblems,
        Objects.requireNonNull(mode, "mode"), threads, chunkBytes, charset);
  }

  /**
   * This reader, parsing the rows of a file ({@link #readPayments(Path, Consumer)},
   * {@link #readClients(Path, Consumer)}) in chunks on {@code threads} threads (1, the default,
   * reads on the calling thread). The sink is still called on the calling thread, in file
   * order, and the report is the one a read on one thread gives. A {@code Reader} is always
   * read on the calling thread.
   */
  public ClientDataReader withThreads(int threads) {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new SociaalDomeinException("A read uses 1 to " + MAX_THREADS + " threads, not " + threads);
    }
    return new ClientDataReader(pseudonymiser, progress, progressInterval, maxProblems, mode, threads, chunkBytes, charset);
  }

  /**
   * This reader, reading files ({@link #readPayments(Path, Consumer)},
   * {@link #readClients(Path, Consumer)}) in {@code charset} (UTF-8 by default), refusing a byte
   * that is not valid in it as a problem at its line, never decoding it to a replacement
   * character. A file in a charset other than UTF-8 is read on the calling thread whatever
   * {@link #withThreads(int)} says: the parallel read cuts files at UTF-8 line ends. A
   * {@code Reader} is decoded already; its charset is the one it was opened with.
   */
  public ClientDataReader withCharset(Charset charset) {
    return new ClientDataReader(pseudonymiser, progress, progressInterval, maxProblems, mode, threads, chunkBytes,
        Objects.requireNonNull(charset, "charset"));
  }

  /** This reader, cutting files into chunks of about {@code bytes} bytes for a parallel read; for tests. */
  ClientDataReader withChunkBytes(int bytes) {
    if (bytes < 1) {
      throw new SociaalDomeinException("A chunk has 1 or more bytes, not " + bytes);
    }
    return new ClientDataReader(pseudonymiser, progress, progressInterval, maxProblems, mode, threads, bytes, charset);
  }

  // ---------------------------------------------------------------------------------------
  // Payments and client records

  /** Reads the payment file {@code file}, handing each accepted row to {@code sink}. */
  public ReadReport readPayments(Path file, Consumer<? super PaymentRecord> sink) {
    Objects.requireNonNull(sink, "sink");
    return readFile(file, ClientFile.PAYMENTS, RecordSink.ofPayments(sink));
  }

  /**
   * Reads the payment file {@code file} into {@code builder}, as {@code readPayments(file,
   * builder::add)} does, but handing it each payment's parts without making a
   * {@link PaymentRecord} of them.
   */
  public ReadReport readPayments(Path file, ClientDataset.Builder builder) {
    return readFile(file, ClientFile.PAYMENTS, RecordSink.of(builder));
  }

  /**
   * Reads payments from {@code in} to its end, without closing it; {@code source} names it in the
   * report and in errors.
   */
  public ReadReport readPayments(Reader in, String source, Consumer<? super PaymentRecord> sink) {
    Objects.requireNonNull(sink, "sink");
    return readReader(in, source, ClientFile.PAYMENTS, RecordSink.ofPayments(sink));
  }

  /** Reads the client file {@code file}, handing each accepted row to {@code sink}. */
  public ReadReport readClients(Path file, Consumer<? super ClientRecord> sink) {
    Objects.requireNonNull(sink, "sink");
    return readFile(file, ClientFile.CLIENTS, RecordSink.ofClients(sink));
  }

  /**
   * Reads client records from {@code in} to its end, without closing it; {@code source} names it
   * in the report and in errors.
   */
  public ReadReport readClients(Reader in, String source, Consumer<? super ClientRecord> sink) {
    Objects.requireNonNull(sink, "sink");
    return readReader(in, source, ClientFile.CLIENTS, RecordSink.ofClients(sink));
  }

  /**
   * Reads both files into a new dataset that keeps client records without a payment for the
   * provisions in {@code keepWithoutPayment} (see {@link ClientDataset#builder(Set)}).
   */
  public ClientData readDataset(Path payments, Path clients, Set<String> keepWithoutPayment) {
    ClientDataset.Builder builder = ClientDataset.builder(keepWithoutPayment);
    ReadReport paymentReport = readPayments(payments, builder);
    ReadReport clientReport = readClients(clients, builder::add);
    return new ClientData(builder.build(), paymentReport, clientReport);
  }

  /** {@link #readDataset(Path, Path, Set)} with a reader of {@code pseudonymiser} and the defaults. */
  public static ClientData readDataset(Path payments, Path clients, Pseudonymiser pseudonymiser,
      Set<String> keepWithoutPayment) {
    return of(pseudonymiser).readDataset(payments, clients, keepWithoutPayment);
  }

  @Override
  public String toString() {
    return "ClientDataReader[" + pseudonymiser + ", progress every " + progressInterval + " rows, "
        + maxProblems + " problems kept, " + mode + ", " + threads + (threads == 1 ? " thread" : " threads")
        + (charset.equals(StandardCharsets.UTF_8) ? "]" : ", " + charset.name() + "]");
  }

  // ---------------------------------------------------------------------------------------
  // Sources

  private ReadReport readFile(Path file, ClientFile kind, RecordSink sink) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    if (threads > 1 && charset.equals(StandardCharsets.UTF_8)) {
      AtomicLong merged = new AtomicLong();
      try (FileChannel channel = FileChannel.open(file)) {
        long size = channel.size();
        ReadReport report = new Read(source, kind, sink, merged::get, size).runParallel(file, channel, size, merged);
        if (report != null) {
          return report;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + source, e);
      }
      // The start of the file is not one a chunk can follow (no header in its first
      // mebibyte, irregular quoting before it): read it as one.
    }
    try (CountingInputStream bytes = new CountingInputStream(Files.newInputStream(file));
        BufferedReader in = new BufferedReader(
            new InputStreamReader(bytes, TextInput.strictDecoder(charset)))) {
      long size = Files.size(file);
      return new Read(source, kind, sink, bytes::count, size).run(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source, e);
    }
  }

  private ReadReport readReader(Reader reader, String source, ClientFile kind, RecordSink sink) {
    Objects.requireNonNull(reader, "in");
    Objects.requireNonNull(source, "source");
    Reader unclosed = new FilterReader(reader) {
      @Override
      public void close() {
        // The caller opened it and closes it.
      }
    };
    BufferedReader in = new BufferedReader(unclosed);
    return new Read(source, kind, sink, () -> -1, -1).run(in);
  }

  /** Counts the bytes taken from a file, for progress reports. */
  private static final class CountingInputStream extends FilterInputStream {
    private volatile long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }

    long count() {
      return count;
    }
  }

  // ---------------------------------------------------------------------------------------
  // One read of one file

  /** Where accepted records go: a consumer of records, or a builder that takes a payment's parts. */
  @FunctionalInterface
  private interface RecordSink {
    void record(Object record);

    default void payment(long client, int year, Law law, String provision, String provider, long cents) {
      record(new PaymentRecord(new ClientId(client), year, law, provision, provider, Amount.ofCents(cents)));
    }

    static RecordSink ofPayments(Consumer<? super PaymentRecord> sink) {
      return record -> sink.accept((PaymentRecord) record);
    }

    static RecordSink ofClients(Consumer<? super ClientRecord> sink) {
      return record -> sink.accept((ClientRecord) record);
    }

    static RecordSink of(ClientDataset.Builder builder) {
      Objects.requireNonNull(builder, "builder");
      return new RecordSink() {
        @Override
        public void record(Object record) {
          builder.add((PaymentRecord) record);
        }

        @Override
        public void payment(long client, int year, Law law, String provision, String provider, long cents) {
          builder.addPayment(client, year, law, provision, provider, cents);
        }
      };
    }
  }

  /** Where the rows of a read go: the log and the sink at once, or a batch to be merged in file order. */
  private interface Outcome {
    /** A problem of a row; never with the value, which {@link Redaction} may show in the reason. */
    void problem(long line, ClientColumn column, String reason);

    /** Counts the row just read as rejected; its problems came before. */
    void reject();

    /** Counts the row just read as accepted, handing on the payment of these parts (all valid). */
    void acceptPayment(long client, int year, Law law, String provision, String provider, long cents, long line);

    /** Counts the row just read as accepted, handing its record on. */
    void accept(Object record, long line);
  }

  /** The state of one read: counts, problems, the header's columns. */
  private final class Read implements Outcome {
    private final String source;
    private final ClientFile kind;
    private final RecordSink sink;
    private final LongSupplier bytesRead;
    private final long totalBytes;
    private final ProblemLog log;
    private final Map<ClientColumn, String> headerNames = new EnumMap<>(ClientColumn.class);
    private ClientColumn[] columns = new ClientColumn[0];
    private CsvDialect dialect;
    private int headerFields;
    private int minimumFields;
    /** Set when the header leaves no row to read: every row after it is rejected with it. */
    private boolean badHeader;
    /** The row readers of this read, one per thread at work, so that their caches are wiped at its end. */
    private final Queue<RowReader> rowReaders = new ConcurrentLinkedQueue<>();
    private final List<RowReader> allRowReaders = new ArrayList<>();

    Read(String source, ClientFile kind, RecordSink sink, LongSupplier bytesRead, long totalBytes) {
      this.source = source;
      this.kind = kind;
      this.sink = sink;
      this.bytesRead = bytesRead;
      this.totalBytes = totalBytes;
      this.log = new ProblemLog(source, mode, maxProblems);
    }

    /** Reads a whole file from {@code in}, header and rows, on this thread. */
    ReadReport run(BufferedReader in) {
      try {
        start(in, true);
      } finally {
        wipeCaches();
      }
      return finish();
    }

    /**
     * Reads the start of a file up to and including its header, and with {@code rows} the rows
     * after it too; false when it found no header or the file was refused before it (the
     * problem is logged).
     */
    private boolean start(BufferedReader in, boolean rows) {
      RowHandler handler = new RowHandler(0);
      FileStart start = FileStart.of(in);
      try {
        start.scan();
        dialect = CsvDialect.detect(start.headerLine());
        log.dialect(dialect);
        if (start.tooManyBlanksAt().isPresent()) {
          log.add(Problem.of(Location.atLine(source, start.tooManyBlanksAt().getAsLong()), "too many spaces and"
              + " separators, mixed, before the first value of the header; nothing is read"));
          return false;
        }
        boolean header = true;
        try (CsvReader<RowHandler> csv = csv(handler, start)) {
          RowReader reader = rowReader();
          for (RowHandler row : csv) {
            if (header) {
              if (row.hasContent()) {
                header(row);
                header = false;
              }
            } else if (row.hasContent()) {
              if (!rows) {
                return false;
              }
              reader.read(row, this);
              progressEvery();
            }
          }
          rowReaders.add(reader);
        }
        if (header && rows) {
          log.add(Problem.of(Location.atLine(source, 1), "the file is empty; expected a header row with "
              + describe(kind.required())));
        }
        return !header;
      } catch (CsvParseException e) {
        unreadable(e, Math.max(1, handler.line()));
      } catch (UncheckedIOException e) {
        failure(e.getCause(), Math.max(start.blankLines() + 1, handler.line()));
      } catch (IOException e) {
        failure(e, Math.max(start.blankLines() + 1, handler.line()));
      } finally {
        handler.wipeBsn();
      }
      return false;
    }

    /** Reads the rows of {@code in}, the rest of a file whose first line is line {@code firstLine}, on this thread. */
    private void rest(BufferedReader in, long firstLine) {
      RowHandler handler = new RowHandler(firstLine - 1);
      handler.startData(columns);
      RowReader reader = rowReader();
      try (CsvReader<RowHandler> csv = csv(handler, in)) {
        for (RowHandler row : csv) {
          if (row.hasContent()) {
            reader.read(row, this);
            progressEvery();
          }
        }
      } catch (CsvParseException e) {
        unreadable(e, Math.max(firstLine, handler.line()));
      } catch (UncheckedIOException e) {
        failure(e.getCause(), Math.max(firstLine, handler.line()));
      } catch (IOException e) {
        failure(e, Math.max(firstLine, handler.line()));
      } finally {
        handler.wipeBsn();
        rowReaders.add(reader);
      }
    }

    private CsvReader<RowHandler> csv(RowHandler handler, Reader in) {
      return CsvReader.builder()
          .fieldSeparator(dialect.separator())
          .skipEmptyLines(true)
          .allowMissingFields(true)
          .allowExtraFields(true)
          .build(handler, in);
    }

    /** A reader of rows for this thread: an idle one of this read, or a new one. */
    private RowReader rowReader() {
      RowReader reader = rowReaders.poll();
      if (reader == null) {
        reader = new RowReader(this);
        synchronized (allRowReaders) {
          allRowReaders.add(reader);
        }
      }
      return reader;
    }

    private void wipeCaches() {
      synchronized (allRowReaders) {
        for (RowReader reader : allRowReaders) {
          reader.cache.wipe();
        }
      }
    }

    private void progressEvery() {
      if (rows() % progressInterval == 0) {
        progress.progress(progress(false));
      }
    }

    private ReadReport finish() {
      progress.progress(progress(true));
      return log.report();
    }

    private void unreadable(CsvParseException e, long line) {
      log.add(Problem.of(Location.atLine(source, line), "not readable as CSV, nothing after"
          + " it is read: " + Redaction.scrub(e.getCause() == null ? e.getMessage() : e.getCause().getMessage())), e);
    }

    private void failure(IOException e, long line) {
      if (!(e instanceof CharacterCodingException)) {
        throw new UncheckedIOException("Cannot read " + source, e);
      }
      log.add(Problem.of(Location.atLine(source, line), charset.equals(StandardCharsets.UTF_8)
          ? "the file is not UTF-8 text (a byte at or after this line is not), nothing after it is read; save it as"
              + " \"CSV UTF-8\""
          : "the file is not " + charset.name() + " text (a byte at or after this line is not), nothing after it is"
              + " read; read it with the charset it was saved in (UTF-8 if it is \"CSV UTF-8\")"), e);
    }

    private long rows() {
      return log.accepted() + log.rejected();
    }

    private ReadProgress progress(boolean done) {
      long bytes = bytesRead.getAsLong();
      return new ReadProgress(source, rows(), log.accepted(), log.rejected(),
          done && totalBytes >= 0 ? totalBytes : bytes, totalBytes, done);
    }

    // -------------------------------------------------------------------------------------
    // The outcome of rows read on this thread: straight to the log and the sink

    @Override
    public void problem(long line, ClientColumn column, String reason) {
      log.add(Problem.of(column == null ? Location.atLine(source, line)
          : Location.atCell(source, line, headerNames.get(column)), reason));
    }

    @Override
    public void reject() {
      log.reject();
    }

    @Override
    public void acceptPayment(long client, int year, Law law, String provision, String provider, long cents, long line) {
      try {
        sink.payment(client, year, law, provision, provider, cents);
      } catch (RuntimeException e) {
        throw notStored(e, line);
      }
      log.accept();
    }

    @Override
    public void accept(Object record, long line) {
      try {
        sink.record(record);
      } catch (RuntimeException e) {
        throw notStored(e, line);
      }
      log.accept();
    }

    /** The sink's failure is not the file's: the read stops, in either mode, at this row. */
    private ReadException notStored(RuntimeException e, long line) {
      return new ReadException(Problem.of(Location.atLine(source, line),
          "the row was read but could not be stored: " + Redaction.scrub(String.valueOf(e.getMessage()))), e);
    }

    // -------------------------------------------------------------------------------------
    // Chunks read on several threads

    /**
     * Reads {@code file} with its rows parsed in chunks on {@code threads} threads, handing the
     * records to the sink and the problems to the log in file order, on this thread.
     */
    ReadReport runParallel(Path file, FileChannel channel, long size, AtomicLong merged) throws IOException {
      Optional<CsvChunks.Chunk> prefix = CsvChunks.prefix(channel, size);
      if (prefix.isEmpty() || !start(prefix.get().reader(), false)) {
        return null;
      }
      long line = prefix.get().lineBreaks(dialect.separator()) + 1;
      ExecutorService pool = Executors.newFixedThreadPool(threads, DAEMONS);
      Deque<Future<Batch>> pending = new ArrayDeque<>();
      CsvChunks chunks = CsvChunks.of(channel, prefix.get().end(), size, chunkBytes);
      try {
        while (true) {
          while (pending.size() < 2 * threads && chunks.hasNext()) {
            CsvChunks.Chunk chunk = chunks.next();
            pending.add(pool.submit(() -> batch(chunk)));
          }
          if (pending.isEmpty()) {
            break;
          }
          Batch batch = get(pending.poll());
          if (batch.lineBreaks < 0) {
            // Irregular quoting, a byte that is not UTF-8 or what FastCSV refuses: from here
            // the file is read on this thread, as a sequential read reads it.
            pending.forEach(f -> f.cancel(true));
            pending.clear();
            merged.set(batch.start);
            channel.position(batch.start);
            rest(new BufferedReader(new InputStreamReader(Channels.newInputStream(channel),
                StandardCharsets.UTF_8.newDecoder())), line);
            break;
          }
          batch.mergeInto(this, line - 1);
          line += batch.lineBreaks;
          merged.set(batch.end);
        }
      } finally {
        pending.forEach(f -> f.cancel(true));
        pool.shutdownNow();
        chunks.wipe();
        wipeCaches();
      }
      return finish();
    }

    /** The rows of {@code chunk}, read on a thread of the pool, with lines counted from 1. */
    private Batch batch(CsvChunks.Chunk chunk) {
      Batch batch = new Batch(chunk.start(), chunk.end());
      try {
        long lineBreaks = chunk.lineBreaks(dialect.separator());
        if (lineBreaks < 0) {
          return batch;
        }
        RowHandler handler = new RowHandler(0);
        handler.startData(columns);
        RowReader reader = rowReader();
        try (CsvReader<RowHandler> csv = csv(handler, chunk.reader())) {
          for (RowHandler row : csv) {
            if (row.hasContent()) {
              reader.read(row, batch);
            }
          }
        } catch (CsvParseException | UncheckedIOException | IOException e) {
          return new Batch(chunk.start(), chunk.end());
        } finally {
          handler.wipeBsn();
          rowReaders.add(reader);
        }
        batch.lineBreaks = lineBreaks;
        return batch;
      } finally {
        chunk.release();
      }
    }

    private Batch get(Future<Batch> future) {
      try {
        return future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SociaalDomeinException("Interrupted while reading " + source, e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException) {
          throw (RuntimeException) e.getCause();
        }
        throw new SociaalDomeinException("Cannot read " + source + ": " + e.getCause(), e.getCause());
      }
    }

    // -------------------------------------------------------------------------------------
    // Header

    private void header(RowHandler row) {
      long line = row.line();
      List<String> names = row.header();
      ClientColumn[] columns = new ClientColumn[names.size()];
      boolean anyKnown = false;
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i).replace("\uFEFF", "").trim();
        if (name.isEmpty()) {
          continue;
        }
        minimumFields = i + 1;
        Optional<ClientColumn> column = ClientColumn.ofHeader(name);
        anyKnown |= column.isPresent();
        if (column.isEmpty() || !kind.reads(column.get())) {
          continue;
        }
        ClientColumn c = column.get();
        if (headerNames.containsKey(c)) {
          badHeader = true;
          log.add(Problem.of(Location.atCell(source, line, name), "the column " + c.described()
              + " appears twice, as " + Redaction.quote(headerNames.get(c)) + " and " + Redaction.quote(name)));
          continue;
        }
        headerNames.put(c, name);
        columns[i] = c;
      }
      List<ClientColumn> missing = new ArrayList<>();
      for (ClientColumn c : kind.required()) {
        if (!headerNames.containsKey(c)) {
          missing.add(c);
        }
      }
      if (!missing.isEmpty()) {
        StringBuilder found = new StringBuilder();
        for (String name : names) {
          found.append(found.length() == 0 ? "" : ", ").append(Redaction.quote(name.replace("\uFEFF", "").trim()));
        }
        badHeader = true;
        log.add(Problem.of(Location.atLine(source, line), (missing.size() == 1 ? "missing column " : "missing columns ")
            + describe(missing) + " in the header of this " + kind.name().toLowerCase(Locale.ROOT)
            + " file; it has " + found + (anyKnown ? "" : " (is the header row missing?)")));
      }
      headerFields = names.size();
      this.columns = columns;
      row.startData(columns);
    }

    private String describe(List<ClientColumn> columns) {
      StringBuilder out = new StringBuilder();
      for (ClientColumn c : columns) {
        out.append(out.length() == 0 ? "" : ", ").append(c.described());
      }
      return out.toString();
    }
  }

  /** Threads of a parallel read: daemons, so that a read abandoned by its caller never holds the JVM. */
  private static final ThreadFactory DAEMONS = runnable -> {
    Thread thread = new Thread(runnable, "ClientDataReader");
    thread.setDaemon(true);
    return thread;
  };

  /** What the rows of one chunk came to, with lines counted from the chunk's first, merged into the read in file order. */
  private static final class Batch implements Outcome {
    private static final Object REJECTED = new Object();
    /** A payment, held in the arrays below in order: a batch is kept until merged, and objects kept so long are copied by every collection until then. */
    private static final Object PAYMENT = new Object();

    final long start;
    final long end;
    /** Line breaks in the chunk, or -1 when the chunk is to be read again on the merging thread. */
    long lineBreaks = -1;
    private int size;
    private Object[] items;
    private long[] lines;
    private ClientColumn[] columns;
    private int payments;
    private long[] clients;
    private int[] years;
    private Law[] laws;
    /** The reader's pooled strings: the same few instances row after row. */
    private String[] provisions;
    private String[] providers;
    private long[] cents;

    Batch(long start, long end) {
      this.start = start;
      this.end = end;
      // Room for the rows of a chunk of rows of 48 bytes at once: growing by doubling copied
      // each chunk's arrays six times.
      int rows = (int) Math.min(1 << 20, Math.max(16, (end - start) / 48));
      items = new Object[rows];
      lines = new long[rows];
      columns = new ClientColumn[rows];
      clients = new long[rows];
      years = new int[rows];
      laws = new Law[rows];
      provisions = new String[rows];
      providers = new String[rows];
      cents = new long[rows];
    }

    private void add(Object item, long line, ClientColumn column) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
        lines = Arrays.copyOf(lines, size * 2);
        columns = Arrays.copyOf(columns, size * 2);
      }
      items[size] = item;
      lines[size] = line;
      columns[size] = column;
      size++;
    }

    @Override
    public void problem(long line, ClientColumn column, String reason) {
      add(reason, line, column);
    }

    @Override
    public void reject() {
      add(REJECTED, 0, null);
    }

    @Override
    public void accept(Object record, long line) {
      add(record, line, null);
    }

    @Override
    public void acceptPayment(long client, int year, Law law, String provision, String provider, long cents, long line) {
      if (payments == this.cents.length) {
        int grown = payments * 2;
        clients = Arrays.copyOf(clients, grown);
        years = Arrays.copyOf(years, grown);
        laws = Arrays.copyOf(laws, grown);
        provisions = Arrays.copyOf(provisions, grown);
        providers = Arrays.copyOf(providers, grown);
        this.cents = Arrays.copyOf(this.cents, grown);
      }
      clients[payments] = client;
      years[payments] = year;
      laws[payments] = law;
      provisions[payments] = provision;
      providers[payments] = provider;
      this.cents[payments] = cents;
      payments++;
      add(PAYMENT, line, null);
    }

    /** Hands every row on to {@code read}, as if read there, with {@code lineOffset} added to every line. */
    void mergeInto(Read read, long lineOffset) {
      int payment = 0;
      for (int i = 0; i < size; i++) {
        Object item = items[i];
        if (item instanceof String) {
          read.problem(lines[i] + lineOffset, columns[i], (String) item);
          continue;
        }
        if (item == REJECTED) {
          read.reject();
        } else if (item == PAYMENT) {
          read.acceptPayment(clients[payment], years[payment], laws[payment], provisions[payment], providers[payment],
              cents[payment], lines[i] + lineOffset);
          payment++;
        } else {
          read.accept(item, lines[i] + lineOffset);
        }
        read.progressEvery();
      }
    }
  }

  /** Validates rows and makes records of them, on one thread at a time; holds that thread's pseudonym cache. */
  private final class RowReader {
    private final Read read;
    private final Pseudonymiser.Cache cache = pseudonymiser.newCache();
    private final TextPool provisions = new TextPool();
    private final TextPool providers = new TextPool();
    private Outcome out;
    private boolean rowProblem;

    RowReader(Read read) {
      this.read = read;
    }

    void read(RowHandler row, Outcome outcome) {
      out = outcome;
      long line = row.line();
      if (read.badHeader) {
        out.problem(line, null, "not read: the header is wrong");
        out.reject();
        return;
      }
      if (row.fieldCount() < read.minimumFields) {
        out.problem(line, null, "the row has " + row.fieldCount() + (row.fieldCount() == 1 ? " field" : " fields")
            + " where the header has " + read.headerFields);
        out.reject();
        return;
      }
      if (row.hasExtraContent()) {
        out.problem(line, null, "the row has " + row.fieldCount() + " fields where the header has " + read.headerFields
            + "; is there a " + (read.dialect == CsvDialect.PLAIN ? "comma" : "semicolon") + " in an unquoted value?");
        out.reject();
        return;
      }
      rowProblem = false;
      long client = client(row, line);
      row.wipeBsn();
      int year = year(row, line);
      Law law = law(row, line);
      String provision = row.value(ClientColumn.PROVISION, provisions);
      if (provision == null) {
        problem(line, ClientColumn.PROVISION, ClientFields.MISSING);
      }
      Object record;
      try {
        if (read.kind == ClientFile.PAYMENTS) {
          long cents = cents(row, line);
          String provider = Optional.ofNullable(row.value(ClientColumn.PROVIDER, providers)).orElse("");
          if (rowProblem) {
            out.reject();
            return;
          }
          // Its parts, not a record: a builder takes them as they are. The checks above leave
          // nothing for a PaymentRecord's to refuse (a provision is blank by String.isBlank
          // only where RowHandler found it blank and left it out).
          out.acceptPayment(client, year, law, provision, provider, cents, line);
          return;
        } else {
          Optional<DeliveryForm> form = parsed(row, ClientColumn.DELIVERY_FORM, line, DeliveryForm::parse,
              ClientFields::unknownDeliveryForm);
          Optional<Referrer> referrer = parsed(row, ClientColumn.REFERRER, line, Referrer::parse,
              ClientFields::unknownReferrer);
          Optional<IntensityLevel> level = parsed(row, ClientColumn.LEVEL, line, IntensityLevel::parse,
              ClientFields::unknownLevel);
          OptionalInt age = age(row, line);
          if (rowProblem) {
            out.reject();
            return;
          }
          record = new ClientRecord(new ClientId(client), year, law, provision, form, referrer, level, age,
              text(row, ClientColumn.PHASE), text(row, ClientColumn.QUALIFICATION), text(row, ClientColumn.PROVIDER),
              text(row, ClientColumn.HOUSEHOLD).map(pseudonymiser::pseudonymiseHousehold));
        }
      } catch (ReadException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        // The checks above are meant to leave nothing for the records' own checks to refuse.
        problem(line, null, Redaction.scrub(e.getMessage()));
        out.reject();
        return;
      }
      out.accept(record, line);
    }

    /** The pseudonym of the row's BSN, validated; 0, not to be used, after reporting it missing or invalid. */
    private long client(RowHandler row, long line) {
      char[] chars = row.bsnChars();
      int length = row.bsnLength();
      boolean blank = true;
      for (int i = 0; i < length && blank; i++) {
        blank = Character.isWhitespace(chars[i]);
      }
      if (blank) {
        problem(line, ClientColumn.BSN, ClientFields.MISSING);
        return 0;
      }
      try {
        return cache.pseudonymValue(row.bsnText());
      } catch (InvalidBsnException e) {
        problem(line, ClientColumn.BSN, ClientFields.invalidBsn(e));
        return 0;
      }
    }

    private int year(RowHandler row, long line) {
      // Most rows write the year in four ASCII digits: read them without a string.
      int digits = row.digits(ClientColumn.YEAR);
      if (digits >= PaymentRecord.FIRST_YEAR && digits <= PaymentRecord.LAST_YEAR) {
        return digits;
      }
      String text = required(row, ClientColumn.YEAR, line);
      if (text == null) {
        return 0;
      }
      int year;
      try {
        year = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        problem(line, ClientColumn.YEAR, ClientFields.notAYear(text));
        return 0;
      }
      if (year < PaymentRecord.FIRST_YEAR || year > PaymentRecord.LAST_YEAR) {
        problem(line, ClientColumn.YEAR, ClientFields.yearOutOfRange(text));
        return 0;
      }
      return year;
    }

    private Law law(RowHandler row, long line) {
      for (Law law : LAWS) {
        if (row.is(ClientColumn.LAW, law.dutchName())) {
          return law;
        }
      }
      String text = required(row, ClientColumn.LAW, line);
      if (text == null) {
        return null;
      }
      try {
        return Law.parse(text);
      } catch (IllegalArgumentException e) {
        problem(line, ClientColumn.LAW, ClientFields.unknownLaw(text));
        return null;
      }
    }

    /** The cents of the row's amount, or {@link #NOT_CENTS} after reporting it missing or unreadable. */
    private long cents(RowHandler row, long line) {
      long plain = read.dialect == CsvDialect.PLAIN ? row.plainCents(ClientColumn.AMOUNT) : NOT_CENTS;
      if (plain != NOT_CENTS) {
        return plain;
      }
      String text = required(row, ClientColumn.AMOUNT, line);
      if (text == null) {
        return NOT_CENTS;
      }
      if (read.dialect == CsvDialect.PLAIN) {
        problem(line, ClientColumn.AMOUNT, ClientFields.notAPlainAmount(text));
        return NOT_CENTS;
      }
      String reason;
      try {
        if (isPlainDutchAmount(text)) {
          return DutchNotation.parseAmount(text).toCents();
        }
        reason = notPlain(DutchNotation.read(text));
      } catch (NotationParseException e) {
        reason = e.why();
      }
      problem(line, ClientColumn.AMOUNT, "not an amount in Dutch notation (such as 1.234,56): "
          + Redaction.quote(text) + ": " + Redaction.scrub(reason));
      return NOT_CENTS;
    }

    private OptionalInt age(RowHandler row, long line) {
      String text = row.value(ClientColumn.AGE);
      if (text == null) {
        return OptionalInt.empty();
      }
      int age;
      try {
        age = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        problem(line, ClientColumn.AGE, ClientFields.notAnAge(text));
        return OptionalInt.empty();
      }
      if (age < 0 || age > 150) {
        problem(line, ClientColumn.AGE, ClientFields.ageOutOfRange(text));
        return OptionalInt.empty();
      }
      return OptionalInt.of(age);
    }

    private <T> Optional<T> parsed(RowHandler row, ClientColumn column, long line,
        Function<String, T> parser, Function<String, String> reason) {
      String text = row.value(column);
      if (text == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(parser.apply(text));
      } catch (IllegalArgumentException e) {
        problem(line, column, reason.apply(text));
        return Optional.empty();
      }
    }

    private Optional<String> text(RowHandler row, ClientColumn column) {
      return Optional.ofNullable(row.value(column));
    }

    /** The text of a required column, or null after reporting it missing. */
    private String required(RowHandler row, ClientColumn column, long line) {
      String text = row.value(column);
      if (text == null) {
        problem(line, column, ClientFields.MISSING);
      }
      return text;
    }

    /** A problem of one row; never with the value, which {@link Redaction} may show in the reason. */
    private void problem(long line, ClientColumn column, String reason) {
      rowProblem = true;
      out.problem(line, column, reason);
    }
  }

  // ---------------------------------------------------------------------------------------
  // Helpers

  /**
   * Whether {@code text} has the shape of an amount in an extract: an optional euro sign (Excel's
   * currency format writes one), an optional minus, then only digits, dots and commas, starting
   * with a digit. The notation of printed documents ({@code 2 mrd}, {@code 85 N}, {@code ruim 5},
   * {@code p.m.}, {@code 10,-}) is refused: an extract holds what was paid, to the cent, and a
   * scale word or a V/N letter read as an amount would change it silently.
   */
  private static boolean isPlainDutchAmount(String text) {
    int i = 0;
    int n = text.length();
    if (i < n && text.charAt(i) == '€') {
      i++;
      while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
        i++;
      }
    }
    if (i < n && text.charAt(i) == '-') {
      i++;
    }
    if (i == n || text.charAt(i) < '0' || text.charAt(i) > '9') {
      return false;
    }
    for (; i < n; i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && c != '.' && c != ',') {
        return false;
      }
    }
    return true;
  }

  /** Why what Dutch notation reads in a text that is not a plain amount is no amount of an extract. */
  private static String notPlain(Reading reading) {
    if (reading instanceof Reading.Range) {
      return "a range or p.m. item is not an amount; an extract gives the exact amount";
    }
    if (reading instanceof Reading.Percentage) {
      return "a percentage is not an amount";
    }
    if (reading instanceof Reading.Figure) {
      Reading.Figure figure = (Reading.Figure) reading;
      if (figure.qualifier().isPresent()) {
        return "the figure is qualified as approximate (" + figure.qualifier().get().dutchName()
            + "); an extract gives the exact amount";
      }
      if (figure.direction().isPresent()) {
        return "a V or N letter is for printed documents; an extract writes a correction with a minus sign,"
            + " such as -85,00";
      }
      if (figure.figure().unit() != EuroUnit.EUROS) {
        return "a scale word (miljoen, mrd, ...) is for printed documents; an extract gives the amount in full,"
            + " in euros";
      }
    }
    return "an extract writes an amount as digits with dots between thousands and a decimal comma, an optional"
        + " minus before them and an optional euro sign before all (such as € -1.234,56)";
  }

  /** What {@link #plainCents} gives for a text that is no plain decimal: no amount of 16 digits or fewer is this. */
  static final long NOT_CENTS = Long.MIN_VALUE;

  /** The cents of the plain decimal in {@code chars[offset, offset + length)}, or {@link #NOT_CENTS}. */
  static long plainCents(char[] chars, int offset, int length) {
    int i = offset;
    int n = offset + length;
    boolean negative = false;
    if (i < n && chars[i] == '-') {
      negative = true;
      i++;
    }
    int start = i;
    long euros = 0;
    while (i < n && chars[i] >= '0' && chars[i] <= '9') {
      if (i - start >= 16) {
        return NOT_CENTS;
      }
      euros = euros * 10 + (chars[i] - '0');
      i++;
    }
    if (i == start) {
      return NOT_CENTS;
    }
    long cents = 0;
    if (i < n && chars[i] == '.') {
      i++;
      int decimals = 0;
      while (i < n && chars[i] >= '0' && chars[i] <= '9') {
        if (++decimals > 2) {
          return NOT_CENTS;
        }
        cents = cents * 10 + (chars[i] - '0');
        i++;
      }
      if (decimals == 0) {
        return NOT_CENTS;
      }
      if (decimals == 1) {
        cents *= 10;
      }
    }
    if (i != n) {
      return NOT_CENTS;
    }
    long total = euros * 100 + cents;
    return negative ? -total : total;
  }
}
