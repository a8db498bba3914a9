// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

// Imports for exploring sociaaldomein in JShell; see the README for the command that loads it.
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.*;
import java.util.stream.*;
import nl.sociaaldomein.money.*;
import nl.sociaaldomein.notation.*;
import nl.sociaaldomein.io.json.*;
import java.nio.file.Path;
import nl.sociaaldomein.statement.*;
import nl.sociaaldomein.io.statement.*;
import nl.sociaaldomein.io.*;
import nl.sociaaldomein.funding.*;
import nl.sociaaldomein.taakveld.*;
import nl.sociaaldomein.clients.*;
import nl.sociaaldomein.testkit.clients.*;
import nl.sociaaldomein.text.*;
import nl.sociaaldomein.io.clients.*;
import nl.sociaaldomein.variance.*;
import nl.sociaaldomein.io.variance.*;
import java.time.Year;
import nl.sociaaldomein.savings.*;
import nl.sociaaldomein.savings.model.*;
import nl.sociaaldomein.io.savings.*;
