// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Iv3 deliveries: what a municipality delivers to CBS each quarter and year (lasten and baten per
 * taakveld and category, balance mutations and positions, kengetallen and beleidsindicatoren), the
 * definitions CBS publishes per year (code lists, grey cells, controles) and CBS's error catalogue,
 * and the checks of a delivery against them. Codes stay text here, exactly as delivered, so that a
 * delivery with an unknown code can still be held and its findings named; amounts are exact
 * decimals in the delivery's unit.
 */
package nl.sociaaldomein.iv3;
