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
import nl.sociaaldomein.clients.generator.*;
import nl.sociaaldomein.text.*;
import nl.sociaaldomein.io.clients.*;
