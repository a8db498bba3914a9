// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

// Imports for exploring sociaaldomein in JShell; see the README for the command that loads it.
// Every public package of the modules on the examples' class path (core, io, testkit, spark, report) is
// imported; internal packages are not API and are left out. Where two packages share a simple
// name (clients.Column and statement.Column, say), JShell asks for the full name when it is used.
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Year;
import java.util.*;
import java.util.stream.*;
// core
import nl.sociaaldomein.*;
import nl.sociaaldomein.money.*;
import nl.sociaaldomein.notation.*;
import nl.sociaaldomein.taakveld.*;
import nl.sociaaldomein.statement.*;
import nl.sociaaldomein.funding.*;
import nl.sociaaldomein.clients.*;
import nl.sociaaldomein.indicators.*;
import nl.sociaaldomein.iv3.*;
import nl.sociaaldomein.variance.*;
import nl.sociaaldomein.savings.*;
import nl.sociaaldomein.savings.model.*;
import nl.sociaaldomein.text.*;
// io
import nl.sociaaldomein.io.*;
import nl.sociaaldomein.io.json.*;
import nl.sociaaldomein.io.export.*;
import nl.sociaaldomein.io.statement.*;
import nl.sociaaldomein.io.taakveld.*;
import nl.sociaaldomein.io.clients.*;
import nl.sociaaldomein.io.variance.*;
import nl.sociaaldomein.io.savings.*;
import nl.sociaaldomein.io.indicators.*;
import nl.sociaaldomein.io.iv3.*;
// testkit
import nl.sociaaldomein.testkit.*;
import nl.sociaaldomein.testkit.assertions.*;
import nl.sociaaldomein.testkit.clients.*;
import nl.sociaaldomein.testkit.generate.*;
import nl.sociaaldomein.testkit.reference.*;
import nl.sociaaldomein.testkit.statement.*;
import nl.sociaaldomein.testkit.cli.*;
// spark
import nl.sociaaldomein.spark.*;

import nl.sociaaldomein.report.*;
