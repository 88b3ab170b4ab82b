package dev.codebook.processor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.processor.locate.CatalogLookup;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The logic behind {@code codebook:mark-stale}, on directories laid out as Maven lays them out after a
 * compile: which packages it marks, and that a package with an unchanged catalog is left alone. Real
 * Maven builds of each case are in src/it/catalog-edits.
 */
class StaleCatalogsTest {
  static final String V1 = "codebook: 1\nname: Shop\n";
  static final String V2 = "codebook: 1\nname: Shop  # edited\n";

  @TempDir Path dir;

  Path sources() {
    return dir.resolve("src/main/java");
  }

  Path generated() {
    return dir.resolve("target/generated-sources/annotations");
  }

  Path classes() {
    return dir.resolve("target/classes");
  }

  /** What a compile leaves: the record, the catalog copy and package-info.class, for {@code com.example.codes}. */
  void compiled(String resource, String catalogText, List<Path> roots) throws IOException {
    Path record = generated().resolve("com/example/codes").resolve(CatalogLookup.FILE);
    Files.createDirectories(record.getParent());
    // As the processor writes it: roots relative to the record's directory.
    Files.writeString(record, new CatalogLookup(resource, roots).relativeTo(record.getParent()).text());
    Path copy = classes().resolve("com/example/codes/codebook-catalog.yaml");
    Files.createDirectories(copy.getParent());
    Files.writeString(copy, catalogText);
    Files.write(classes().resolve("com/example/codes/package-info.class"), new byte[] {(byte) 0xCA, (byte) 0xFE});
  }

  StaleCatalogs catalogs(Path... classPath) {
    List<Path> path = new java.util.ArrayList<>(List.of(classes()));
    path.addAll(List.of(classPath));
    return new StaleCatalogs(generated(), classes(), List.of(sources()), path);
  }

  void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void anUnchangedCatalogBesideThePackageMarksNothing() throws IOException {
    write(sources().resolve("com/example/codes/shop.yaml"), V1);
    compiled("com/example/codes/shop.yaml", V1, List.of());
    StaleCatalogs catalogs = catalogs();
    assertEquals(List.of("com.example.codes"), catalogs.trackedPackages());
    assertEquals(List.of(), catalogs.find());
  }

  @Test
  void anEditedCatalogBesideThePackageDeletesPackageInfoClass() throws IOException {
    write(sources().resolve("com/example/codes/shop.yaml"), V2);
    compiled("com/example/codes/shop.yaml", V1, List.of());
    StaleCatalogs catalogs = catalogs();
    List<StaleCatalogs.Stale> stale = catalogs.find();
    assertEquals(List.of(new StaleCatalogs.Stale("com.example.codes", "its catalog com/example/codes/shop.yaml changed")),
        stale);
    assertEquals(stale, catalogs.mark(stale));
    assertFalse(Files.exists(classes().resolve("com/example/codes/package-info.class")));
    // Marking again finds nothing left to delete: the compiler plugin recompiles the module anyway.
    assertEquals(List.of(), catalogs.mark(stale));
  }

  @Test
  void aCatalogCopiedFromResourcesIsReadFromTheClassOutput() throws IOException {
    compiled("com/example/codes/shop.yaml", V1, List.of());
    write(classes().resolve("com/example/codes/shop.yaml"), V1);
    assertEquals(List.of(), catalogs().find());
    write(classes().resolve("com/example/codes/shop.yaml"), V2);
    assertEquals(1, catalogs().find().size());
  }

  @Test
  void aCatalogInAJarOnTheClassPath() throws IOException {
    compiled("codebook/shop.yaml", V1, List.of());
    Path jar = dir.resolve("catalog.jar");
    jar(jar, "codebook/shop.yaml", V1);
    assertEquals(List.of(), catalogs(jar).find());
    jar(jar, "codebook/shop.yaml", V2);
    assertEquals(List.of(new StaleCatalogs.Stale("com.example.codes", "its catalog codebook/shop.yaml changed")),
        catalogs(jar).find());
  }

