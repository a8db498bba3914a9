// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.clients;

/**
 * What building a dataset did with its input.
 *
 * @param payments payment records read
 * @param clientRecords client records read
 * @param clientRecordsKept client records without a payment kept as rows (their provision is paid per person)
 * @param clientRecordsDropped client records without a payment dropped
 * @param clients distinct clients
 * @param deliveryFormConflicts client-years whose records gave more than one delivery form (left unknown)
 * @param referrerConflicts idem for the referrer
 * @param levelConflicts idem for the intensity level
 * @param ageConflicts idem for the age band
 * @param phaseConflicts idem for the phase
 * @param qualificationConflicts idem for the start qualification
 */
public record BuildReport(
    int payments,
    int clientRecords,
    int clientRecordsKept,
    int clientRecordsDropped,
    int clients,
    int deliveryFormConflicts,
    int referrerConflicts,
    int levelConflicts,
    int ageConflicts,
    int phaseConflicts,
    int qualificationConflicts) {}
