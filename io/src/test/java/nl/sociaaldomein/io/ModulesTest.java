// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tests of core and io run on the class path, where module-info.java has no effect; this
 * test takes the two modules as built (the {@code module-info.class} in their output) with the
 * explicit modules among their dependencies, resolves them as an application on the module path
 * would, and runs a little of io in a layer of its own: a reflective binding or a resource read
 * that the module declarations forbid fails here, not at a user's.
 */
class ModulesTest {

  private static final String CORE = "nl.sociaaldomein.core";
  private static final String IO = "nl.sociaaldomein.io";

  private static ModuleFinder finder;
  private static Configuration configuration;

  @BeforeAll
  static void resolve() {
    finder = ModuleFinder.of(modulePath().toArray(Path[]::new));
    configuration = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of(IO));
  }

  /**
   * The entries of the test class path that are modules with a declaration of their own, and the
   * automatic modules (a jar without one, such as fastexcel's opczip) that those require by name:
   * what a user puts on the module path. The rest of the class path (this module's tests, core's
   * test jar, test libraries without a declaration) would be automatic modules that split
   * packages with core and io.
   */
  private static List<Path> modulePath() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<Path> explicit = new ArrayList<>();
    List<ModuleReference> automatic = new ArrayList<>();
    List<Path> automaticPaths = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      Path path = Path.of(entry);
      Optional<ModuleReference> module = moduleAt(path);
      if (module.isEmpty()) {
        continue;
      }
      if (module.get().descriptor().isAutomatic()) {
        automatic.add(module.get());
        automaticPaths.add(path);
      } else {
        explicit.add(path);
      }
    }
    Set<String> named = ModuleFinder.of(explicit.toArray(Path[]::new)).findAll().stream()
        .map(m -> m.descriptor().name()).collect(Collectors.toSet());
    Set<String> required = ModuleFinder.of(explicit.toArray(Path[]::new)).findAll().stream()
        .flatMap(m -> m.descriptor().requires().stream())
        .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
        .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
    List<Path> path = new ArrayList<>(explicit);
    for (int i = 0; i < automatic.size(); i++) {
      String name = automatic.get(i).descriptor().name();
      if (required.contains(name) && !named.contains(name)) {
        path.add(automaticPaths.get(i));
      }
    }
    return path;
  }

  private static Optional<ModuleReference> moduleAt(Path entry) {
    try {
      return ModuleFinder.of(entry).findAll().stream().findFirst();
    } catch (FindException e) {
      return Optional.empty(); // not a module, nor a jar that can be one: never on the path
    }
  }

  private static ModuleDescriptor descriptor(String module) {
    return configuration.findModule(module).orElseThrow().reference().descriptor();
  }

  @Test
  void coreAndIoAreModulesWithADeclarationOfTheirOwn() {
    // An automatic core (the jar of an earlier build, without module-info) would export everything.
    assertFalse(descriptor(CORE).isAutomatic(), CORE + " is automatic: build it with -am");
    assertFalse(descriptor(IO).isAutomatic(), IO + " is automatic: build it with -am");
  }

  @Test
  void ioResolvesWithCoreAndItsLibrariesAlone() {
    Set<String> resolved = configuration.modules().stream().map(m -> m.name()).collect(Collectors.toCollection(TreeSet::new));
    assertTrue(resolved.containsAll(Set.of(CORE, IO, "com.fasterxml.jackson.databind", "de.siegmar.fastcsv",
        "java.money", "com.google.common")), resolved.toString());
    // Moneta requires okhttp3, which the poms leave out: core requires Moneta only statically.
    assertFalse(resolved.contains("okhttp3"), resolved.toString());
    assertTrue(configuration.findModule(IO).orElseThrow().reads().contains(configuration.findModule(CORE).orElseThrow()));
  }

  @Test
  void coreExportsEveryPackageButInternalToEveryone() {
    ModuleDescriptor core = descriptor(CORE);
    Set<String> exported = exported(core);
    Set<String> hidden = new TreeSet<>(core.packages());
    hidden.removeAll(exported);
    assertEquals(Set.of("nl.sociaaldomein.internal"), hidden);
    assertTrue(core.exports().stream().noneMatch(Exports::isQualified), core.exports().toString());
    assertTrue(core.opens().isEmpty(), core.opens().toString());
  }

  @Test
  void ioExportsEveryPackageOfItsOwnAndOpensOnlyToJackson() {
    ModuleDescriptor io = descriptor(IO);
    Set<String> hidden = new TreeSet<>(io.packages());
    hidden.removeAll(exported(io));
    // A new package must be exported (or named internal and hidden) in module-info.java.
    assertEquals(Set.of(), hidden.stream().filter(p -> !p.endsWith(".internal")).collect(Collectors.toSet()));
    assertTrue(io.opens().stream().allMatch(o -> o.targets().equals(Set.of("com.fasterxml.jackson.databind"))),
        io.opens().toString());
  }

  @Test
  void ioProvidesTheJacksonModulesItsServiceFileNames() throws IOException {
    Set<String> serviceFile;
    try (InputStream in = ModulesTest.class.getResourceAsStream("/META-INF/services/com.fasterxml.jackson.databind.Module")) {
      serviceFile = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet());
    }
    Set<String> provided = descriptor(IO).provides().stream()
        .filter(p -> p.service().equals("com.fasterxml.jackson.databind.Module"))
        .flatMap(p -> p.providers().stream()).collect(Collectors.toSet());
    assertEquals(serviceFile, provided);
  }

  /**
   * In a layer of its own (the class path of this test out of reach): the shipped taakveld
   * catalogue is read by core, written and read back by io's Jackson binding of its private
   * records, and a shipped Iv3 definition document is read by io.
   */
  @Test
  void ioReadsAndWritesOnTheModulePath() throws ReflectiveOperationException {
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader(IO);

    Class<?> catalogues = loader.loadClass("nl.sociaaldomein.taakveld.TaakveldCatalogue");
    Object catalogue = catalogues.getMethod("forYear", int.class).invoke(null, 2024);
    Class<?> json = loader.loadClass("nl.sociaaldomein.io.taakveld.TaakveldCatalogueJson");
    String written = (String) json.getMethod("toJson", catalogues).invoke(null, catalogue);
    Object read = json.getMethod("read", java.io.Reader.class, String.class).invoke(null, new StringReader(written), "module test");
    Method value = read.getClass().getMethod("value");
    assertEquals(Optional.of(catalogue), value.invoke(read));
    assertEquals(layer.findModule(IO), Optional.of(json.getModule()), "io's classes come from the layer");

    Class<?> level = loader.loadClass("nl.sociaaldomein.iv3.Overheidslaag");
    Object gemeente = level.getField("GEMEENTE").get(null);
    Class<?> shipped = loader.loadClass("nl.sociaaldomein.io.iv3.ShippedIv3");
    Optional<?> definitions = (Optional<?>) shipped.getMethod("definitions", level, int.class).invoke(null, gemeente, 2024);
    assertTrue(definitions.isPresent());
  }

  private static Set<String> exported(ModuleDescriptor module) {
    return module.exports().stream().map(Exports::source).collect(Collectors.toCollection(HashSet::new));
  }
}