  @Test
  void theFirstPlaceWinsAsInTheProcessor() throws IOException {
    Path root = dir.resolve("catalogs");
    write(root.resolve("com/example/codes/shop.yaml"), V1);
    write(sources().resolve("com/example/codes/shop.yaml"), V2);
    compiled("com/example/codes/shop.yaml", V1, List.of(root));
    assertEquals(List.of(), catalogs().find(), "the -Acodebook.root directory comes before the source path");
  }

  /** The record names no directory of the machine: a root is written relative to the record, and read back. */
  @Test
  void aRootIsRecordedRelativeToTheRecord() throws IOException {
    Path root = dir.resolve("catalogs");
    write(root.resolve("com/example/codes/shop.yaml"), V1);
    compiled("com/example/codes/shop.yaml", V1, List.of(root));
    String record = Files.readString(generated().resolve("com/example/codes").resolve(CatalogLookup.FILE));
    assertEquals("root=../../../../../../catalogs", record.lines().filter(line -> line.startsWith("root=")).findFirst()
        .orElseThrow().replace('\\', '/'));
    assertEquals(List.of(), catalogs().find());
    write(root.resolve("com/example/codes/shop.yaml"), V2);
    assertEquals(List.of(new StaleCatalogs.Stale("com.example.codes", "its catalog com/example/codes/shop.yaml changed")),
        catalogs().find());
  }

  /**
   * The processor and Maven may spell the record's directory differently (a symbolic link on one side, its
   * target on the other): the root leads to the catalog either way.
   */
  @Test
  void aRecordWrittenThroughALinkIsReadThroughItsTarget() throws IOException {
    Path root = dir.resolve("catalogs");
    write(root.resolve("com/example/codes/shop.yaml"), V1);
    compiled("com/example/codes/shop.yaml", V1, List.of(root));
    Path link = dir.resolve("linked-generated");
    Files.createSymbolicLink(link, generated());
    Path record = link.resolve("com/example/codes").resolve(CatalogLookup.FILE);
    Files.writeString(record, new CatalogLookup("com/example/codes/shop.yaml", List.of(root))
        .relativeTo(record.getParent()).text());
    assertEquals(List.of(), catalogs().find());
    assertEquals(List.of(), new StaleCatalogs(link, classes(), List.of(sources()), List.of(classes())).find());
    write(root.resolve("com/example/codes/shop.yaml"), V2);
    assertEquals(1, new StaleCatalogs(link, classes(), List.of(sources()), List.of(classes())).find().size());
  }

  /** A record of an earlier version, its roots absolute, still reads. */
  @Test
  void aRecordWithAbsoluteRootsStillReads() throws IOException {
    Path root = dir.resolve("catalogs");
    write(root.resolve("com/example/codes/shop.yaml"), V1);
    compiled("com/example/codes/shop.yaml", V1, List.of());
    Files.writeString(generated().resolve("com/example/codes").resolve(CatalogLookup.FILE),
        "resource=com/example/codes/shop.yaml\nroot=" + root.toAbsolutePath() + "\n");
    assertEquals(List.of(), catalogs().find());
    write(root.resolve("com/example/codes/shop.yaml"), V2);
    assertEquals(1, catalogs().find().size());
  }

  @Test
  void aCatalogNoLongerFoundIsStale() throws IOException {
    compiled("com/example/codes/shop.yaml", V1, List.of());
    List<StaleCatalogs.Stale> stale = catalogs().find();
    assertEquals(1, stale.size());
    assertTrue(stale.get(0).reason().contains("no longer found"), stale.toString());
  }

  @Test
  void nothingCompiledYetIsNothingToCheck() throws IOException {
    assertEquals(List.of(), catalogs().trackedPackages());
    assertEquals(List.of(), catalogs().find());
  }

  @Test
  void theRecordReadsBackWhatItWrote() {
    CatalogLookup lookup = new CatalogLookup("com/example/codes/shop.yaml", List.of(Path.of("/a"), Path.of("/b c")));
    assertEquals(java.util.Optional.of(lookup), CatalogLookup.parse(lookup.text()));
    assertEquals(java.util.Optional.empty(), CatalogLookup.parse("# nothing\n"));
  }

  static void jar(Path jar, String entry, String text) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry(entry));
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
  }
}
