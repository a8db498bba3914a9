// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Income against expenditure in the sociaal domein: how much of a municipality's income can be
 * attributed to the social domain, set against what it spends there, per year, and the gap.
 *
 * <p>This package exists because the calculation is done by hand in every municipality that
 * asks "does the money the state gives us for the social domain cover what we spend on it?",
 * and because its income side rests on an attribution the state never made: the general grant
 * (algemene uitkering) is not earmarked, so the social-domain part of it is estimated from the
 * clusters of the gemeentefonds distribution models. That estimate depends on a choice of
 * clusters, which is therefore a named, overridable input here rather than a buried constant.
 *
 * <ul>
 *   <li>{@link nl.sociaaldomein.funding.GeneralGrantClusters}: the general grant of one year
 *       split over its {@link nl.sociaaldomein.funding.Cluster}s, the social-domain part, and
 *       each cluster's exact {@link nl.sociaaldomein.funding.Share};
 *   <li>{@link nl.sociaaldomein.funding.ClusterShareCheck}: whether printed percentages
 *       ({@link nl.sociaaldomein.funding.PrintedPercentage}) can be the rounded shares;
 *   <li>{@link nl.sociaaldomein.funding.SocialDomainIncome},
 *       {@link nl.sociaaldomein.funding.SocialDomainExpenditure} and
 *       {@link nl.sociaaldomein.funding.FundingYear}: the named inputs and the gap of one year;
 *       {@link nl.sociaaldomein.funding.FundingConfrontation}: a series of years;
 *   <li>{@link nl.sociaaldomein.funding.PrintedFundingYear}: a printed confrontation checked
 *       against its own parts, with the tolerance rounding leaves.
 * </ul>
 *
 * <p>Money is exact (euro cents); shares are exact fractions, rounded only when a number is
 * asked for, with a {@link java.math.RoundingMode} the caller names. No {@code double} or
 * {@code float} appears here. The worked example is annex 7 of seed 004 (Hoogeveen); see
 * {@code docs/funding.md}.
 */
package nl.sociaaldomein.funding;
