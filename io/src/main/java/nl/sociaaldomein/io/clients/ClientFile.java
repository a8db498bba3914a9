// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.clients;

import java.util.List;

/** The two extracts a client-level analysis joins, and the columns each must and may have. */
public enum ClientFile {
  /**
   * Payment records, one per payment: {@code bsn,year,law,provision,provider,amount}. The
   * provider column may be left out and its cells left empty (a personal budget is paid to the
   * client, not to a provider).
   */
  PAYMENTS(
      List.of(ClientColumn.BSN, ClientColumn.YEAR, ClientColumn.LAW, ClientColumn.PROVISION, ClientColumn.AMOUNT),
      List.of(ClientColumn.PROVIDER)),
  /**
   * Client-provision records:
   * {@code bsn,year,law,provision,delivery_form,referrer,level,age,phase,qualification,provider,household};
   * every column after {@code provision} may be left out, and its cells left empty.
   */
  CLIENTS(
      List.of(ClientColumn.BSN, ClientColumn.YEAR, ClientColumn.LAW, ClientColumn.PROVISION),
      List.of(ClientColumn.DELIVERY_FORM, ClientColumn.REFERRER, ClientColumn.LEVEL, ClientColumn.AGE,
          ClientColumn.PHASE, ClientColumn.QUALIFICATION, ClientColumn.PROVIDER, ClientColumn.HOUSEHOLD));

  private final List<ClientColumn> required;
  private final List<ClientColumn> optional;

  ClientFile(List<ClientColumn> required, List<ClientColumn> optional) {
    this.required = required;
    this.optional = optional;
  }

  /** Columns the header must have, and whose cells must not be empty. */
  public List<ClientColumn> required() {
    return required;
  }

  /** Columns the header may have, whose cells may be empty. */
  public List<ClientColumn> optional() {
    return optional;
  }

  /** Whether this file reads {@code column}; other columns are skipped without being kept. */
  public boolean reads(ClientColumn column) {
    return required.contains(column) || optional.contains(column);
  }
}
